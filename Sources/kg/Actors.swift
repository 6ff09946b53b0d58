import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors in the graph store with their types, aliases and fact counts.",
            discussion: "Actors are listed most facts first."
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "Only actors of this type: \(ActorType.allCases.map(\.rawValue).joined(separator: ", ")).")
        var type: String?

        @Flag(help: "Output format.")
        var format: ListingFormat = .table

        func validate() throws {
            if let type, ActorType(rawValue: type) == nil, !ActorType.allCases.contains(where: { $0.rawValue.lowercased() == type.lowercased() }) {
                throw ValidationError("unknown actor type '\(type)'; use one of \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let store = try storeOptions.open()
            do {
                var actors = try store.actorSummaries()
                if let type { actors = actors.filter { $0.actor.type.rawValue.lowercased() == type.lowercased() } }
                switch format {
                case .table: print(FactListing.table(actors), terminator: "")
                case .json: FileHandle.standardOutput.write(try FactListing.json(actors))
                case .csv: print(FactListing.csv(actors), terminator: "")
                }
            } catch {
                throw failure(error)
            }
        }
    }
}
