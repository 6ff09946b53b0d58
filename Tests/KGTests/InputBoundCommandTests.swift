import Foundation
import XCTest

/// Inputs that never end, are too large, or are not files: kg says so by name, at once.
final class InputBoundCommandTests: XCTestCase {
    private let article = "Russia supports Syria. France criticized Russia.\n"

    /// Runs `kg` with `stdin` as its standard input (a file handle or a process's
    /// output); fails the test and stops kg if it has not ended after `limit` seconds.
    private func run(_ arguments: [String], in folder: URL, stdin: Any? = nil, limit: TimeInterval = 30) throws
        -> (status: Int32, stderr: String, seconds: TimeInterval) {
        let process = Process()
        process.executableURL = KGRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = stdin ?? FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        let started = Date()
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        if ended.wait(timeout: .now() + limit) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTFail("kg \(arguments.joined(separator: " ")) was still running after \(limit) s")
        }
        let seconds = Date().timeIntervalSince(started)
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self), seconds)
    }

    /// A process writing `line` forever (like `yes`), to feed kg an endless text.
    private func endless(_ line: String) throws -> Pipe {
        let feeder = Process()
        feeder.executableURL = URL(fileURLWithPath: "/usr/bin/yes")
        feeder.arguments = [line]
        let pipe = Pipe()
        feeder.standardOutput = pipe
        try feeder.run()
        addTeardownBlock {
            kill(feeder.processIdentifier, SIGKILL)
            feeder.waitUntilExit()
        }
        return pipe
    }

    func testEndlessTextOnStandardInputStopsAtTheLimitByName() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try run(["extract", "-"], in: folder, stdin: try endless("Russia supports Syria."))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.hasPrefix("kg: standard input: is larger than 20 MB"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("--max-article-size"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 10)
    }

    func testDevZeroOnStandardInputStopsAtOnce() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let zero = try XCTUnwrap(FileHandle(forReadingAtPath: "/dev/zero"))
        let outcome = try run(["extract", "-"], in: folder, stdin: zero)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stderr.split(separator: "\n").count, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasPrefix("kg: standard input: is a binary file"), outcome.stderr)
        XCTAssertLessThan(outcome.seconds, 10)
    }

    func testALargerLimitIsAnOptionAndASmallerOneNamesTheFile() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let long = String(repeating: article, count: 100)
        try KGRunner.write(long, to: "long.txt", in: folder)
        try KGRunner.write(article, to: "short.txt", in: folder)
        let refused = try run(["extract", "long.txt", "--max-article-size", "2KB"], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("kg: long.txt: is larger than 2 KB"), refused.stderr)
        XCTAssertEqual(try run(["extract", "long.txt", "--max-article-size", "1MB"], in: folder).status, 0)
        XCTAssertNotEqual(try run(["extract", "long.txt", "--max-article-size", "lots"], in: folder).status, 0)

        let built = try run(["build", "long.txt", "short.txt", "--max-article-size", "2KB", "--format", "dot", "-q"], in: folder)
        XCTAssertEqual(built.status, 1, "a refused article makes the build fail")
        XCTAssertTrue(built.stderr.contains("long.txt: is larger than 2 KB"), built.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/graph.dot").path),
                      "the other article still went through")
    }

    func testACorpusRowOverTheLimitIsSkippedByLine() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let long = String(repeating: "Russia supports Syria. ", count: 200)
        try KGRunner.write("{\"text\": \"\(article.dropLast())\"}\n{\"text\": \"\(long)\"}\n", to: "rows.jsonl", in: folder)
        let outcome = try run(["build", "rows.jsonl", "--max-article-size", "1KB", "--format", "dot", "-q"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("rows.jsonl:2: row has a text larger than 1 KB"), outcome.stderr)
    }

    func testANamedPipeAsAnArticleIsNamedNotWaitedOn() throws {
        let folder = try KGRunner.temporaryFolder(self)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600), 0)
        let extracted = try run(["extract", "pipe.txt"], in: folder, limit: 15)
        XCTAssertEqual(extracted.status, 1)
        XCTAssertTrue(extracted.stderr.contains("pipe.txt: is a named pipe (FIFO), not a file"), extracted.stderr)
        XCTAssertFalse(extracted.stderr.contains("ermission denied"), extracted.stderr)

        try KGRunner.write(article, to: "news.txt", in: folder)
        let built = try run(["build", ".", "--out", "out", "--format", "dot", "-q"], in: folder, limit: 60)
        XCTAssertEqual(built.status, 1)
        XCTAssertTrue(built.stderr.contains("pipe.txt: is a named pipe (FIFO)"), built.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/kg.sqlite").path))
    }

    func testADeviceAsAnArticleSaysWhatItIs() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try run(["extract", "/dev/null"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("/dev/null: is a character device, not a file"), outcome.stderr)
    }

    func testANamedPipeAsTheStoreIsRefused() throws {
        let folder = try KGRunner.temporaryFolder(self)
        try KGRunner.write(article, to: "news.txt", in: folder)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("store.sqlite").path, 0o600), 0)
        for arguments in [["build", "news.txt", "--store", "store.sqlite", "--format", "dot"],
                          ["query", "--store", "store.sqlite"],
                          ["import", "--store", "store.sqlite", "store.sqlite"]] {
            let outcome = try run(arguments, in: folder, limit: 20)
            XCTAssertEqual(outcome.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(outcome.stderr.contains("store.sqlite: is a named pipe (FIFO)"), outcome.stderr)
        }
    }
}
