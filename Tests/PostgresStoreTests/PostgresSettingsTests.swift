import Foundation
import Graph
import PostgresStore
import XCTest

/// Where the connection settings come from: the URL, then PG* variables, then the password file.
final class PostgresSettingsTests: XCTestCase {
    func testURLGivesEverything() throws {
        let settings = try PostgresSettings(url: "postgresql://ana:s%40cret@db.example:6543/news?sslmode=require",
                                            environment: ["PGHOST": "elsewhere", "PGPASSWORD": "other"])
        XCTAssertEqual(settings.host, "db.example")
        XCTAssertEqual(settings.port, 6543)
        XCTAssertEqual(settings.user, "ana")
        XCTAssertEqual(settings.password, "s@cret")
        XCTAssertEqual(settings.database, "news")
        XCTAssertEqual(settings.tls, .require)
        XCTAssertEqual(settings.description, "postgresql://ana@db.example:6543/news")
        XCTAssertFalse("\(settings)".contains("cret"))
    }

    func testEnvironmentFillsWhatTheURLLeavesOut() throws {
        let settings = try PostgresSettings(url: "postgresql:///",
                                            environment: ["PGHOST": "10.0.0.5", "PGPORT": "5433", "PGUSER": "team",
                                                          "PGPASSWORD": "pw", "PGDATABASE": "graph"],
                                            homeDirectory: "/nonexistent")
        XCTAssertEqual(settings.host, "10.0.0.5")
        XCTAssertEqual(settings.port, 5433)
        XCTAssertEqual(settings.user, "team")
        XCTAssertEqual(settings.password, "pw")
        XCTAssertEqual(settings.database, "graph")
        XCTAssertEqual(settings.tls, .disable)
    }

    func testPasswordFileMatchesHostPortDatabaseAndUser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(".pgpass")
        try Data("""
            # host:port:database:user:password
            db.example:5432:other:ana:wrong
            db.example:*:news:ana:pa\\:ss
            """.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let settings = try PostgresSettings(url: "postgresql://ana@db.example/news", environment: [:],
                                            homeDirectory: folder.path)
        XCTAssertEqual(settings.password, "pa:ss")
        // A password file others can read is ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let loose = try PostgresSettings(url: "postgresql://ana@db.example/news", environment: [:], homeDirectory: folder.path)
        XCTAssertNil(loose.password)
    }

    func testBadPortIsRefusedWithoutShowingThePassword() {
        XCTAssertThrowsError(try PostgresSettings(url: "postgresql://ana:hunter2@db.example/news", environment: ["PGPORT": "x"])) { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(message.contains("port"), message)
            XCTAssertFalse(message.contains("hunter2"), message)
        }
    }

    func testOpenerWithPostgreSQLReportsAnUnreachableServerMasked() {
        XCTAssertThrowsError(try StoreOpener.withPostgreSQL.open("postgresql://kg:hunter2@127.0.0.1:1/kg", create: true)) { error in
            guard case StoreError.unreachable(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "postgresql://kg:***@127.0.0.1:1/kg")
            XCTAssertFalse(error.localizedDescription.contains("hunter2"))
        }
    }
}
