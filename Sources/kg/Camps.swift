import ArgumentParser
import Foundation
import Graph

extension CampMethod: ExpressibleByArgument {}

extension KG {
    struct Camps: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the camps of the stored graph: who sides with whom, and the facts that hold each camp together or set it apart.",
            discussion: """
            Cooperative relations (supports, aids, cooperatesWith; meetings and requests count half) pull two actors into one camp, conflictual ones (opposes, criticizes, attacks, sanctions…) push them apart. People count for the state or organization they lead or belong to; places and agreements take no side. Examples:
              kg camps
              kg camps --json --store results/kg.sqlite
            """
        )

        @OptionGroup var storeOptions: StoreOptions

        @OptionGroup var dateOptions: DateOptions

        @Flag(name: .long, help: "Print JSON: a list of camps, each with its actors' labels and its facts.")
        var json = false

        @Option(name: .long, help: "How camps are found: \(CampMethod.allCases.map(\.rawValue).joined(separator: ", ")) (default: greedy).")
        var method: CampMethod = .greedy

        @Option(name: .long, help: ArgumentHelp("Facts listed per camp and kind in the text output.", valueName: "n"))
        var facts: Int = 3

        func validate() throws {
            try dateOptions.validate()
            if facts < 0 { throw ValidationError("--facts must be 0 or more (got \(facts))") }
        }

        func run() throws {
            let store = try storeOptions.open()
            do {
                let graph = try dateOptions.window().apply(to: store.loadGraph())
                let camps = Graph.Camps(graph, method: method)
                if json {
                    FileHandle.standardOutput.write(try CampListing.json(camps, graph: graph))
                } else {
                    print(CampListing.text(camps, graph: graph, limit: facts), terminator: "")
                }
            } catch {
                throw failure(error)
            }
        }
    }
}
