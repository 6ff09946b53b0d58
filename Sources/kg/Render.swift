import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the stored graph again with other options, without extracting again.",
            discussion: """
            Reads the graph store written by `kg build` and writes the diagrams, the report and the JSON-LD into the output folder. Examples:
              kg render --focus Russia --depth 1 --format svg png
              kg render --level state --min-evidence 2 --predicates conflictual
            """
        )

        @OptionGroup var diagram: DiagramOptions

        @Option(name: .long, help: "The graph store written by `kg build`: a file or postgresql://user@host:port/db (default: $KG_STORE, else <out>/kg.sqlite).")
        var store: String?

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func run() throws {
            let started = Date()
            let storePath = storeSpec(store, fallback: (diagram.out as NSString).appendingPathComponent("kg.sqlite"))
            let graph: KnowledgeGraph
            do {
                graph = try openStore(storePath, create: false, reading: true).loadGraph()
            } catch {
                throw failure(error)
            }
            let written: [String]
            do {
                written = try OutputWriter(folder: diagram.out, view: diagram.view).write(graph, formats: diagram.formats)
            } catch {
                throw failure(error)
            }
            if !quiet {
                print("store \(StoreLocation(storePath)): \(graph.actors.count) actors, \(graph.facts.count) facts drawn in "
                      + String(format: "%.2f", Date().timeIntervalSince(started)) + " s")
                for path in written { print("  wrote \(path)") }
            }
        }
    }
}
