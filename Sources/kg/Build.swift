import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract facts from articles and write the merged graph.",
            discussion: """
            Reads .txt, .md and .html files and folders (recursively); '-' reads standard input. An article larger than --max-article-size (20MB unless raised) is refused by name, and so is a named pipe or device. Writes graph.dot, graph.svg, graph.jsonld and report.html into the output folder by default. Facts are kept in a graph store (<out>/kg.sqlite unless --store says otherwise) that grows build after build: an article already stored is not read again, a changed one replaces its earlier facts, and the outputs show the whole stored graph. The files kg writes (the outputs and the store) are never read as articles, so the output folder may be the input folder. An input that cannot be read is reported and skipped; the exit status is then 1.
            """
        )

        @Argument(help: "Articles (.txt, .md, .html), corpora (.csv, .jsonl, .ndjson: one article per row) or folders of them ('-' for standard input; default: ./examples when there is one).")
        var paths: [String] = []

        @Option(name: .long, help: "Columns of corpus rows to read, when not the usual names: e.g. text=body,date=published_at,url=link,title=headline.")
        var fields: String?

        func validate() throws {
            guard let fields else { return }
            do { _ = try CorpusReader.Fields(fields) } catch let failure as CorpusReader.ValidationFailure {
                throw ValidationError("--fields: \(failure.message)")
            }
        }

        /// The folder read when no path is given, as in the repository.
        static let defaultFolder = "examples"

        @OptionGroup var diagram: DiagramOptions

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: "The graph store to grow: a file (SQLite) or postgresql://user@host:port/db (default: $KG_STORE, else <out>/kg.sqlite).")
        var store: String?

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Sendable static func progressLine(done: Int, total: Int, path: String) {
            guard total >= 20 else { return }
            FileHandle.standardError.write(Data("\r  extracting \(done)/\(total)".utf8))
            if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }

        func run() throws {
            let started = Date()
            var paths = self.paths
            if paths.isEmpty {
                guard FileManager.default.fileExists(atPath: Build.defaultFolder) else {
                    warn("give the articles to read, e.g. 'kg build articles/'")
                    throw ExitCode.validationFailure
                }
                paths = [Build.defaultFolder]
            }
            let showProgress = isatty(STDERR_FILENO) == 1 && !quiet
            let progress: (@Sendable (Int, Int, String) -> Void)? = showProgress ? Build.progressLine : nil
            let storePath = storeSpec(store, fallback: (diagram.out as NSString).appendingPathComponent("kg.sqlite"))
            let location = StoreLocation(storePath)
            // An existing store is checked before the long extraction; a new store file is created
            // only once there is something to store, so a failed build leaves no empty store.
            // A PostgreSQL database is opened (and given its tables) at once.
            let existing: (any KnowledgeStore)?
            switch location {
            case .sqlite(let path): existing = FileManager.default.fileExists(atPath: path) ? try openStore(storePath, create: false) : nil
            case .postgres: existing = try openStore(storePath, create: true)
            }
            let known: Set<String>
            do { known = try existing?.knownContentHashes() ?? [] } catch { throw failure(error) }
            // The outputs and the store of this build are never read back as articles.
            var ignored = OutputWriter.files(in: diagram.out)
            if case .sqlite(let path) = location { ignored += GraphStore.files(at: path) }
            let limit = input.maxArticleSize.bytes
            let loader = DocumentLoader(ignoring: ignored, maxArticleBytes: limit)
            let columns = try fields.map(CorpusReader.Fields.init) ?? CorpusReader.Fields()
            let result = GraphBuilder(loader: loader, corpus: CorpusReader(fields: columns, maxArticleBytes: limit)).extract(paths: paths, skip: { known.contains($0.contentHash) }, progress: progress)
            for problem in result.problems { warn(problem.localizedDescription) }
            for path in result.repaired { warn("\(path): invalid UTF-8 replaced with U+FFFD") }
            guard !result.extractions.isEmpty || !result.skipped.isEmpty else {
                warn("no article could be read; nothing was written")
                throw ExitCode(1)
            }
            let graphStore = try existing ?? openStore(storePath, create: true)
            let report: IngestReport
            let graph: KnowledgeGraph
            do {
                report = try graphStore.ingest(result.extractions, afterEachDocument: ingestTestHook())
                graph = try graphStore.loadGraph()
            } catch {
                throw failure(error)
            }
            for warning in report.warnings { warn(warning) }
            let written: [String]
            do {
                written = try OutputWriter(folder: diagram.out, view: diagram.view).write(graph, formats: diagram.formats)
            } catch {
                throw failure(error)
            }
            let seconds = Date().timeIntervalSince(started)
            if !quiet {
                let unchanged = report.unchanged.count + result.skipped.count
                print("\(report.added.count) new, \(report.replaced.count) changed, \(unchanged) unchanged documents; "
                      + "store \(location): \(graph.documents.count) documents, \(graph.actors.count) actors, "
                      + "\(graph.facts.count) facts in \(String(format: "%.2f", seconds)) s")
                for path in written { print("  wrote \(path)") }
            }
            if !result.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
