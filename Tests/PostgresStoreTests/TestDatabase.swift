import Foundation
import XCTest

/// A fresh PostgreSQL database on the test server named by `KG_TEST_POSTGRES` (which
/// `make test` sets: scripts/postgres.sh starts a throwaway cluster), dropped when the
/// test ends. Tests that need one are skipped, saying so, when the variable is unset.
enum TestDatabase {
    static var serverURL: String? {
        let url = ProcessInfo.processInfo.environment["KG_TEST_POSTGRES"]
        return (url?.isEmpty ?? true) ? nil : url
    }

    /// The URL of a new empty database.
    static func make(_ test: XCTestCase) throws -> String {
        guard let server = serverURL else {
            throw XCTSkip("KG_TEST_POSTGRES is not set: no PostgreSQL server to test against (`make test` starts one)")
        }
        let name = "kg_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql(server, "CREATE DATABASE \(name)")
        test.addTeardownBlock { _ = try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        return url(server, database: String(name))
    }

    /// `server` with its database replaced.
    static func url(_ server: String, database: String) -> String {
        var components = URLComponents(string: server)!
        components.path = "/" + database
        return components.string!
    }

    /// Runs SQL with psql and returns its unaligned, tuples-only output.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "psql", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: String(decoding: errors, as: UTF8.self)])
        }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
