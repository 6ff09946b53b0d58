import Foundation
import Graph
import XCTest

/// `--store` values: a PostgreSQL URL or a file, printed without credentials.
final class StoreLocationTests: XCTestCase {
    func testURLsArePostgresAndPathsAreSQLite() {
        XCTAssertEqual(StoreLocation("postgresql://kg@127.0.0.1:5432/news"), .postgres(url: "postgresql://kg@127.0.0.1:5432/news"))
        XCTAssertEqual(StoreLocation("POSTGRES://kg@host/db"), .postgres(url: "POSTGRES://kg@host/db"))
        XCTAssertEqual(StoreLocation("Output/kg.sqlite"), .sqlite(path: "Output/kg.sqlite"))
        XCTAssertEqual(StoreLocation("postgresql.sqlite"), .sqlite(path: "postgresql.sqlite"))
    }

    func testOptionWinsOverEnvironmentWhichWinsOverDefault() {
        let env = ["KG_STORE": "postgresql://kg@db/news"]
        XCTAssertEqual(StoreLocation.resolve("mine.sqlite", environment: env, fallback: "Output/kg.sqlite"), "mine.sqlite")
        XCTAssertEqual(StoreLocation.resolve(nil, environment: env, fallback: "Output/kg.sqlite"), "postgresql://kg@db/news")
        XCTAssertEqual(StoreLocation.resolve(nil, environment: [:], fallback: "Output/kg.sqlite"), "Output/kg.sqlite")
    }

    func testPasswordsAreMaskedWherePrinted() {
        XCTAssertEqual(StoreLocation("postgresql://ana:s3cr%40t@db:5432/news").description, "postgresql://ana:***@db:5432/news")
        XCTAssertEqual(StoreLocation.masked("failed: postgres://u:p@h/d?password=x&sslmode=require"),
                       "failed: postgres://u:***@h/d?password=***&sslmode=require")
        XCTAssertEqual(StoreLocation.masked("postgresql://kg@db/news"), "postgresql://kg@db/news")
        let error = StoreError.database(path: "postgresql://ana:topsecret@db/news", reason: "boom")
        XCTAssertFalse(error.localizedDescription.contains("topsecret"))
    }

    func testAStoreOpenerWithoutPostgreSQLSaysHowToBuildIt() {
        XCTAssertThrowsError(try StoreOpener().open("postgresql://ana:topsecret@db/news", create: true)) { error in
            XCTAssertEqual(error as? StoreError, .postgresNotBuilt(path: "postgresql://ana:***@db/news"))
            let message = error.localizedDescription
            XCTAssertTrue(message.contains("--traits PostgreSQL"), message)
            XCTAssertFalse(message.contains("topsecret"), message)
        }
    }

    func testAStoreOpenerOpensFilesAsSQLite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-location-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreOpener().open(folder.appendingPathComponent("kg.sqlite").path, create: true)
        XCTAssertTrue(store is GraphStore)
        XCTAssertEqual(try store.counts().documents, 0)
    }
}
