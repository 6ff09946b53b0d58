import Foundation

/// Why the graph store could not be opened, read or written.
///
/// Every case names the store file, so a message is useful on its own.
public enum StoreError: LocalizedError, Equatable, Sendable {
    /// The file exists but is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database that is not a kg store (other tables, no kg migrations).
    case notAStore(path: String)
    /// The store was written by a newer kg: it has migrations this kg does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// No store at the path and the command does not create one.
    case missing(path: String)
    /// Another process holds the store's write lock longer than the busy timeout.
    case busy(path: String, waited: TimeInterval)
    /// The store (or its folder) cannot be written to.
    case readOnly(path: String)
    /// A new store cannot be created because kg may not write in its folder (the
    /// nearest one that exists).
    case folderNotWritable(path: String, folder: String)
    /// The database is damaged or cannot be read.
    case unreadable(path: String, reason: String)
    /// A database operation failed.
    case database(path: String, reason: String)
    /// A PostgreSQL store was asked of a kg built without PostgreSQL.
    case postgresNotBuilt(path: String)
    /// The PostgreSQL server cannot be reached or refused the connection.
    case unreachable(path: String, reason: String)

    public var path: String {
        switch self {
        case .notSQLite(let p), .notAStore(let p), .newerSchema(let p, _), .missing(let p),
             .busy(let p, _), .readOnly(let p), .folderNotWritable(let p, _), .unreadable(let p, _), .database(let p, _),
             .postgresNotBuilt(let p), .unreachable(let p, _):
            return p
        }
    }

    /// The message, its paths, names and server text escaped (`TerminalText.escaped`) so that
    /// printing it cannot send a terminal escape sequence or forge another line.
    public var errorDescription: String? {
        TerminalText.escaped(StoreLocation.masked(message))
    }

    private var message: String {
        switch self {
        case .notSQLite(let path):
            return "\(path): is not an SQLite database, so it cannot be a kg store; it was left untouched. Give --store another path."
        case .notAStore(let path):
            return "\(path): is an SQLite database but not a kg store; it was left untouched. Give --store another path."
        case .newerSchema(let path, let unknown):
            return "\(path): was written by a newer kg (unknown migrations: \(unknown.joined(separator: ", "))); it was left untouched. Upgrade kg to use it."
        case .missing(let path):
            return "\(path): no store there; run `kg build` first or give --store."
        case .busy(let path, let waited):
            return "\(path): the store is busy (another kg is writing to it; waited \(String(format: "%.0f", waited)) s). Try again when it has finished."
        case .readOnly(let path):
            return "\(path): the store cannot be written (the file or its folder is read-only); nothing was stored. Give --store a path you can write to."
        case .folderNotWritable(let path, let folder):
            return "\(path): a new store cannot be created there: the folder \(folder) is not writable. Give --store a path in a folder you can write to."
        case .unreadable(let path, let reason):
            return "\(path): the store cannot be read (\(reason))."
        case .database(let path, let reason):
            return "\(path): store error: \(reason)"
        case .postgresNotBuilt(let path):
            return "\(path): this kg was built without PostgreSQL. Build it with the PostgreSQL trait "
                + "(`swift build -c release --traits PostgreSQL`, or `make run TRAITS=PostgreSQL`), or give --store a file path."
        case .unreachable(let path, let reason):
            return "\(path): cannot connect to the PostgreSQL server (\(reason)). Check the host, port, database and "
                + "credentials (in the URL, the PG* environment variables or ~/.pgpass)."
        }
    }
}
