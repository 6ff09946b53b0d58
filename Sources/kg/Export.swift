import ArgumentParser
import Foundation
import Graph

extension ExportFormat: ExpressibleByArgument {}

extension KG {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the stored graph as linked data, CSV, GraphML, GEXF or Neo4j import files.",
            discussion: """
            jsonld, nt and ttl hold the same RDF triples (docs/vocabulary.md); csv has one row per fact; graphml is for Gephi, yEd and NetworkX; gexf is GEXF 1.3 for Gephi, dated by the evidence so its timeline plays the graph; neo4j writes actors.csv, facts.csv (neo4j-admin import) and load.cypher into the --out folder. Writes to standard output unless --out.
            """
        )

        @OptionGroup var storeOptions: StoreOptions

        @OptionGroup var dateOptions: DateOptions

        @Option(name: .long, help: "Format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ExportFormat = .jsonld

        @Option(name: .long, help: "File to write (default: standard output); a folder for neo4j.")
        var out: String?

        @Option(name: .long, help: "Namespace of the data IRIs (default: \(Namespace.defaultBase)).")
        var base: String = Namespace.defaultBase

        func validate() throws {
            do { _ = try LinkedDataExporter(base: base) } catch { throw ValidationError(error.localizedDescription) }
            try dateOptions.validate()
            if format.isFolder && out == nil { throw ValidationError("--format \(format.rawValue) writes several files: give a folder with --out") }
        }

        func run() throws {
            let store = try storeOptions.open()
            let window = try dateOptions.window()
            // A SQLite store is written out row by row, in the memory of one chunk of facts.
            if let sqlite = store as? GraphStore, window.isEmpty, !format.isFolder {
                do {
                    if let out {
                        let folder = (out as NSString).deletingLastPathComponent
                        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                        try TextSink.replace(out) { sink in try sqlite.withSource { try format.write($0, to: sink, base: base) } }
                    } else {
                        let sink = TextSink(FileHandle.standardOutput)
                        try sqlite.withSource { try format.write($0, to: sink, base: base) }
                        sink.flush()
                    }
                } catch let error as RenderError {
                    warn(error.localizedDescription)
                    throw ExitCode(1)
                } catch {
                    throw failure(error)
                }
                return
            }
            let files: [(name: String, data: Data)]
            do {
                files = try format.files(for: window.apply(to: store.loadGraph()), base: base)
            } catch {
                throw failure(error)
            }
            guard let out else {
                FileHandle.standardOutput.write(files[0].data)
                return
            }
            do {
                let folder = format.isFolder ? out : (out as NSString).deletingLastPathComponent
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                for file in files {
                    let path = format.isFolder ? (out as NSString).appendingPathComponent(file.name) : out
                    try file.data.write(to: URL(fileURLWithPath: path), options: .atomic)
                }
            } catch {
                warn("\(out): cannot be written (\(error.localizedDescription))")
                throw ExitCode(1)
            }
        }
    }
}
