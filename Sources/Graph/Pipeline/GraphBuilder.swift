import Foundation

/// Reads articles, extracts each and merges them into one graph.
///
/// Documents are extracted in parallel (one per core); the merge is in input order,
/// so the result does not depend on timing.
///
/// Thread safety: a value type; `build` may be called from any thread.
public struct GraphBuilder: Sendable {
    public var extractor: Extractor
    public var loader: DocumentLoader
    /// How rows of `.csv` and `.jsonl` corpus files are read.
    public var corpus: CorpusReader

    public init(extractor: Extractor = Extractor(), loader: DocumentLoader = DocumentLoader(), corpus: CorpusReader = CorpusReader()) {
        self.extractor = extractor
        self.loader = loader
        self.corpus = corpus
    }

    /// The result of reading and extracting a set of inputs.
    public struct Result: Sendable {
        public var extractions: [DocumentExtraction]
        public var problems: [LoadProblem]
        /// Inputs read with invalid UTF-8 that was repaired.
        public var repaired: [String]
        public var words: Int
        /// Inputs read but not extracted because `skip` said so (e.g. already stored).
        public var skipped: [String] = []
    }

    /// Extracts every article under `paths`. `progress` is called after each document
    /// with (done, total, path), from any thread. A document for which `skip` returns
    /// true is read (and hashed) but not extracted; its path goes to `Result.skipped`.
    public func extract(paths: [String], skip: (@Sendable (SourceDocument) -> Bool)? = nil,
                        progress: (@Sendable (Int, Int, String) -> Void)? = nil) -> Result {
        let (found, expandProblems) = loader.expand(paths)
        // A corpus file is read here, row by row; each row is then one document like a file.
        var files: [String] = []
        var rows: [Int: Swift.Result<SourceDocument, LoadProblem>] = [:]
        var corpusProblems: [LoadProblem] = []
        for path in found {
            guard CorpusReader.isCorpus(path) else { files.append(path); continue }
            do {
                for row in try corpus.read(path) {
                    rows[files.count] = row
                    files.append(path)
                }
            } catch let problem as LoadProblem {
                corpusProblems.append(problem)
            } catch {
                corpusProblems.append(.unreadable(path: path, reason: "\(error)"))
            }
        }
        let slots = ResultSlots(count: files.count)
        let extractor = self.extractor
        let loader = self.loader
        DispatchQueue.concurrentPerform(iterations: files.count) { [rows, files] index in
            let path = files[index]
            let loaded: Swift.Result<SourceDocument, LoadProblem>
            if let row = rows[index] {
                loaded = row
            } else {
                do {
                    loaded = .success(try loader.load(path))
                } catch let problem as LoadProblem {
                    loaded = .failure(problem)
                } catch {
                    loaded = .failure(.unreadable(path: path, reason: "\(error)"))
                }
            }
            if case .success(let source) = loaded, skip?(source) != true {
                do {
                    slots.setExtraction(index, try extractor.extract(source))
                    slots.set(index, loaded)
                } catch let problem as LoadProblem {
                    slots.set(index, .failure(problem))
                } catch {
                    slots.set(index, .failure(.unreadable(path: path, reason: "\(error)")))
                }
            } else {
                slots.set(index, loaded)
            }
            progress?(slots.markDone(), files.count, path)
        }
        var result = Result(extractions: [], problems: expandProblems + corpusProblems, repaired: [], words: 0)
        let root = InputRoot.of(paths)
        var usedIDs: [String: Int] = [:]
        for index in files.indices {
            switch slots.get(index) {
            case .failure(let problem)?:
                result.problems.append(problem)
            case .success(let source)?:
                guard var extraction = slots.extraction(index) else {
                    result.skipped.append(source.path)
                    continue
                }
                if source.repairedEncoding { result.repaired.append(source.path) }
                result.words += GraphBuilder.wordCount(source.text)
                if usedIDs[extraction.document.id, default: 0] > 0 {
                    extraction.document.id += "-" + source.contentHash.prefix(8)
                }
                usedIDs[extraction.document.id, default: 0] += 1
                extraction.document.name = DocumentInfo.publishedName(source: source.path, root: root)
                result.extractions.append(extraction)
            case nil:
                continue
            }
        }
        return result
    }

    /// Merges extractions into one graph.
    public static func merge(_ extractions: [DocumentExtraction]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for extraction in extractions { graph.merge(extraction) }
        return graph
    }

    /// Whitespace-separated words, counted on UTF-8 bytes.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}

/// Per-input results filled in by parallel workers.
///
/// Thread safety: every access takes the lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [Swift.Result<SourceDocument, LoadProblem>?]
    private var extracted: [DocumentExtraction?]
    private var done = 0

    init(count: Int) {
        loaded = Array(repeating: nil, count: count)
        extracted = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Swift.Result<SourceDocument, LoadProblem>) {
        lock.withLock { loaded[index] = value }
    }

    func get(_ index: Int) -> Swift.Result<SourceDocument, LoadProblem>? {
        lock.withLock { loaded[index] }
    }

    func setExtraction(_ index: Int, _ value: DocumentExtraction) {
        lock.withLock { extracted[index] = value }
    }

    func extraction(_ index: Int) -> DocumentExtraction? {
        lock.withLock { extracted[index] }
    }

    func markDone() -> Int {
        lock.withLock {
            done += 1
            return done
        }
    }
}
