import ArgumentParser
import Foundation
import Graph

/// `kgbench store`: the graph store on the Wikinews corpus.
///
/// Writes every article to a temporary folder, then times a first build into a new
/// store (read, extract, ingest in one transaction, load the whole graph back) and a
/// second build of the same folder, which finds every article already stored.
/// A synthetic ingest (many facts per document) measures the store alone.
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Facts stored per second, store size, and the speed-up of a build with nothing new."
    )

    @Option(name: .long, help: "Folder of Wikinews CSV files.")
    var corpus: String = "../shared/corpora/wikinews"

    @Option(name: .long, help: "Facts per document in the synthetic ingest.")
    var syntheticFacts: Int = 40

    func run() throws {
        guard let wikinews = try WikinewsCorpus(folder: corpus), !wikinews.articles.isEmpty else {
            print("store: \(corpus) is absent or empty; skipped")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kgbench-store-\(UUID().uuidString)")
        let articles = work.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        for (index, article) in wikinews.articles.enumerated() {
            let text = article.title + "\n\n" + article.text + "\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent(String(format: "%04d.txt", index)))
        }
        let storePath = work.appendingPathComponent("kg.sqlite").path

        let first = try build(folder: articles.path, store: storePath)
        let size = storeSize(storePath)  // the store is closed when `build` returns
        let second = try build(folder: articles.path, store: storePath)
        print("store: \(wikinews.articles.count) Wikinews articles")
        print(String(format: "store: first build  %.3f s (extract %.3f s, ingest %.3f s, load %.3f s): %d documents, %d facts, %d evidence",
                     first.total, first.extract, first.ingest, first.load, first.documents, first.facts, first.evidence))
        print(String(format: "store: facts stored per second (first build, ingest only): %.0f", Double(first.facts) / max(first.ingest, 1e-9)))
        print("store: store size after the first build: \(size) bytes (\(String(format: "%.1f", Double(size) / 1_048_576)) MiB)")
        print(String(format: "store: second build %.3f s (%d documents skipped, %d extracted): %.1fx faster",
                     second.total, second.skipped, second.extracted, first.total / max(second.total, 1e-9)))

        let synthetic = try syntheticIngest(wikinews, path: work.appendingPathComponent("synthetic.sqlite").path)
        print(String(format: "store: synthetic ingest %d documents x %d facts = %d facts, %d evidence in %.3f s: %.0f facts/s, %.0f evidence/s; store %d bytes",
                     synthetic.documents, syntheticFacts, synthetic.facts, synthetic.evidence, synthetic.seconds,
                     Double(synthetic.facts) / synthetic.seconds, Double(synthetic.evidence) / synthetic.seconds, synthetic.size))
    }

    struct Timing {
        var total = 0.0, extract = 0.0, ingest = 0.0, load = 0.0
        var documents = 0, facts = 0, evidence = 0, skipped = 0, extracted = 0
    }

    /// What `kg build` does with the store, without drawing: open, skip stored, extract, ingest, load.
    func build(folder: String, store path: String) throws -> Timing {
        var timing = Timing()
        let start = Date()
        let store = try GraphStore(path: path)
        let known = try store.knownContentHashes()
        let result = GraphBuilder().extract(paths: [folder], skip: { known.contains($0.contentHash) })
        timing.extract = Date().timeIntervalSince(start)
        let ingestStart = Date()
        try store.ingest(result.extractions)
        timing.ingest = Date().timeIntervalSince(ingestStart)
        let loadStart = Date()
        let graph = try store.loadGraph()
        timing.load = Date().timeIntervalSince(loadStart)
        timing.total = Date().timeIntervalSince(start)
        timing.documents = graph.documents.count
        timing.facts = graph.facts.count
        timing.evidence = graph.facts.values.reduce(0) { $0 + $1.evidence.count }
        timing.skipped = result.skipped.count
        timing.extracted = result.extractions.count
        return timing
    }

    /// Bytes of the store file and its WAL.
    func storeSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? Int) ?? 0)
        }
    }

    /// Ingests made-up facts between made-up actors, quoting the corpus's own sentences,
    /// in one transaction, and times it.
    func syntheticIngest(_ wikinews: WikinewsCorpus, path: String) throws -> (documents: Int, facts: Int, evidence: Int, seconds: Double, size: Int) {
        let actors = (0..<300).map { Actor(label: "Actor \($0)", type: ActorType.allCases[$0 % ActorType.allCases.count]) }
        var extractions: [DocumentExtraction] = []
        for (index, article) in wikinews.articles.enumerated() {
            let sentences = article.text.split(separator: ".").map(String.init).filter { $0.count > 20 }
            var facts: [Fact] = []
            for n in 0..<syntheticFacts {
                let subject = actors[(index * 7 + n * 13) % actors.count], object = actors[(index * 11 + n * 17 + 1) % actors.count]
                let quote = sentences.isEmpty ? article.title : sentences[n % sentences.count]
                facts.append(Fact(subject: subject.id, predicate: Predicate.allCases[n % Predicate.allCases.count], object: object.id,
                                  negated: n % 9 == 0, evidence: [Evidence(sentence: n + 1, start: n * 100, end: n * 100 + quote.count, text: quote)]))
            }
            let used = Set(facts.flatMap { [$0.subject, $0.object] })
            extractions.append(DocumentExtraction(
                document: DocumentInfo(id: "synthetic-\(index)", title: article.title, date: article.date, contentHash: "s\(index)"),
                entities: actors.filter { used.contains($0.id) }, triples: facts))
        }
        let start = Date()
        let report = try GraphStore(path: path).ingest(extractions)  // closed (and checkpointed) at once
        let seconds = Date().timeIntervalSince(start)
        return (extractions.count, report.factsAfter, report.evidenceAfter, seconds, storeSize(path))
    }
}
