import Foundation
import Graph
import PostgresNIO

/// The graph store in a PostgreSQL database, for a team that builds one graph from
/// several machines at once (`--store postgresql://user@host:port/db`).
///
/// It holds what `GraphStore` holds, in the same tables, and answers every query the
/// same way. Writers may run at once: each document is stored in its own transaction
/// (so a reader sees a document whole or not at all), rows are keyed and upserted so
/// that two writers never duplicate an actor, a fact or a piece of evidence, and a
/// transaction that loses a deadlock or a serialization conflict is run again.
///
/// Opening checks the database before changing anything: one with other tables and no
/// kg migrations, or one migrated by a newer kg, is refused with a `StoreError` and
/// left as it was.
///
/// ```swift
/// let store = try PostgresGraphStore(url: "postgresql://kg@127.0.0.1:5432/news")
/// try store.ingest(extractions, afterEachDocument: nil)
/// ```
///
/// Thread safety: one connection per store, used by one call at a time (a lock
/// serializes them), so a store may be shared between threads; open one store per
/// writer thread to write in parallel.
public final class PostgresGraphStore: KnowledgeStore, @unchecked Sendable {
    /// The URL with its password masked.
    public let path: String
    public let settings: PostgresSettings
    /// How long a statement waits for a lock another writer holds (0 to a day).
    public let busyTimeout: TimeInterval
    let connection: PostgresConnection
    let logger: Logger
    private let lock = NSLock()

    /// Connects, checks the schema and, with `create`, applies missing migrations.
    /// Without `create`, a database with no kg tables yet is `StoreError.missing`.
    /// - Throws: `StoreError`.
    public init(url: String, create: Bool = true, busyTimeout: TimeInterval = 10,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let settings = try PostgresSettings(url: url, environment: environment)
        self.settings = settings
        self.path = StoreLocation.masked(url)
        self.busyTimeout = min(max(0, busyTimeout), 86_400)
        var logger = Logger(label: "kg.postgres")
        logger.logLevel = .critical
        self.logger = logger
        connection = try PostgresGraphStore.connect(settings, path: path, logger: logger)
        do {
            // A lock wait longer than the busy timeout fails as `.busy`, as on SQLite.
            try run(PostgresQuery(unsafeSQL: "SET lock_timeout = \(Int(self.busyTimeout * 1000))"))
            try run("SET client_min_messages = warning")
            try prepareSchema(create: create)
        } catch {
            try? connection.close().wait()
            throw storeError(error)
        }
    }

    deinit {
        try? connection.close().wait()
    }

    private static func connect(_ settings: PostgresSettings, path: String, logger: Logger) throws -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch settings.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw StoreError.unreachable(path: path, reason: "TLS cannot be set up: \(error)")
        }
        var configuration: PostgresConnection.Configuration
        if settings.host.hasPrefix("/") {
            let socket = (settings.host as NSString).appendingPathComponent(".s.PGSQL.\(settings.port)")
            configuration = .init(unixSocketPath: socket, username: settings.user, password: settings.password,
                                  database: settings.database)
        } else {
            configuration = .init(host: settings.host, port: settings.port, username: settings.user,
                                  password: settings.password, database: settings.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        do {
            return try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                                  configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw StoreError.unreachable(path: path, reason: PostgresGraphStore.reason(error))
        }
    }

    // MARK: Running statements

    /// Runs one statement and collects its rows.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw DatabaseFailure(error)
        }
    }

    /// Runs `body` with this store's connection to itself: one call at a time.
    func exclusively<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body()
        } catch {
            throw storeError(error)
        }
    }

    /// Runs `body` in one read-only transaction that sees a single snapshot of the store.
    func read<T>(_ body: () throws -> T) throws -> T {
        try exclusively {
            try run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let value = try body()
                try run("COMMIT")
                return value
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    /// A failed statement: the server's SQLSTATE and message, or why the connection failed.
    struct DatabaseFailure: Error {
        var sqlState: String?
        var message: String
        var connectionLost: Bool

        init(_ error: Error) {
            if let psql = error as? PSQLError {
                sqlState = psql.serverInfo?[.sqlState]
                message = psql.serverInfo?[.message] ?? PostgresGraphStore.reason(psql)
                connectionLost = psql.serverInfo == nil
            } else {
                sqlState = nil
                message = "\(error)"
                connectionLost = true
            }
        }

        /// A deadlock, a serialization conflict, or a key another writer took or removed
        /// at the same time: running the transaction again resolves it.
        var isRetryable: Bool {
            ["40001", "40P01", "23505", "23503"].contains(sqlState ?? "")
        }
    }

    /// The `StoreError` for a failure, naming the store by its masked URL.
    func storeError(_ error: Error) -> Error {
        guard let failure = error as? DatabaseFailure else { return error }
        switch failure.sqlState {
        case "55P03", "57014":
            return StoreError.busy(path: path, waited: busyTimeout)
        case "25006", "42501":
            return StoreError.readOnly(path: path)
        default:
            if failure.connectionLost { return StoreError.unreachable(path: path, reason: failure.message) }
            return StoreError.database(path: path, reason: failure.message)
        }
    }

    /// A short reason for a connection error, without credentials.
    static func reason(_ error: Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return StoreLocation.masked("\(underlying)") }
            return "\(psql.code)"
        }
        return StoreLocation.masked("\(error)")
    }

    // MARK: Schema

    /// Refuses a database that is not a kg store or was migrated by a newer kg, then
    /// (with `create`) applies the missing migrations. Migrating happens under an
    /// advisory lock, with the checks made again there, so that kg started at once on
    /// a new database migrate it once; each migration, with its record in
    /// `kg_migrations`, is one transaction, so others see all of it or none.
    private func prepareSchema(create: Bool) throws {
        try exclusively {
            if try checkSchema(create: create) { return }
            try run("SELECT pg_advisory_lock(\(PostgresSchema.migrationLock))")
            defer { _ = try? run("SELECT pg_advisory_unlock(\(PostgresSchema.migrationLock))") }
            guard try !checkSchema(create: create) else { return }
            let applied = try appliedIdentifiers() ?? []
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                try run("BEGIN")
                do {
                    try run(PostgresQuery(unsafeSQL: PostgresSchema.migrationsTable))
                    for statement in migration.sql.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
                        try run(PostgresQuery(unsafeSQL: String(statement)))
                    }
                    try run("INSERT INTO kg_migrations (identifier) VALUES (\(migration.identifier))")
                    try run("COMMIT")
                } catch {
                    _ = try? run("ROLLBACK")
                    throw error
                }
            }
        }
    }

    /// Whether the schema is complete; throws for a database that is not a store, one
    /// from a newer kg, or (without `create`) one with no store yet.
    private func checkSchema(create: Bool) throws -> Bool {
        guard let applied = try appliedIdentifiers() else {
            let tables = try run("""
                SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()
                """).first?.decode(Int.self) ?? 0
            if tables > 0 { throw StoreError.notAStore(path: path) }
            if !create { throw StoreError.missing(path: path) }
            return false
        }
        return Set(applied).isSuperset(of: PostgresSchema.identifiers)
    }

    /// The applied migrations, nil when the database has no kg tables; refuses unknown ones.
    private func appliedIdentifiers() throws -> [String]? {
        let exists = try run("SELECT to_regclass('kg_migrations') IS NOT NULL").first?.decode(Bool.self) ?? false
        guard exists else { return nil }
        let applied = try run("SELECT identifier FROM kg_migrations ORDER BY appliedAt, identifier").map { try $0.decode(String.self) }
        let unknown = applied.filter { !PostgresSchema.identifiers.contains($0) }.sorted()
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        return applied
    }

    public func appliedMigrations() throws -> [String] {
        try exclusively {
            let applied = try run("SELECT identifier FROM kg_migrations").map { try $0.decode(String.self) }
            return PostgresSchema.identifiers.filter(applied.contains)
        }
    }

    // MARK: Small reads

    public func knownContentHashes() throws -> Set<String> {
        try exclusively {
            Set(try run("SELECT contentHash FROM document WHERE contentHash IS NOT NULL").map { try $0.decode(String.self) })
        }
    }

    public func counts() throws -> StoreCounts {
        try read {
            let row = try run("""
                SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM actor), (SELECT count(*) FROM fact),
                       (SELECT count(*) FROM evidence), (SELECT count(*) FROM build)
                """).first!
            let (d, a, f, e, b) = try row.decode((Int, Int, Int, Int, Int).self)
            return StoreCounts(documents: d, actors: a, facts: f, evidence: e, builds: b)
        }
    }

    public func latestBuildID() throws -> Int64? {
        try exclusively { try run("SELECT max(id) FROM build").first?.decode(Int64?.self) ?? nil }
    }
}
