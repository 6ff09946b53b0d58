import Foundation
import XCTest

/// End-to-end tests of `--store postgresql://…` through the built `kg` (built with the
/// PostgreSQL trait by `make test`), against the server named by KG_TEST_POSTGRES.
/// Skipped, saying so, when that is unset.
final class PostgresCommandTests: XCTestCase {
    static var shared: URL { KGRunner.packageRoot.appendingPathComponent("../shared").standardizedFileURL }

    /// A new empty database on the test server, dropped when the test ends.
    func database() throws -> String {
        guard let server = ProcessInfo.processInfo.environment["KG_TEST_POSTGRES"], !server.isEmpty else {
            throw XCTSkip("KG_TEST_POSTGRES is not set: no PostgreSQL server to test against (`make test` starts one)")
        }
        let name = "kg_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql(server, "CREATE DATABASE \(name)")
        addTeardownBlock { [self] in _ = try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        var components = URLComponents(string: server)!
        components.path = "/\(name)"
        return components.string!
    }

    @discardableResult
    func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, sql)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func kg(_ arguments: [String], env: [String: String] = [:], in folder: URL) throws -> KGRunner.Outcome {
        let outcome = try StoreCommandTests.run(arguments, env: env, in: folder)
        XCTAssertEqual(outcome.status, 0, "kg \(arguments.joined(separator: " ")): \(outcome.stderr)")
        return outcome
    }

    /// What every reading command prints for a store: the exports in every format and
    /// the listings, keyed by command.
    func views(of store: String, in folder: URL) throws -> [String: String] {
        var views: [String: String] = [:]
        for format in ["jsonld", "nt", "ttl", "csv", "graphml"] {
            views["export \(format)"] = try kg(["export", "--format", format, "--store", store], in: folder).stdout
        }
        let commands: [[String]] = [
            ["query", "--json", "--evidence"], ["query", "--actor", "Russia", "--evidence"], ["query", "--csv", "--since", "2019-10-01"],
            ["actors", "--json"], ["camps", "--json"], ["matrix", "--csv"], ["matrix", "--json"],
        ]
        for command in commands {
            views[command.joined(separator: " ")] = try kg(command + ["--store", store], in: folder).stdout
        }
        return views
    }

    func assertSameViews(_ a: [String: String], _ b: [String: String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.keys.sorted(), b.keys.sorted(), file: file, line: line)
        for key in a.keys.sorted() {
            XCTAssertFalse((a[key] ?? "").isEmpty, key, file: file, line: line)
            XCTAssertTrue(a[key] == b[key], "\(key) differs", file: file, line: line)
        }
    }

    func testSeedsBuiltIntoPostgreSQLGiveTheFactsEvidenceAndExportsOfSQLite() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let seeds = Self.shared.appendingPathComponent("seeds").path
        let url = try database()
        let sqlite = folder.appendingPathComponent("seeds.sqlite").path
        try kg(["build", seeds, "--store", sqlite, "--out", "sqlite-out", "--format", "dot", "-q"], in: folder)
        try kg(["build", seeds, "--store", url, "--out", "pg-out", "--format", "dot", "-q"], in: folder)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("pg-out/graph.dot"), encoding: .utf8),
                       try String(contentsOf: folder.appendingPathComponent("sqlite-out/graph.dot"), encoding: .utf8))
        assertSameViews(try views(of: url, in: folder), try views(of: sqlite, in: folder))
        // kg render draws from PostgreSQL too, and a second build finds everything stored.
        try kg(["render", "--store", url, "--out", "pg-render", "--format", "dot", "-q"], in: folder)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("pg-render/graph.dot"), encoding: .utf8),
                       try String(contentsOf: folder.appendingPathComponent("sqlite-out/graph.dot"), encoding: .utf8))
        let again = try kg(["build", seeds, "--store", url, "--out", "pg-out", "--format", "dot"], in: folder)
        XCTAssertTrue(again.stdout.hasPrefix("0 new, 0 changed, 5 unchanged documents"), again.stdout)
        // KG_STORE names the store when --store does not.
        XCTAssertEqual(try kg(["query", "--json", "--evidence"], env: ["KG_STORE": url], in: folder).stdout,
                       try kg(["query", "--json", "--evidence", "--store", sqlite], in: folder).stdout)
    }

    func testImportIntoPostgreSQLMatchesImportIntoSQLite() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let url = try database()
        var files: [String] = []
        for (index, seed) in try FileManager.default.contentsOfDirectory(atPath: Self.shared.appendingPathComponent("seeds").path).sorted().enumerated() {
            let outcome = try kg(["extract", Self.shared.appendingPathComponent("seeds/\(seed)").path], in: folder)
            files.append(try KGRunner.write(outcome.stdout, to: "extraction-\(index).json", in: folder).path)
        }
        try kg(["import", "-q", "--store", url] + files, in: folder)
        try kg(["import", "-q", "--store", "imported.sqlite"] + files, in: folder)
        assertSameViews(try views(of: url, in: folder), try views(of: "imported.sqlite", in: folder))
    }

    func testFourConcurrentBuildsOfTheQuartersGiveTheGraphOfOneSequentialBuild() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let quarters = try writeQuarters(in: folder)
        let sequential = try database(), concurrent = try database()
        try kg(["build"] + quarters + ["--store", sequential, "--out", "seq", "--format", "dot", "-q"], in: folder)
        // Four writers at once, each over a quarter of the corpus.
        let processes = quarters.enumerated().map { index, quarter in
            StoreCommandTests.process(["build", quarter, "--store", concurrent, "--out", "q\(index)", "--format", "dot", "-q"],
                                      env: [:], in: folder)
        }
        let errors = processes.map { process -> Pipe in
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            return pipe
        }
        for process in processes { try process.run() }
        for (process, pipe) in zip(processes, errors) {
            let message = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, message)
        }
        let one = try views(of: sequential, in: folder), four = try views(of: concurrent, in: folder)
        assertSameViews(four, one)
        XCTAssertEqual(try psql(concurrent, "SELECT count(*) FROM document"), try psql(sequential, "SELECT count(*) FROM document"))
        XCTAssertEqual(try psql(concurrent, "SELECT count(*) FROM evidence"), try psql(sequential, "SELECT count(*) FROM evidence"))
        XCTAssertEqual(try psql(concurrent, "SELECT count(*) FROM document"), "295")
    }

    /// The Wikinews corpus cut into four CSV files of about as many articles each.
    func writeQuarters(in folder: URL) throws -> [String] {
        let corpus = Self.shared.appendingPathComponent("corpora/wikinews")
        var header = ""
        var rows: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".csv") {
            let records = Self.csvRecords(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8))
            header = records[0]
            rows += records.dropFirst()
        }
        let size = (rows.count + 3) / 4
        return try (0..<4).map { quarter in
            let part = rows[min(rows.count, quarter * size)..<min(rows.count, (quarter + 1) * size)]
            return try KGRunner.write(([header] + part).joined(separator: "\n") + "\n", to: "quarter-\(quarter + 1).csv", in: folder).path
        }
    }

    /// The records of a CSV text, each as written (quoted fields may hold line breaks).
    static func csvRecords(_ text: String) -> [String] {
        var records: [String] = [], current = "", quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if (character == "\n" || character == "\r\n") && !quoted {
                if !current.isEmpty { records.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { records.append(current) }
        return records
    }

    func testAStoreURLNeverShowsItsPassword() throws {
        let folder = try KGRunner.temporaryFolder(self)
        _ = try database()  // skips without a server
        let outcome = try StoreCommandTests.run(["query", "--store", "postgresql://kg:hunter2@127.0.0.1:1/nothing"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("postgresql://kg:***@127.0.0.1:1/nothing"), outcome.stderr)
        XCTAssertFalse((outcome.stderr + outcome.stdout).contains("hunter2"))
    }
}
