import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add extractions (the JSON of `kg extract --format json`) to the graph store.",
            discussion: """
            All files are stored in one transaction: a bad file stores nothing. A document whose JSON has no content_hash is known by the hash of the JSON file itself, so importing the same file twice changes nothing.
            """
        )

        @Argument(help: "Extraction JSON files.")
        var files: [String]

        @Option(name: .long, help: "The graph store to grow, created when missing: a file or postgresql://user@host:port/db (default: $KG_STORE, else Output/kg.sqlite).")
        var store: String?

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func run() throws {
            var extractions: [DocumentExtraction] = []
            for file in files {
                do {
                    // Read in pieces; a named pipe or device is refused, not waited on.
                    let data = try InputFile.read(file, limit: Int.max / 2)
                    var extraction = try JSONDecoder().decode(DocumentExtraction.self, from: data)
                    // Without a content hash, the file's own bytes say whether it changed.
                    if extraction.document.contentHash == nil {
                        extraction.document.contentHash = GraphStore.contentHash(of: data)
                    }
                    extractions.append(extraction)
                } catch let problem as LoadProblem {
                    warn("\(problem.localizedDescription); nothing was stored")
                    throw ExitCode(1)
                } catch let error as DecodingError {
                    warn("\(file): not an extraction (\(Import.describe(error))); nothing was stored")
                    throw ExitCode(1)
                } catch {
                    warn("\(file): cannot be read (\(error.localizedDescription)); nothing was stored")
                    throw ExitCode(1)
                }
            }
            let graphStore = try openStore(storeSpec(store, fallback: "Output/kg.sqlite"), create: true)
            do {
                let report = try graphStore.ingest(extractions, afterEachDocument: nil)
                for warning in report.warnings { warn(warning) }
                if !quiet {
                    print("\(report.added.count) new, \(report.replaced.count) changed, \(report.unchanged.count) unchanged documents; "
                          + "\(report.factsAfter) facts, \(report.evidenceAfter) pieces of evidence in \(graphStore.path)")
                }
            } catch {
                throw failure(error)
            }
        }

        static func describe(_ error: DecodingError) -> String {
            switch error {
            case .dataCorrupted(let context): return context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
            case .keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                return "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
            @unknown default: return "\(error)"
            }
        }
    }
}
