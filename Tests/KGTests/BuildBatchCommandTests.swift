import Foundation
import XCTest

/// `kg build` stores documents batch by batch.
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
}
