import Foundation
import XCTest

/// `kg build` stores documents batch by batch and leaves alone the outputs of a
/// rebuild that changed nothing.
final class BuildBatchCommandTests: XCTestCase {
    static let articles = [
        "a.txt": "Week one\n\nRussia supports Syria in the talks.\n",
        "b.txt": "Week two\n\nFrance criticized Germany over the budget.\n",
        "c.txt": "Week three\n\nNorway condemned Venezuela on Saturday.\n",
    ]

    private func folder() throws -> URL {
        let folder = try KGRunner.temporaryFolder(self)
        for (name, text) in Self.articles { try KGRunner.write(text, to: "articles/\(name)", in: folder) }
        return folder
    }

    func testABuildKilledInItsSecondBatchKeepsTheFirstAndTheNextBuildDoesTheRest() throws {
        let folder = try folder()
        let (build, paused) = try StoreCommandTests.start(["build", "articles", "--out", "out", "--format", "dot"],
                                                          env: ["KG_TEST_INGEST_PAUSE_SECONDS": "120", "KG_TEST_INGEST_PAUSE_BATCH": "2",
                                                                "KG_BATCH_SIZE": "1"],
                                                          in: folder, until: "ingest paused")
        XCTAssertTrue(paused, "the build never reached its second batch")
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        let stored = try KGRunner.run(["query", "--store", "out/kg.sqlite", "--json", "--evidence"], in: folder)
        XCTAssertEqual(stored.status, 0, stored.stderr)
        XCTAssertTrue(stored.stdout.contains("\"document\" : \"a\""), "the committed first batch was lost: \(stored.stdout)")
        XCTAssertFalse(stored.stdout.contains("\"document\" : \"b\""), "the killed batch left something behind")
        let next = try KGRunner.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertTrue(next.stdout.contains("2 new, 0 changed, 1 unchanged documents"), next.stdout)
    }

    func testARebuildThatChangesNothingKeepsItsOutputsAndRedrawsOneRemoved() throws {
        let folder = try folder()
        let arguments = ["build", "articles", "--out", "out", "--format", "dot", "jsonld"]
        XCTAssertEqual(try KGRunner.run(arguments, in: folder).status, 0)
        let jsonld = folder.appendingPathComponent("out/graph.jsonld")
        let written = try FileManager.default.attributesOfItem(atPath: jsonld.path)[.modificationDate] as? Date
        let again = try KGRunner.run(arguments, in: folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("kept"), again.stdout)
        XCTAssertFalse(again.stdout.contains("wrote"), again.stdout)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: jsonld.path)[.modificationDate] as? Date, written)
        // Another view, or an output gone, draws them again.
        let other = try KGRunner.run(arguments + ["--focus", "Russia"], in: folder)
        XCTAssertTrue(other.stdout.contains("wrote"), other.stdout)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out/graph.dot"))
        let redrawn = try KGRunner.run(arguments + ["--focus", "Russia"], in: folder)
        XCTAssertTrue(redrawn.stdout.contains("wrote"), redrawn.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/graph.dot").path))
        // New articles change the store, and so the outputs.
        try KGRunner.write("Week four\n\nSpain supports Portugal at the summit.\n", to: "articles/d.txt", in: folder)
        let grown = try KGRunner.run(arguments + ["--focus", "Russia"], in: folder)
        XCTAssertTrue(grown.stdout.contains("1 new") && grown.stdout.contains("wrote"), grown.stdout)
    }
}
