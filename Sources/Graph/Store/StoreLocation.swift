import Foundation

/// Where a graph store lives, as `--store` or `KG_STORE` names it: a PostgreSQL URL
/// (`postgresql://user@host:port/db`, or `postgres://`) or else a file path for SQLite.
///
/// ```swift
/// StoreLocation("Output/kg.sqlite")                    // .sqlite(path: "Output/kg.sqlite")
/// StoreLocation("postgresql://kg@db.example:5432/kg")  // .postgres(url: ...)
/// ```
public enum StoreLocation: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public init(_ spec: String) {
        let lower = spec.lowercased()
        if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") {
            self = .postgres(url: spec)
        } else {
            self = .sqlite(path: spec)
        }
    }

    /// The store named by `--store` when given, else by `KG_STORE`, else `fallback`.
    public static func resolve(_ option: String?, environment: [String: String], fallback: String) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["KG_STORE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return fallback
    }

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// The location safe to print: a URL's password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return StoreLocation.masked(url)
        }
    }

    /// `text` with the password of every PostgreSQL URL in it, and any `password=`
    /// parameter, replaced by `***`: what kg prints never holds a credential.
    public static func masked(_ text: String) -> String {
        var result = text
        for (pattern, template) in maskPatterns {
            let range = NSRange(result.startIndex..., in: result)
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    private static let maskPatterns: [(NSRegularExpression, String)] = [
        // scheme://user:password@ (the password may hold anything but '@' and spaces)
        (try! NSRegularExpression(pattern: #"(?i)(postgres(?:ql)?://[^:/@\s]*):[^\s]*@"#), "$1:***@"),
        (try! NSRegularExpression(pattern: #"(?i)(password=)[^&\s]*"#), "$1***"),
    ]
}

/// Opens the store a `--store` value names: SQLite always, PostgreSQL when the
/// program was built with it (the `PostgreSQL` package trait registers the opener).
///
/// Thread safety: a value type; `open` may be called from any thread.
public struct StoreOpener: Sendable {
    /// Opens a PostgreSQL store: the URL as given, whether to create the schema, the busy timeout.
    public typealias PostgresOpen = @Sendable (_ url: String, _ create: Bool, _ busyTimeout: TimeInterval) throws -> any KnowledgeStore

    public var openPostgres: PostgresOpen?

    public init(postgres: PostgresOpen? = nil) {
        openPostgres = postgres
    }

    /// Opens the store at `spec` (see `StoreLocation`). A file store is opened as
    /// `GraphStore.init` does; with `readOnly`, a file kg may not write is only read.
    /// - Throws: `StoreError` (`.postgresNotBuilt` for a URL when PostgreSQL is not built in).
    public func open(_ spec: String, create: Bool, readOnly: Bool = false,
                     busyTimeout: TimeInterval = 10) throws -> any KnowledgeStore {
        switch StoreLocation(spec) {
        case .sqlite(let path):
            return try GraphStore(path: path, create: create, readOnly: readOnly, busyTimeout: busyTimeout)
        case .postgres(let url):
            guard let openPostgres else { throw StoreError.postgresNotBuilt(path: StoreLocation.masked(url)) }
            return try openPostgres(url, create, busyTimeout)
        }
    }
}
