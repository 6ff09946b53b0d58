@testable import Graph
import GRDB
import XCTest

/// What only a store file can show: refusing bad files untouched, and locking.
final class GraphStoreFileTests: StoreTestCase {
    typealias F = StoreFixtures

    private func siblings(_ path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    func testAFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let path = try temporaryFolder().appendingPathComponent("notes.sqlite").path
        let bytes = Data("These are my notes, not a database.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try GraphStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .notSQLite(path: path))
            XCTAssertTrue(error.localizedDescription.contains(path), error.localizedDescription)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
        XCTAssertEqual(siblings(path), [])
    }

    func testAStoreFromANewerKGIsRefusedAndLeftUntouched() throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        do {
            let store = try GraphStore(path: path)
            try store.ingest([F.articleA])
        }
        // A later kg adds a migration; fold the WAL into the file so its bytes say it all.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try GraphStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: path, unknownMigrations: ["v9-from-the-future"]))
            XCTAssertTrue(error.localizedDescription.contains("newer kg"), error.localizedDescription)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
        XCTAssertEqual(siblings(path), [])
    }

    func testAnotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws {
        let path = try temporaryFolder().appendingPathComponent("contacts.db").path
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE people (name TEXT)")
                try db.execute(sql: "INSERT INTO people VALUES ('Ada')")
            }
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try GraphStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .notAStore(path: path))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }

    /// Another program's database that happens to have GRDB's migrations table (empty)
    /// and a table called `document` is still not a kg store: it is inspected read-only
    /// and refused, with no byte of it changed, no WAL switch and no migration run.
    func testAForeignDatabaseWithAnEmptyMigrationsTableAndADocumentTableIsNotWritten() throws {
        let path = try temporaryFolder().appendingPathComponent("notes.db").path
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                try db.execute(sql: "CREATE TABLE document (id TEXT PRIMARY KEY, body TEXT)")
                try db.execute(sql: "INSERT INTO document VALUES ('n1', 'Buy stamps on Friday.')")
            }
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for readOnly in [false, true] {
            XCTAssertThrowsError(try GraphStore(path: path, create: false, readOnly: readOnly)) { error in
                XCTAssertEqual(error as? StoreError, .notAStore(path: path))
                XCTAssertTrue(error.localizedDescription.contains("not a kg store"), error.localizedDescription)
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "the foreign file was written to")
        XCTAssertEqual(siblings(path), [])
    }

    func testAMissingStoreIsNotCreatedWhenOnlyReading() throws {
        let path = try temporaryFolder().appendingPathComponent("absent.sqlite").path
        XCTAssertThrowsError(try GraphStore(path: path, create: false)) { error in
            XCTAssertEqual(error as? StoreError, .missing(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testANewStoreInAFolderThatCannotBeWrittenSaysSo() throws {
        // /sys takes no new files, even from root (which the tests may run as); a folder
        // without write permission does the same for anyone else.
        var cases: [(path: String, folder: String)] = []
        if FileManager.default.fileExists(atPath: "/sys/kernel") {
            cases.append(("/sys/kg-test-\(UUID().uuidString).sqlite", "/sys"))
            cases.append(("/sys/kg-test-\(UUID().uuidString)/deeper/kg.sqlite", "/sys"))
        }
        if getuid() != 0 {
            let locked = try temporaryFolder().appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
            addTeardownBlock { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
            cases.append((locked.appendingPathComponent("kg.sqlite").path, locked.path))
        }
        try XCTSkipIf(cases.isEmpty, "no folder here refuses new files")
        for (path, folder) in cases {
            XCTAssertThrowsError(try GraphStore(path: path)) { error in
                XCTAssertEqual(error as? StoreError, .folderNotWritable(path: path, folder: folder))
                let message = error.localizedDescription
                XCTAssertTrue(message.contains("the folder \(folder) is not writable"), message)
                XCTAssertFalse(message.contains("cannot be read"), message)
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        }
    }

    func testAStoreOpenedReadOnlyReadsAndRefusesWrites() throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        try GraphStore(path: path).ingest([F.articleA])
        let reader = try GraphStore(path: path, create: false, readOnly: true)
        XCTAssertEqual(try reader.counts().facts, 2)
        XCTAssertThrowsError(try reader.ingest([F.articleB])) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(path: path))
            XCTAssertTrue(error.localizedDescription.contains("cannot be written"), error.localizedDescription)
        }
        XCTAssertEqual(try GraphStore(path: path).counts().documents, 1, "nothing was stored")
    }

    func testAnUnboundedBusyTimeoutIsKeptToADay() throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        for asked in [TimeInterval.infinity, 1e12, -5] {
            let store = try GraphStore(path: path, busyTimeout: asked)
            XCTAssertEqual(store.busyTimeout, asked < 0 ? 0 : 86_400)
            try store.ingest([F.articleA])
            XCTAssertEqual(try store.counts().documents, 1)
        }
    }

    func testAStoreIsCreatedWithItsFolder() throws {
        let path = try temporaryFolder().appendingPathComponent("deep/er/kg.sqlite").path
        let store = try GraphStore(path: path)
        try store.ingest([F.articleC])
        let reopened = try GraphStore(path: path, create: false)
        XCTAssertEqual(try reopened.counts().facts, 1)
    }

    func testAWriterWaitsThenSaysTheStoreIsBusyAndNothingIsCorrupted() throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        let store = try GraphStore(path: path, busyTimeout: 0.3)
        try store.ingest([F.articleA])
        let before = try F.dump(store)
        // Another connection (as another kg would) holds the write lock.
        let other = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var lockFailure: Error?
        DispatchQueue.global().async {
            do {
                try other.inTransaction(.immediate) { _ in
                    locked.signal()
                    release.wait()
                    return .commit
                }
            } catch {
                // Without this the test would wait for the lock forever.
                lockFailure = error
                locked.signal()
            }
            done.signal()
        }
        locked.wait()
        if let lockFailure { return XCTFail("the other connection could not take the write lock: \(lockFailure)") }
        XCTAssertThrowsError(try store.ingest([F.articleB])) { error in
            XCTAssertEqual(error as? StoreError, .busy(path: path, waited: 0.3))
            XCTAssertTrue(error.localizedDescription.contains("the store is busy"), error.localizedDescription)
        }
        XCTAssertEqual(try F.dump(store), before, "reads still work while another writes")
        release.signal()
        done.wait()
        XCTAssertEqual(try store.ingest([F.articleB]).added, ["b"])
        let check = try store.queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        XCTAssertEqual(check, "ok")
    }

    func testTwoStoresOnOneFileSeeEachOthersBuilds() throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        let first = try GraphStore(path: path)
        let second = try GraphStore(path: path)
        try first.ingest([F.articleA])
        try second.ingest([F.articleB])
        XCTAssertEqual(try first.counts().documents, 2)
        XCTAssertEqual(try second.knownContentHashes(), ["hash-a1", "hash-b1"])
    }

    func testAStoreFromAnOlderKGIsMigratedForwardKeepingItsData() throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: StoreSchema.identifiers[1])
            try queue.write { db in
                try db.execute(sql: "INSERT INTO document (id, title, source, contentHash) VALUES ('a', 'Old', 'articles/a.txt', 'hash-a1')")
            }
        }
        let store = try GraphStore(path: path)
        XCTAssertEqual(try store.appliedMigrations(), StoreSchema.identifiers)
        XCTAssertEqual(try store.knownContentHashes(), ["hash-a1"])
        XCTAssertEqual(try store.ingest([F.articleAChanged]).replaced, ["a"])
    }
}
