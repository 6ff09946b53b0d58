import Foundation
import XCTest

/// End-to-end: saved web pages through the built `kg`, good and bad.
final class WebPageCommandTests: XCTestCase {
    private var fixtures: URL { KGRunner.packageRoot.appendingPathComponent("Tests/Fixtures/pages") }

    func testExtractSaysWhereTheDateCameFrom() throws {
        let text = try KGRunner.run(["extract", fixtures.appendingPathComponent("news-site.html").path, "--format", "text"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("# Norway condemns Venezuela over arrests of lawmakers \u{00B7} 2021-06-08 (from json-ld datePublished) \u{00B7} https://www.harbourgazette.example/"), text.stdout)
        let json = try KGRunner.run(["extract", fixtures.appendingPathComponent("amp.html").path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let document = try XCTUnwrap(object?["document"] as? [String: Any])
        XCTAssertEqual(document["date"] as? String, "2019-10-14")
        XCTAssertEqual(document["date_source"] as? String, "meta article:published_time")
        XCTAssertEqual(document["url"] as? String, "https://nilewire.example/world/2019/10/14/nile-dam-talks")
        XCTAssertEqual(document["site_name"] as? String, "Nile Wire")
    }

    func testAPageWithNoTextIsNamedAndExitsNonZero() throws {
        let folder = try KGRunner.temporaryFolder(self)
        _ = try KGRunner.write("<html><body><div id=\"app\"></div><script>load()</script></body></html>", to: "shell.html", in: folder)
        let outcome = try KGRunner.run(["extract", "shell.html"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("shell.html: no article text found"), outcome.stderr)
        XCTAssertEqual(outcome.stdout, "")
    }

    func testBadPagesInABuildAreNamedAndNothingStoredIsLost() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("blog.html"), to: articles.appendingPathComponent("blog.html"))
        let first = try KGRunner.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try KGRunner.run(["query", "--store", "out/kg.sqlite", "--json"], in: folder)
        XCTAssertTrue(before.stdout.contains("poland"), before.stdout)

        _ = try KGRunner.write("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", to: "empty-page.html", in: articles)
        try Data([0x3C, 0x68, 0x00, 0x01, 0xFF]).write(to: articles.appendingPathComponent("image.html"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("amp.html"), to: articles.appendingPathComponent("amp.html"))
        let second = try KGRunner.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("empty-page.html: no article text found"), second.stderr)
        XCTAssertTrue(second.stderr.contains("image.html: is a binary file"), second.stderr)
        let after = try KGRunner.run(["query", "--store", "out/kg.sqlite", "--json"], in: folder)
        XCTAssertTrue(after.stdout.contains("poland"), after.stdout)
        XCTAssertTrue(after.stdout.contains("guatemala"), after.stdout)
    }
}
