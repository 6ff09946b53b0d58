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
}
