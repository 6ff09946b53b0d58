import Foundation
import XCTest

final class ExtractCommandTests: XCTestCase {
    func testJSONFollowsTheOntologyContract() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let article = try KGRunner.write("Old friends\n\nRussia supports Bashar al-Assad.\n", to: "story.txt", in: folder)
        let outcome = try KGRunner.run(["extract", article.path, "--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let document = try XCTUnwrap(json["document"] as? [String: Any])
        XCTAssertEqual(document["id"] as? String, "story")
        let entities = try XCTUnwrap(json["entities"] as? [[String: Any]])
        let labels = Set(entities.compactMap { $0["label"] as? String })
        XCTAssertTrue(labels.isSuperset(of: ["Russia", "Bashar al-Assad"]), "\(labels)")
        let triples = try XCTUnwrap(json["triples"] as? [[String: Any]])
        let support = try XCTUnwrap(triples.first { $0["predicate"] as? String == "supports" })
        XCTAssertEqual(support["subject"] as? String, "russia")
        XCTAssertEqual(support["object"] as? String, "bashar-al-assad")
        XCTAssertEqual(support["negated"] as? Bool, false)
        XCTAssertEqual(support["modality"] as? String, "asserted")
        let evidence = try XCTUnwrap((support["evidence"] as? [[String: Any]])?.first)
        let start = try XCTUnwrap(evidence["start"] as? Int), end = try XCTUnwrap(evidence["end"] as? Int)
        let scalars = Array(try String(contentsOf: article, encoding: .utf8).unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), evidence["text"] as? String)
    }

    func testTextFormatPrintsOneFactPerLineFromStandardInput() throws {
        let outcome = try KGRunner.run(["extract", "-", "--format", "text"], input: "Note\n\nThe United States opposes Bashar al-Assad.\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("United States opposes Bashar al-Assad"), outcome.stdout)
    }

    func testMissingFileExitsNonZero() throws {
        let outcome = try KGRunner.run(["extract", "/nonexistent/story.txt"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("/nonexistent/story.txt: no such file"), outcome.stderr)
    }
}
