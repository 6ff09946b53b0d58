import Foundation

/// Reads articles, extracts each and merges them into one graph.
///
/// Documents are read and extracted in batches, each batch in parallel (one document
/// per core); results are handed on in input order, so they do not depend on timing.
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

    /// How many documents are read and extracted together before they are handed on
    /// (to the store, in one transaction each): enough to keep every core busy, few
    /// enough that memory does not grow with the corpus.
    public static let defaultBatchSize = 200

    /// Extracts every article under `paths` and returns all the extractions. Fine for a
    /// few thousand articles; a big corpus goes through `extract(paths:batchSize:skip:progress:eachBatch:)`.
    public func extract(paths: [String], skip: (@Sendable (SourceDocument) -> Bool)? = nil,
                        progress: (@Sendable (Int, Int, String) -> Void)? = nil) -> Result {
        var extractions: [DocumentExtraction] = []
        do {
            var result = try extract(paths: paths, skip: skip, progress: progress) { extractions += $0 }
            result.extractions = extractions
            return result
        } catch {
            preconditionFailure("collecting extractions throws nothing: \(error)")
        }
    }

    /// Extracts every article under `paths` in batches of `batchSize` documents, in
    /// input order, handing each batch's extractions to `eachBatch` before the next is
    /// read, so memory holds one batch whatever the number of articles. Corpus files
    /// are read row by row as they go. `progress` is called after each document with
    /// (done, known so far, path), from any thread. A document for which `skip` returns
    /// true is read (and hashed) but not extracted; its path goes to `Result.skipped`.
    /// The result has everything but the extractions.
    /// - Throws: what `eachBatch` throws; the batches before it were handed on.
    public func extract(paths: [String], batchSize: Int = GraphBuilder.defaultBatchSize,
                        skip: (@Sendable (SourceDocument) -> Bool)? = nil,
                        progress: (@Sendable (Int, Int, String) -> Void)? = nil,
                        eachBatch: ([DocumentExtraction]) throws -> Void) throws -> Result {
        let (found, expandProblems) = loader.expand(paths)
        var result = Result(extractions: [], problems: expandProblems, repaired: [], words: 0)
        let root = InputRoot.of(paths)
        var usedIDs: [String: Int] = [:]
        var pending: [Item] = []
        var done = 0
        var known = found.filter { !CorpusReader.isCorpus($0) }.count
        let extractor = self.extractor
        let loader = self.loader
        func flush() throws {
            guard !pending.isEmpty else { return }
            let items = pending
            pending.removeAll(keepingCapacity: true)
            let slots = ResultSlots(count: items.count)
            let before = done, total = known
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                let loaded: Swift.Result<SourceDocument, LoadProblem>
                let path: String
                switch items[index] {
                case .row(let document):
                    loaded = .success(document)
                    path = document.path
                case .file(let file):
                    path = file
                    do {
                        loaded = .success(try loader.load(file))
                    } catch let problem as LoadProblem {
                        loaded = .failure(problem)
                    } catch {
                        loaded = .failure(.unreadable(path: file, reason: "\(error)"))
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
                progress?(before + slots.markDone(), total, path)
            }
            done += items.count
            var extractions: [DocumentExtraction] = []
            for index in items.indices {
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
                    extractions.append(extraction)
                case nil:
                    continue
                }
            }
            if !extractions.isEmpty { try eachBatch(extractions) }
        }
        for path in found {
            if CorpusReader.isCorpus(path) {
                // A corpus is read row by row as the batches go: never whole.
                do {
                    try corpus.forEachRow(of: path) { row in
                        switch row {
                        case .success(let document):
                            known += 1
                            pending.append(.row(document))
                            if pending.count >= batchSize { try flush() }
                        case .failure(let problem):
                            result.problems.append(problem)
                        }
                    }
                } catch let problem as LoadProblem {
                    result.problems.append(problem)
                }
            } else {
                pending.append(.file(path))
                if pending.count >= batchSize { try flush() }
            }
        }
        try flush()
        return result
    }

    /// One input of a batch: a file to read, or a corpus row already read.
    private enum Item: Sendable {
        case file(String)
        case row(SourceDocument)
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
