@testable import Graph
import GRDB
import XCTest

/// A store written by the kg before document metadata (`Tests/Fixtures/store/kg-v3.sqlite`,
/// made by `kg build articles` on `Tests/Fixtures/store/articles` with that release) opens,
/// is upgraded in place and loses nothing.
final class StoreUpgradeTests: XCTestCase {
    private func copyOfFixture() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kg.sqlite").path
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Fixtures/store/kg-v3.sqlite").path, toPath: path)
        return path
    }

    /// Every row of the tables the old store had, in the old store's columns.
    private func oldRows(_ queue: some DatabaseReader) throws -> [String] {
        try queue.read { db in
            var lines: [String] = []
            for table in ["document", "actor", "actorAlias", "actorMention", "fact", "factMention", "evidence", "build"] {
                // The columns later migrations added.
                let added = ["document": ["url", "dateSource", "siteName", "language"], "evidence": ["modality"]][table, default: []]
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] as String }
                    .filter { !added.contains($0) }
                let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY rowid") { lines.append("\(table): \(row)") }
            }
            return lines
        }
    }

    func testAStoreOfTheLastReleaseIsUpgradedInPlaceLosingNothing() throws {
        let path = try copyOfFixture()
        let before = try oldRows(DatabaseQueue(path: path))
        XCTAssertEqual(before.filter { $0.hasPrefix("document:") }.count, 4)
        let store = try GraphStore(path: path)
        XCTAssertEqual(try store.appliedMigrations(), StoreSchema.identifiers)
        XCTAssertEqual(try oldRows(store.queue), before)
        let graph = try store.loadGraph()
        XCTAssertEqual(graph.facts.count, 11)
        XCTAssertEqual(graph.documents["four"]?.date, "2019-10-14")
        XCTAssertNil(graph.documents["four"]?.url)
        XCTAssertTrue(graph.facts.values.allSatisfy { fact in fact.evidence.allSatisfy { $0.modality == nil } },
                      "quotes stored before keep no modality of their own")
        // New articles keep their address, site, language and where their date came from.
        var page = StoreFixtures.articleB
        page.document.url = "https://news.example/b"
        page.document.dateSource = "meta article:published_time"
        page.document.siteName = "Example News"
        page.document.language = "en"
        try store.ingest([page])
        let reopened = try GraphStore(path: path).loadGraph()
        XCTAssertEqual(reopened.documents["b"]?.url, "https://news.example/b")
        XCTAssertEqual(reopened.documents["b"]?.dateSource, "meta article:published_time")
        XCTAssertEqual(reopened.documents["b"]?.siteName, "Example News")
        XCTAssertEqual(reopened.documents["b"]?.language, "en")
        XCTAssertEqual(reopened.facts.count, graph.facts.count + Set(page.triples.map(\.key)).subtracting(graph.facts.keys).count)
    }
}
