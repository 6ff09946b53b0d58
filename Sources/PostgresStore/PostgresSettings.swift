import Foundation
import Graph

/// Where and as whom to connect, from a `postgresql://` URL completed by the standard
/// libpq environment variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`,
/// `PGDATABASE`, `PGSSLMODE`) and the password file (`PGPASSFILE`, else `~/.pgpass`).
///
/// The URL wins over the environment, and a password in neither is looked up in the
/// password file, as libpq does. `description` never shows the password.
///
/// ```swift
/// let settings = try PostgresSettings(url: "postgresql://kg@127.0.0.1:5432/news", environment: [:])
/// settings.host      // "127.0.0.1"
/// ```
public struct PostgresSettings: Equatable, Sendable, CustomStringConvertible {
    public enum TLSMode: String, Sendable {
        case disable, prefer, require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// - Throws: `StoreError.unreachable` for a URL that cannot be read.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                homeDirectory: String = NSHomeDirectory()) throws {
        let masked = StoreLocation.masked(url)
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "postgresql" || scheme == "postgres" else {
            throw StoreError.unreachable(path: masked, reason: "not a postgresql://user@host:port/database URL")
        }
        let query = Dictionary(components.queryItems?.map { ($0.name.lowercased(), $0.value ?? "") } ?? [],
                               uniquingKeysWith: { _, last in last })
        func nonEmpty(_ value: String?) -> String? { (value?.isEmpty ?? true) ? nil : value }
        host = nonEmpty(components.percentEncodedHost.flatMap { $0.removingPercentEncoding })
            ?? nonEmpty(query["host"]) ?? nonEmpty(environment["PGHOST"]) ?? "localhost"
        if let port = components.port {
            self.port = port
        } else if let text = nonEmpty(query["port"]) ?? nonEmpty(environment["PGPORT"]) {
            guard let port = Int(text), (1...65535).contains(port) else {
                throw StoreError.unreachable(path: masked, reason: "the port \(text) is not a number from 1 to 65535")
            }
            self.port = port
        } else {
            port = 5432
        }
        user = nonEmpty(components.user?.removingPercentEncoding) ?? nonEmpty(query["user"]) ?? nonEmpty(environment["PGUSER"])
            ?? nonEmpty(ProcessInfo.processInfo.userName) ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = nonEmpty(path.removingPercentEncoding) ?? nonEmpty(query["dbname"]) ?? nonEmpty(environment["PGDATABASE"]) ?? user
        let mode = nonEmpty(query["sslmode"]) ?? nonEmpty(environment["PGSSLMODE"]) ?? "disable"
        switch mode {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw StoreError.unreachable(path: masked, reason: "unknown sslmode '\(mode)'; use disable, prefer or require")
        }
        password = components.password?.removingPercentEncoding ?? nonEmpty(environment["PGPASSWORD"])
        if password == nil {
            let file = nonEmpty(environment["PGPASSFILE"]) ?? (homeDirectory as NSString).appendingPathComponent(".pgpass")
            password = PostgresSettings.passwordFile(file, host: host, port: port, database: database, user: user)
        }
    }

    /// The password for these settings in a libpq password file
    /// (`hostname:port:database:username:password`, `*` matches anything, `\` escapes),
    /// or nil. The file is ignored when others may read it, as libpq does.
    static func passwordFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = splitFields(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func splitFields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", escaped = false
        for character in line {
            if escaped { field.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" && fields.count < 4 { fields.append(field); field = "" }
            else { field.append(character) }
        }
        fields.append(field)
        return fields
    }

    /// `postgresql://user@host:port/database`, never with the password.
    public var description: String {
        "postgresql://\(user)@\(host):\(port)/\(database)"
    }
}
