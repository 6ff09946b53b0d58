import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract facts from articles and write the merged graph.",
            discussion: """
            Reads .txt, .md and .html files and folders (recursively); '-' reads standard input. An article larger than --max-article-size (20MB unless raised) is refused by name, and so is a named pipe or device. Writes graph.dot, graph.svg, graph.jsonld and report.html into the output folder by default. Facts are kept in a graph store (<out>/kg.sqlite unless --store says otherwise) that grows build after build: an article already stored is not read again, a changed one replaces its earlier facts, and the outputs show the whole stored graph. Articles and corpus rows are stored in batches as they are read, each batch its own transaction, so memory does not grow with the corpus and a build killed midway keeps the batches it committed. A build that changes nothing leaves the outputs as they are. The files kg writes (the outputs and the store) are never read as articles, so the output folder may be the input folder. An input that cannot be read is reported and skipped; the exit status is then 1.
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

        /// The line `kg build` keeps up to date on a terminal: documents extracted (of those
        /// found so far) and documents stored, batch by batch.
        final class ProgressLine: @unchecked Sendable {
            private let lock = NSLock()
            private var stored = 0
            private var extracted = (done: 0, known: 0)

            func extracted(done: Int, known: Int) {
                lock.withLock {
                    extracted = (max(done, extracted.done), max(known, extracted.known))
                    draw()
                }
            }

            func stored(_ count: Int) {
                lock.withLock {
                    stored += count
                    draw()
                }
            }

            private func draw() {
                guard extracted.known >= 20 else { return }
                FileHandle.standardError.write(Data("\r  extracting \(extracted.done)/\(extracted.known), \(stored) stored\u{1B}[K".utf8))
            }

            func finish() {
                lock.withLock { if extracted.known >= 20 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
            }
        }

        /// Documents stored per transaction: `KG_BATCH_SIZE` when set (tests, tuning), else
        /// `GraphBuilder.defaultBatchSize`.
        static var batchSize: Int {
            ProcessInfo.processInfo.environment["KG_BATCH_SIZE"].flatMap(Int.init).map { max(1, $0) } ?? GraphBuilder.defaultBatchSize
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
            let bar = ProgressLine()
            var progress: (@Sendable (Int, Int, String) -> Void)?
            if showProgress {
                progress = { (done: Int, known: Int, _: String) in bar.extracted(done: done, known: known) }
            }
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
            let builder = GraphBuilder(loader: loader, corpus: CorpusReader(fields: columns, maxArticleBytes: limit))
            // Documents go to the store batch by batch, each batch in its own transaction: memory
            // stays flat whatever the corpus, and a build killed midway keeps the batches it
            // committed (the next build finds them stored and does the rest).
            var graphStore = existing
            // What the batches did, counted (the lists of ids would grow with the corpus).
            var report = (added: 0, replaced: 0, unchanged: 0, changed: false)
            var warnings: [String] = []
            let hook = ingestTestHook()
            let result: GraphBuilder.Result
            do {
                result = try builder.extract(paths: paths, batchSize: Build.batchSize, skip: { known.contains($0.contentHash) },
                                             progress: progress) { batch in
                    let target = try graphStore ?? openStore(storePath, create: true)
                    graphStore = target
                    let batchReport = try target.ingest(batch, afterEachDocument: hook)
                    report.added += batchReport.added.count
                    report.replaced += batchReport.replaced.count
                    report.unchanged += batchReport.unchanged.count
                    report.changed = report.changed || batchReport.changed
                    warnings += batchReport.warnings
                    if showProgress { bar.stored(batch.count) }
                }
            } catch {
                if showProgress { bar.finish() }
                throw failure(error)
            }
            if showProgress { bar.finish() }
            for problem in result.problems { warn(problem.localizedDescription) }
            for path in result.repaired { warn("\(path): invalid UTF-8 replaced with U+FFFD") }
            guard let graphStore, report.added + report.replaced + report.unchanged + result.skipped.count > 0 else {
                warn("no article could be read; nothing was written")
                throw ExitCode(1)
            }
            for warning in warnings { warn(warning) }
            let counts: StoreCounts
            var written: [String] = []
            var kept: [String] = []
            do {
                counts = try graphStore.counts()
                let writer = OutputWriter(folder: diagram.out, view: diagram.view)
                // Outputs of the same view of an unchanged store are left as they are.
                let stamp = OutputStamp(store: "\(location)", counts: counts, buildID: try graphStore.latestBuildID(),
                                        formats: diagram.formats, view: diagram.view)
                if !report.changed, stamp.matches(folder: diagram.out) {
                    kept = diagram.formats.map { (diagram.out as NSString).appendingPathComponent($0.fileName) }
                } else {
                    if let sqlite = graphStore as? GraphStore {
                        written = try writer.write(store: sqlite, formats: diagram.formats)
                    } else {
                        written = try writer.write(try graphStore.loadGraph(), formats: diagram.formats)
                    }
                    stamp.save(folder: diagram.out)
                }
            } catch {
                throw failure(error)
            }
            let seconds = Date().timeIntervalSince(started)
            if !quiet {
                let unchanged = report.unchanged + result.skipped.count
                print("\(report.added) new, \(report.replaced) changed, \(unchanged) unchanged documents; "
                      + "store \(location): \(counts.documents) documents, \(counts.actors) actors, "
                      + "\(counts.facts) facts in \(String(format: "%.2f", seconds)) s")
                for path in written { print("  wrote \(path)") }
                for path in kept { print("  kept \(path) (nothing changed)") }
            }
            if !result.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
