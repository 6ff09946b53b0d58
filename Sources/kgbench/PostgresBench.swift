#if PostgreSQL
import ArgumentParser
import Foundation
import Graph
import PostgresStore

/// `kgbench postgres`: SQLite and PostgreSQL side by side on the Wikinews corpus.
///
/// Extracts the corpus once, then times the ingest alone: into a new SQLite store
/// (one transaction), and into a new PostgreSQL database with 1, 2 and 4 writers at
/// once (each its own connection and share of the articles, a transaction per
/// document). Then times `kg query --actor Russia` on both stores: the library call
/// and the whole command.
struct PostgresBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postgres",
        abstract: "Ingest rate with 1, 2 and 4 writers and query latency, SQLite against PostgreSQL."
    )

    @Option(name: .long, help: "Folder of Wikinews CSV files.")
    var corpus: String = "../shared/corpora/wikinews"

    @Option(name: .long, help: "URL of a PostgreSQL server where databases may be created (default: $KG_TEST_POSTGRES).")
    var server: String?

    @Option(name: .long, help: "The kg binary to time `kg query` with.")
    var kg: String = ".build/release/kg"

    @Option(name: .long, help: "Runs per query timing.")
    var runs: Int = 30

    func run() throws {
        guard let server = server ?? ProcessInfo.processInfo.environment["KG_TEST_POSTGRES"], !server.isEmpty else {
            print("postgres: no server (give --server or set KG_TEST_POSTGRES); skipped")
            return
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        guard !files.isEmpty else {
            print("postgres: \(corpus) is absent or empty; skipped")
            return
        }
        let result = GraphBuilder().extract(paths: files.map { (corpus as NSString).appendingPathComponent($0) })
        let extractions = result.extractions
        let facts = extractions.reduce(0) { $0 + $1.mergedTriples().count }
        print("postgres: \(extractions.count) Wikinews articles, \(facts) facts (each counted once per document)")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kgbench-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        let sqlitePath = work.appendingPathComponent("kg.sqlite").path
        var start = Date()
        try GraphStore(path: sqlitePath).ingest(extractions)
        let sqliteSeconds = Date().timeIntervalSince(start)
        line("sqlite", writers: 1, documents: extractions.count, facts: facts, seconds: sqliteSeconds)

        var lastURL = ""
        for writers in [1, 2, 4] {
            let url = try createDatabase(server, name: "kgbench_\(writers)_\(UUID().uuidString.prefix(8).lowercased())")
            _ = try PostgresGraphStore(url: url)  // schema first, outside the timing
            let shares = (0..<writers).map { w in extractions.enumerated().filter { $0.offset % writers == w }.map(\.element) }
            let failures = Failures()
            start = Date()
            DispatchQueue.concurrentPerform(iterations: writers) { w in
                do { try PostgresGraphStore(url: url).ingest(shares[w], afterEachDocument: nil) } catch { failures.add("\(error)") }
            }
            let seconds = Date().timeIntervalSince(start)
            if !failures.all.isEmpty { print("postgres: \(writers) writers failed: \(failures.all)") }
            line("postgresql", writers: writers, documents: extractions.count, facts: facts, seconds: seconds)
            lastURL = url
        }

        let sqlite = try GraphStore(path: sqlitePath)
        let postgres = try PostgresGraphStore(url: lastURL)
        let filter = FactFilter(actor: "Russia")
        let found = try sqlite.facts(matching: filter).facts.count
        XCTLikeCheck(found == (try postgres.facts(matching: filter).facts.count), "the two stores disagree on Russia's facts")
        let sqliteCall = try median(runs) { _ = try sqlite.facts(matching: filter) }
        let postgresCall = try median(runs) { _ = try postgres.facts(matching: filter) }
        print(String(format: "postgres: query --actor Russia (%d facts), library call, median of %d: sqlite %.2f ms, postgresql %.2f ms",
                     found, runs, sqliteCall * 1000, postgresCall * 1000))
        if FileManager.default.isExecutableFile(atPath: kg) {
            let commandRuns = max(5, runs / 3)
            let sqliteCommand = try median(commandRuns) { try runKG(["query", "--actor", "Russia", "--store", sqlitePath]) }
            let postgresCommand = try median(commandRuns) { try runKG(["query", "--actor", "Russia", "--store", lastURL]) }
            print(String(format: "postgres: kg query --actor Russia, whole command, median of %d: sqlite %.1f ms, postgresql %.1f ms",
                         commandRuns, sqliteCommand * 1000, postgresCommand * 1000))
        }
        for database in try psql(server, "SELECT datname FROM pg_database WHERE datname LIKE 'kgbench_%'").split(separator: "\n") {
            _ = try? psql(server, "DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        }
    }

    func line(_ store: String, writers: Int, documents: Int, facts: Int, seconds: Double) {
        print(String(format: "postgres: ingest %@ %d writer%@: %.3f s, %.0f documents/s, %.0f facts/s",
                     store, writers, writers == 1 ? "" : "s", seconds, Double(documents) / seconds, Double(facts) / seconds))
    }

    func XCTLikeCheck(_ condition: Bool, _ message: String) {
        if !condition { print("postgres: warning: \(message)") }
    }

    func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = Date()
            try body()
            times.append(Date().timeIntervalSince(start))
        }
        return times.sorted()[times.count / 2]
    }

    func runKG(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: kg)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    func createDatabase(_ server: String, name: String) throws -> String {
        try psql(server, "CREATE DATABASE \(name)")
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
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Messages collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
#endif
