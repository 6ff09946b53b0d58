import Foundation
import GRDB

/// The persistent graph: documents, actors, facts and evidence in one SQLite file,
/// grown build after build (`Output/kg.sqlite` by default).
///
/// Opening inspects the file through a read-only connection before changing anything:
/// a file that is not SQLite, an SQLite database that is not a kg store, or a store
/// from a newer kg is refused with a `StoreError` and left byte for byte as it was.
/// Only then is the store switched to WAL mode and created or migrated, in one write
/// transaction that checks the schema again, so two kg creating one store at once
/// both succeed (the second waits for the first, then finds the store made).
///
/// ```swift
/// let store = try GraphStore(path: "Output/kg.sqlite")
/// let report = try store.ingest(extractions)
/// let graph = try store.loadGraph()
/// ```
///
/// Thread safety: all access goes through one serial GRDB `DatabaseQueue`, so a
/// store may be used from any thread. Other processes are kept apart by SQLite's
/// locks: a writer waits up to `busyTimeout` seconds, then gets `StoreError.busy`.
public final class GraphStore: Sendable {
    /// The file, or `:memory:` for an in-memory store.
    public let path: String
    /// How long a write waits for another process's write to finish (0 to a day).
    public let busyTimeout: TimeInterval
    /// The longest `busyTimeout` kept: a day.
    static let longestBusyTimeout: TimeInterval = 86_400
    let queue: DatabaseQueue

    /// Opens the store at `path`, creating it (and its folder) when `create` is true.
    /// With `readOnly`, an up-to-date store is opened for reading only, so it can be
    /// read where it cannot be written (a read-only file or folder); a store that
    /// still needs a migration is opened for writing as usual.
    /// - Throws: `StoreError`.
    public init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeout: TimeInterval = 10) throws {
        self.path = path
        // SQLite takes the timeout as 32-bit milliseconds: infinity or a huge value would trap.
        let busyTimeout = min(max(0, busyTimeout), GraphStore.longestBusyTimeout)
        self.busyTimeout = busyTimeout
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw StoreError.unreadable(path: path, reason: "it is a folder")
        }
        if !exists {
            guard create else { throw StoreError.missing(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    let nsError = error as NSError
                    let denied = nsError.underlyingPOSIXCode.map(GraphStore.denied)
                        ?? [NSFileWriteNoPermissionError, NSFileWriteVolumeReadOnlyError].contains(nsError.code)
                    if denied {
                        throw StoreError.folderNotWritable(path: path, folder: GraphStore.nearestExisting(folder))
                    }
                    throw StoreError.unreadable(path: path, reason: "cannot create its folder: \(DocumentLoader.reason(error))")
                }
            }
            // SQLite reports a file it cannot create as "unable to open database file"; the
            // empty file made here is what SQLite would make, and a valid new database.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                close(descriptor)
            } else if GraphStore.denied(errno) {
                throw StoreError.folderNotWritable(path: path, folder: folder.isEmpty ? "." : folder)
            }
        } else {
            try GraphStore.checkHeader(path)
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "kg-store"
        // An existing file is inspected through a read-only connection: a file that is not
        // a kg store (another application's database) is refused without a byte written.
        var applied: [String]?
        if exists {
            var readConfig = config
            readConfig.readonly = true
            do {
                let reader = try DatabaseQueue(path: path, configuration: readConfig)
                let found = try reader.read { db in try GraphStore.checkSchema(db, path: path) }
                if readOnly && Set(found).isSuperset(of: StoreSchema.identifiers) {
                    queue = reader
                    return
                }
                try reader.close()
                applied = found
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError where readOnly && error.resultCode == .SQLITE_READONLY {
                // A WAL database is read through its -shm and -wal files, which SQLite must be able to create.
                let name = (path as NSString).lastPathComponent
                throw StoreError.unreadable(path: path, reason: "SQLite needs to create \(name)-shm and \(name)-wal beside it, "
                                            + "and its folder is read-only; open it once where it can be written, or copy it")
            } catch let error where readOnly {
                throw GraphStore.storeError(error, path: path, waited: busyTimeout)
            } catch {
                // No reader here (e.g. a WAL store whose -shm cannot be made read-only): the
                // writer below checks the schema again before it writes anything.
            }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw GraphStore.storeError(error, path: path, waited: busyTimeout)
        }
        do {
            if applied == nil { applied = try queue.read { db in try GraphStore.checkSchema(db, path: path) } }
            try queue.writeWithoutTransaction { db in
                // Settings of this connection only; they write nothing.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A build writes in batches of a few hundred documents: 8 MB of page cache holds
                // one, and keeps memory flat however big the store grows.
                try db.execute(sql: "PRAGMA cache_size = -8192")
            }
            // A store already up to date is not written to at all, so a reader can open
            // it while another kg holds the write lock.
            if !Set(applied ?? []).isSuperset(of: StoreSchema.identifiers) {
                try GraphStore.switchToWAL(queue, waiting: busyTimeout)
                // Checked again and migrated under the write lock: a second kg creating the
                // same store at once waits here, then finds it made.
                try queue.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        let now = try GraphStore.checkSchema(db, path: path)
                        if !Set(now).isSuperset(of: StoreSchema.identifiers) { try StoreSchema.migrate(db) }
                        return .commit
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw GraphStore.storeError(error, path: path, waited: busyTimeout)
        }
    }

    /// Puts the store in WAL mode (readers then never wait for a writer). Another kg
    /// holding the file (creating it at the same moment) is waited for, up to `waiting`
    /// seconds; a file system without WAL keeps SQLite's rollback journal.
    /// - Throws: a `DatabaseError` other than busy.
    static func switchToWAL(_ queue: DatabaseQueue, waiting: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(waiting)
        while true {
            do {
                let mode = try queue.writeWithoutTransaction { db -> String in
                    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
                    if mode.lowercased() == "wal" { return mode }
                    return try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") ?? ""
                }
                if mode.lowercased() == "wal" || Date() >= deadline { return }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                if Date() >= deadline { throw error }
            }
            usleep(20_000)
        }
    }

    private init(queue: DatabaseQueue) {
        self.path = ":memory:"
        self.busyTimeout = 0
        self.queue = queue
    }

    /// A fresh store that lives in memory only (for tests and one-off exports).
    /// - Throws: `StoreError`.
    public static func inMemory() throws -> GraphStore {
        var config = Configuration()
        config.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(configuration: config)
            try StoreSchema.migrator.migrate(queue)
            return GraphStore(queue: queue)
        } catch {
            throw storeError(error, path: ":memory:", waited: 0)
        }
    }

    /// Whether a file-system error means kg may not write there.
    static func denied(_ code: Int32) -> Bool {
        code == EACCES || code == EPERM || code == EROFS
    }

    /// `folder`, or the nearest folder above it that exists.
    static func nearestExisting(_ folder: String) -> String {
        var current = folder
        while !FileManager.default.fileExists(atPath: current) {
            let parent = (current as NSString).deletingLastPathComponent
            if parent.isEmpty { return "." }
            if parent == current { break }
            current = parent
        }
        return current
    }

    /// Refuses a non-empty file that does not start with SQLite's magic header.
    static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }
        if head != Data("SQLite format 3\u{0}".utf8) { throw StoreError.notSQLite(path: path) }
    }

    /// Refuses a database that is not a kg store or was migrated by a newer kg; returns
    /// the migrations already applied.
    static func checkSchema(_ db: Database, path: String) throws -> [String] {
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        if tables.isEmpty { return [] }
        guard tables.contains("grdb_migrations") else { throw StoreError.notAStore(path: path) }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        // Tables with no kg migration recorded are another program's (a kg store gets its
        // first tables and their migration in one transaction); only the empty migrations
        // table an older kg could leave when killed while creating its store is taken as new.
        if applied.isEmpty && tables == ["grdb_migrations"] { return [] }
        guard applied.contains(StoreSchema.identifiers[0]), !StoreSchema.tables.isDisjoint(with: tables) else {
            throw StoreError.notAStore(path: path)
        }
        let unknown = applied.filter { !StoreSchema.identifiers.contains($0) }.sorted()
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        return applied
    }

    /// Turns a GRDB error into a `StoreError` naming the file; other errors pass through.
    static func storeError(_ error: Error, path: String, waited: TimeInterval) -> Error {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.busy(path: path, waited: waited)
        case .SQLITE_NOTADB:
            return StoreError.notSQLite(path: path)
        case .SQLITE_READONLY:
            return StoreError.readOnly(path: path)
        case .SQLITE_CORRUPT, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_PERM:
            return StoreError.unreadable(path: path, reason: error.message ?? "\(error.resultCode)")
        default:
            return StoreError.database(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Runs a read, mapping errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw GraphStore.storeError(error, path: path, waited: busyTimeout)
        }
    }

    /// Content hashes of every stored document: an input with one of these is unchanged.
    /// - Throws: `StoreError`.
    public func knownContentHashes() throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT contentHash FROM document WHERE contentHash IS NOT NULL"))
        }
    }

    /// The files of the store at `path`: the database and SQLite's `-wal`, `-shm` and
    /// `-journal` files beside it.
    public static func files(at path: String) -> [String] {
        [path] + ["-wal", "-shm", "-journal"].map { path + $0 }
    }

    /// The content hash kg records for a document's bytes (hex SHA-256).
    public static func contentHash(of bytes: Data) -> String {
        SHA256.hex(bytes)
    }

    /// How much the store holds.
    public typealias Counts = StoreCounts

    /// Row counts of the main tables.
    /// - Throws: `StoreError`.
    public func counts() throws -> Counts {
        try read { db in
            Counts(documents: try DocumentRecord.fetchCount(db), actors: try ActorRecord.fetchCount(db),
                   facts: try FactRecord.fetchCount(db), evidence: try EvidenceRecord.fetchCount(db),
                   builds: try BuildRecord.fetchCount(db))
        }
    }

    /// The id of the last build that changed the store, nil when none has.
    /// - Throws: `StoreError`.
    public func latestBuildID() throws -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM build") }
    }

    /// The migrations applied to this store, in order.
    /// - Throws: `StoreError`.
    public func appliedMigrations() throws -> [String] {
        try read { db in try StoreSchema.migrator.completedMigrations(db) }
    }
}

private extension NSError {
    /// The POSIX error code under a Foundation file error, if there is one.
    var underlyingPOSIXCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        guard let underlying = userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain else { return nil }
        return Int32(underlying.code)
    }
}
