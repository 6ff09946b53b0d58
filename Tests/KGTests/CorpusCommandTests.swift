import Foundation
import XCTest

/// End-to-end: a corpus file through `kg build`, a bad row in it.
final class CorpusCommandTests: XCTestCase {
    func testACorpusBuildsRowByRowAndABadRowIsNamed() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let csv = "link,published_at,headline,body\n"
            + "https://news.example/1,2019-10-05,Oslo speaks,Norway condemned Venezuela on Saturday.\n"
            + "https://news.example/2,2019-10-06,Short row\n"
            + "https://news.example/3,2019-11-02,Arctic talks,\"Sweden met Finland in Oslo, officials said.\"\n"
        _ = try KGRunner.write(csv, to: "crawl.csv", in: folder)
        let build = try KGRunner.run(["build", "crawl.csv", "--out", "out", "--format", "dot", "--fields", "text=body,date=published_at,title=headline,url=link"], in: folder)
        XCTAssertEqual(build.status, 1, build.stderr)
        XCTAssertTrue(build.stderr.contains("crawl.csv:3: row has 3 fields where the header names 4"), build.stderr)
        XCTAssertTrue(build.stdout.contains("2 new"), build.stdout)
        let query = try KGRunner.run(["query", "--store", "out/kg.sqlite", "--since", "2019-11", "--json", "--evidence"], in: folder)
        let facts = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(facts.count, 1, query.stdout)
        let evidence = try XCTUnwrap((facts.first?["evidence"] as? [[String: Any]])?.first)
        XCTAssertEqual(evidence["date"] as? String, "2019-11-02")
        XCTAssertEqual(evidence["url"] as? String, "https://news.example/3")
        XCTAssertEqual(evidence["title"] as? String, "Arctic talks")

        let bad = try KGRunner.run(["build", "crawl.csv", "--out", "out", "--fields", "colour=red"], in: folder)
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--fields"), bad.stderr)
    }
}
