@testable import Graph
import XCTest

/// The pieces `kg build` joins: GraphBuilder skips what the store already holds.
final class IncrementalBuildTests: StoreTestCase {
    func testStoredArticlesAreSkippedAndOnlyNewOrChangedOnesExtracted() throws {
        let folder = try temporaryFolder()
        let a = folder.appendingPathComponent("a.txt"), b = folder.appendingPathComponent("b.txt")
        try Data("Notes\n\nRussia supports Syria today.\n".utf8).write(to: a)
        try Data("More notes\n\nFrance backs Germany today.\n".utf8).write(to: b)
        try forEachStore { store in
            let first = GraphBuilder().extract(paths: [folder.path])
            XCTAssertEqual(first.skipped, [])
            try store.ingest(first.extractions)

            let known = try store.knownContentHashes()
            let second = GraphBuilder().extract(paths: [folder.path], skip: { known.contains($0.contentHash) })
            XCTAssertEqual(second.extractions.count, 0)
            XCTAssertEqual(Set(second.skipped), [a.path, b.path])
        }
        try Data("Notes\n\nRussia supports Syria again today.\n".utf8).write(to: a)
        let store = try GraphStore.inMemory()
        try store.ingest(GraphBuilder().extract(paths: [folder.path]).extractions.filter { $0.document.id == "b" })
        let known = try store.knownContentHashes()
        let third = GraphBuilder().extract(paths: [folder.path], skip: { known.contains($0.contentHash) })
        XCTAssertEqual(third.extractions.map(\.document.id), ["a"])
        XCTAssertEqual(third.skipped, [b.path])
    }
}
