import Foundation
import XCTest

/// End-to-end: `--since`/`--until` on `kg query` and `kg export`, over dated articles.
final class QueryDatesCommandTests: XCTestCase {
    private func buildDatedArticles() throws -> URL {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        _ = try KGRunner.write("A statement from the ministry\n\nSeptember 20, 2019\n\nNorway condemned Venezuela on Friday.\n", to: "sep.txt", in: articles)
        _ = try KGRunner.write("A second statement from the ministry\n\nOctober 5, 2019\n\nNorway condemned Venezuela on Saturday.\n\nSweden met Finland in Stockholm.\n", to: "oct.txt", in: articles)
        _ = try KGRunner.write("---\ntitle: Arctic talks\ndate: 2019-11-02\nurl: https://blog.example/arctic\n---\nSweden met Finland in Oslo.\n", to: "nov.md", in: articles)
        let build = try KGRunner.run(["build", articles.path, "--out", folder.appendingPathComponent("out").path, "--format", "dot"], in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        return folder
    }

    func testQueryForAMonthGivesOnlyItsFactsWithTheirDates() throws {
        let folder = try buildDatedArticles()
        let outcome = try KGRunner.run(["query", "--store", "out/kg.sqlite", "--since", "2019-10-01", "--until", "2019-10-31", "--json", "--evidence"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let facts = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(facts.count, 2, outcome.stdout)
        for fact in facts {
            XCTAssertEqual(fact["first_reported"] as? String, "2019-10-05")
            XCTAssertEqual(fact["last_reported"] as? String, "2019-10-05")
            XCTAssertEqual((fact["evidence"] as? [[String: Any]])?.compactMap { $0["date"] as? String }, ["2019-10-05"])
        }
        let all = try KGRunner.run(["query", "--store", "out/kg.sqlite", "--json"], in: folder)
        let meets = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])?.first { $0["predicate"] as? String == "meetsWith" })
        XCTAssertEqual(meets["first_reported"] as? String, "2019-10-05")
        XCTAssertEqual(meets["last_reported"] as? String, "2019-11-02")
    }

    func testExportTakesTheSpanAndNamesDocumentsByAddress() throws {
        let folder = try buildDatedArticles()
        let export = try KGRunner.run(["export", "--store", "out/kg.sqlite", "--format", "nt", "--since", "2019-11"], in: folder)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(export.stdout.contains("<https://schema.org/url> <https://blog.example/arctic>"), export.stdout)
        XCTAssertFalse(export.stdout.contains("kg:criticizes") || export.stdout.contains("criticizes>"), export.stdout)
        XCTAssertFalse(export.stdout.contains(folder.path), "an absolute path of this machine was published")
    }

    func testABadDateIsRefused() throws {
        let folder = try buildDatedArticles()
        for arguments in [["query", "--store", "out/kg.sqlite", "--since", "October 2019"],
                          ["export", "--store", "out/kg.sqlite", "--since", "2019-10-31", "--until", "2019-10-01"]] {
            let outcome = try KGRunner.run(arguments, in: folder)
            XCTAssertNotEqual(outcome.status, 0, arguments.joined(separator: " "))
            XCTAssertFalse(outcome.stderr.isEmpty, arguments.joined(separator: " "))
        }
    }
}
