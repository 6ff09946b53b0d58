@testable import Graph
import XCTest

/// Every one-file export written row by row from the store is the export of the
/// whole graph loaded in memory, byte for byte, whatever the chunk of facts.
final class StreamedExportTests: StoreTestCase {
    typealias F = StoreFixtures

    func testEveryFormatStreamedFromTheStoreIsTheExportOfTheLoadedGraph() throws {
        let store = try GraphStore(path: try temporaryFolder().appendingPathComponent("kg.sqlite").path)
        try store.ingest([F.articleA, F.articleB])
        let graph = try store.loadGraph()
        XCTAssertGreaterThan(graph.facts.count, 2)
        for format in ExportFormat.allCases where !format.isFolder {
            let whole = try format.data(for: graph)
            for chunk in [1, 2, 500] {
                let sink = TextSink()
                try store.withSource(chunkSize: chunk) { try format.write($0, to: sink) }
                sink.flush()
                XCTAssertEqual(String(decoding: sink.data, as: UTF8.self), String(decoding: whole, as: UTF8.self), "\(format) in chunks of \(chunk)")
            }
        }
    }

    func testAnEmptyStoreStreamsTheEmptyExports() throws {
        let store = try GraphStore.inMemory()
        for format in ExportFormat.allCases where !format.isFolder {
            let sink = TextSink()
            try store.withSource { try format.write($0, to: sink) }
            sink.flush()
            XCTAssertEqual(sink.data, try format.data(for: KnowledgeGraph()), "\(format)")
        }
    }

    /// A store where one fact is reported by many articles: the chunks of a source with
    /// a small evidence limit.
    private func storeWithOneWidelyReportedFact(articles: Int) throws -> GraphStore {
        let store = try GraphStore(path: try temporaryFolder().appendingPathComponent("kg.sqlite").path)
        var extractions = [F.articleA, F.articleB, F.articleC]
        for n in 0..<articles {
            extractions.append(F.extraction("copy-\(n)", hash: "hash-copy-\(n)", actors: [F.russia, F.syria], facts: [
                Fact(subject: "russia", predicate: .supports, object: "syria",
                     evidence: [F.evidence(1, 0, "Russia backs Syria, copy \(n) says.")]),
            ]))
        }
        try store.ingest(extractions)
        return store
    }

    func testChunksHoldAtMostTheEvidenceLimitAndAFactWithMoreComesAloneAndWhole() throws {
        let store = try storeWithOneWidelyReportedFact(articles: 30)
        let graph = try store.loadGraph()
        var chunks: [[Fact]] = []
        try store.withSource(chunkSize: 500, evidenceLimit: 2) { source in
            try source.forEachFactChunk { facts, _ in chunks.append(facts) }
        }
        XCTAssertEqual(chunks.flatMap { $0 }, graph.sortedFacts, "every fact once, in order, with all its evidence")
        // France's two facts (one quote each), Russia's negated attack (two), then Russia's
        // support of Syria (32 quotes: articles a and b and the 30 copies) alone.
        XCTAssertEqual(chunks.map { $0.map(\.evidence.count) }, [[1, 1], [2], [32]])
    }

    func testAFactWithMoreEvidenceThanAChunkHoldsExportsAsFromTheLoadedGraph() throws {
        let store = try storeWithOneWidelyReportedFact(articles: 12)
        let graph = try store.loadGraph()
        for format in ExportFormat.allCases where !format.isFolder {
            let whole = try format.data(for: graph)
            for limit in [1, 3, 1_000] {
                let sink = TextSink()
                try store.withSource(chunkSize: 500, evidenceLimit: limit) { try format.write($0, to: sink) }
                sink.flush()
                XCTAssertEqual(String(decoding: sink.data, as: UTF8.self), String(decoding: whole, as: UTF8.self),
                               "\(format) with at most \(limit) pieces of evidence a chunk")
            }
        }
    }
}
