@testable import Graph
import GRDB
import XCTest

/// Stores written by earlier releases open, are upgraded in place and lose nothing:
/// `Tests/Fixtures/store/kg-v3.sqlite` (before document metadata) and `kg-v5.sqlite`
/// (before published document names), each made by `kg build articles` in
/// `Tests/Fixtures/store` with that release.
final class StoreUpgradeTests: XCTestCase {
    private func copyOfFixture(_ name: String = "kg-v3.sqlite") throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kg.sqlite").path
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Fixtures/store/\(name)").path, toPath: path)
        return path
    }

    /// Every row of the tables the old store had, in the old store's columns.
    private func oldRows(_ queue: some DatabaseReader) throws -> [String] {
        try queue.read { db in
            var lines: [String] = []
            for table in ["document", "actor", "actorAlias", "actorMention", "fact", "factMention", "evidence", "build"] {
                // The columns later migrations added.
                let added = ["document": ["url", "dateSource", "siteName", "language", "name"], "evidence": ["modality"]][table, default: []]
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

    func testAStoreOfTheCurrentReleaseIsUpgradedInPlaceAndNamesItsDocumentsAsBefore() throws {
        let path = try copyOfFixture("kg-v5.sqlite")
        let before = try oldRows(DatabaseQueue(path: path))
        XCTAssertEqual(before.filter { $0.hasPrefix("document:") }.count, 4)
        let store = try GraphStore(path: path)
        XCTAssertEqual(try store.appliedMigrations(), StoreSchema.identifiers)
        XCTAssertEqual(try oldRows(store.queue), before)
        let graph = try store.loadGraph()
        XCTAssertEqual(graph.facts.count, 11)
        // Stored before names were kept: published by the relative path they were given as.
        XCTAssertEqual(graph.documents["one"]?.publishedPath, "articles/one.txt")
        var page = StoreFixtures.articleB
        page.document.name = "world/b.txt"
        try store.ingest([page])
        XCTAssertEqual(try GraphStore(path: path).loadGraph().documents["b"]?.publishedPath, "world/b.txt")
    }
}
