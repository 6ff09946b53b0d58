@testable import Graph
import Foundation
import XCTest

/// A ratchet on extraction quality: strict F1 on the seed articles and on the dev set, as
/// `../shared/eval/score.py` measures it, may not fall more than `tolerance` below the
/// numbers in `Tests/Fixtures/quality/record.json`. When the extractor gets better, raise
/// the record to the new numbers (printed by this test, rounded down to 3 decimals).
///
/// The extractor runs in-process on each text; its JSON goes into a temporary folder that
/// score.py reads. Skipped when `../shared` (beside the package root) or `python3` is absent.
final class QualityRatchetTests: XCTestCase {
    /// The recorded strict F1 scores.
    struct Record: Decodable {
        var seeds: Double
        var dev: Double

        enum CodingKeys: String, CodingKey {
            case seeds = "seeds_strict_f1"
            case dev = "dev_strict_f1"
        }
    }

    /// How far below the record a score may fall before the test fails.
    static let tolerance = 0.01

    /// The package root: three levels above this file's folder (Tests/GraphTests/Quality).
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }
    static var recordFile: URL { packageRoot.appendingPathComponent("Tests/Fixtures/quality/record.json") }

    /// `python3` on the PATH, or `nil`.
    static var python3: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func testStrictF1StaysAtTheRecord() throws {
        let shared = Self.shared
        let needed = ["eval/score.py", "seeds", "gold/seeds", "gold/dev", "gold/make_dev_texts.py"]
        let missing = needed.filter { !FileManager.default.fileExists(atPath: shared.appendingPathComponent($0).path) }
        if missing.count == needed.count {
            throw XCTSkip("quality ratchet: \(shared.path) is absent; put the shared data beside the checkout to run it")
        }
        if !missing.isEmpty {
            throw XCTSkip("quality ratchet: \(shared.path) lacks \(missing.joined(separator: ", "))")
        }
        guard let python = Self.python3 else {
            throw XCTSkip("quality ratchet: python3 is not on the PATH; install it to run score.py")
        }
        let record = try JSONDecoder().decode(Record.self, from: Data(contentsOf: Self.recordFile))
        let work = try temporaryFolder()

        let seeds = try strictF1(texts: shared.appendingPathComponent("seeds"),
                                 gold: shared.appendingPathComponent("gold/seeds"),
                                 predictions: work.appendingPathComponent("seeds"), python: python)

        let devTexts = work.appendingPathComponent("dev-texts")
        _ = try run(python, [shared.appendingPathComponent("gold/make_dev_texts.py").path, devTexts.path])
        let dev = try strictF1(texts: devTexts, gold: shared.appendingPathComponent("gold/dev"),
                               predictions: work.appendingPathComponent("dev"), python: python)

        print(String(format: "quality ratchet: seeds strict F1 %.4f (record %.3f), dev strict F1 %.4f (record %.3f)",
                     seeds, record.seeds, dev, record.dev))
        XCTAssertGreaterThanOrEqual(seeds, record.seeds - Self.tolerance,
                                    "seeds strict F1 fell below the record in \(Self.recordFile.path)")
        XCTAssertGreaterThanOrEqual(dev, record.dev - Self.tolerance,
                                    "dev strict F1 fell below the record in \(Self.recordFile.path)")
    }

    /// Extracts every NAME.txt of `texts` into `predictions`/NAME.json and returns score.py's strict F1.
    private func strictF1(texts: URL, gold: URL, predictions: URL, python: URL) throws -> Double {
        let files = try FileManager.default.contentsOfDirectory(at: texts, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        XCTAssertFalse(files.isEmpty, "no .txt files in \(texts.path)")
        try FileManager.default.createDirectory(at: predictions, withIntermediateDirectories: true)
        let extractor = Extractor()
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: file, encoding: .utf8)
            let extraction = extractor.extract(text: text, kind: .plain, id: name, source: file.path)
            try extraction.jsonData().write(to: predictions.appendingPathComponent("\(name).json"))
        }
        let output = try run(python, [Self.shared.appendingPathComponent("eval/score.py").path,
                                      "--gold", gold.path, "--pred", predictions.path, "--json"])
        struct Scores: Decodable {
            struct Totals: Decodable { var f1: Double }
            var strict: Totals
        }
        return try JSONDecoder().decode(Scores.self, from: output).strict.f1
    }

    /// Runs `executable` and returns its standard output; standard error goes to the test log.
    private func run(_ executable: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        // Read before waiting so a large output cannot block the child.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        XCTAssertEqual(process.terminationStatus, 0, "\(command) failed")
        return data
    }

    /// A fresh folder removed after the test.
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-quality-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
