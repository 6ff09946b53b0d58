import FoundationXML
import Foundation
@testable import Graph
import XCTest

final class BuildCommandTests: XCTestCase {
    /// Two short articles of our own that any extractor must read.
    private func writeArticles(in folder: URL) throws -> URL {
        let articles = folder.appendingPathComponent("articles")
        try KGRunner.write("Moscow stands by Damascus\n\nRussia supports Bashar al-Assad.\n", to: "one.txt", in: articles)
        try KGRunner.write("# Washington and Assad\n\nThe United States opposes Bashar al-Assad.\n", to: "nested/two.md", in: articles)
        return articles
    }

    func testBuildWritesDOTSVGAndJSONLDNamingTheActors() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = try writeArticles(in: folder)
        let out = folder.appendingPathComponent("out")
        let outcome = try KGRunner.run(["build", articles.path, "--out", out.path], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("2 documents"), outcome.stdout)

        let svgData = try Data(contentsOf: out.appendingPathComponent("graph.svg"))
        let svg = try XMLDocument(data: svgData)
        XCTAssertEqual(svg.rootElement()?.name, "svg")
        let svgText = svg.rootElement()?.stringValue ?? ""
        for label in ["Russia", "United States", "Bashar al-Assad"] {
            XCTAssertTrue(svgText.contains(label), "SVG lacks \(label)")
        }

        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        let counts = try GraphvizRenderer.shared.parse(dot: dot)
        XCTAssertGreaterThanOrEqual(counts.nodes, 3)
        XCTAssertGreaterThanOrEqual(counts.edges, 2)

        let jsonld = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.jsonld")))
        XCTAssertNotNil((jsonld as? [String: Any])?["@context"])
    }

    func testFormatAndLayoutChooseTheFilesWritten() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = try writeArticles(in: folder)
        let out = folder.appendingPathComponent("out")
        let outcome = try KGRunner.run(["build", articles.path, "--out", out.path, "--format", "png", "pdf", "--layout", "neato"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let png = try Data(contentsOf: out.appendingPathComponent("graph.png"))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        let pdf = try Data(contentsOf: out.appendingPathComponent("graph.pdf"))
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.svg").path))
    }

    func testStandardInputIsAnArticle() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let out = folder.appendingPathComponent("out")
        let outcome = try KGRunner.run(["build", "-", "--out", out.path, "--format", "dot"], in: folder,
                                       input: "Ties\n\nFrance supports Germany.\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        XCTAssertTrue(dot.contains("France"))
    }

    func testMissingPathExitsNonZeroNamingIt() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build", "no-such-folder", "--out", folder.path], in: folder)
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("no-such-folder: no such file or folder"), outcome.stderr)
    }

    func testNoPathAndNoExamplesFolderSaysWhatToGive() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build"], in: folder)
        XCTAssertEqual(outcome.status, 64, outcome.stderr)
        XCTAssertEqual(outcome.stderr, "kg: give the articles to read, e.g. 'kg build articles/'\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))

        // Where there is an examples folder (the repository), it is what a bare `kg build` reads.
        try KGRunner.write("Ties\n\nFrance supports Germany.\n", to: "examples/a.txt", in: folder)
        let build = try KGRunner.run(["build", "--format", "dot"], in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stdout.contains("1 new"), build.stdout)
    }

    func testABuildWithNothingToReadCreatesNoStore() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let out = folder.appendingPathComponent("out")
        let outcome = try KGRunner.run(["build", "no-such-folder", "--out", out.path], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("nothing was written"), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("kg.sqlite").path),
                       "a failed build said nothing was written but left an empty store")
    }

    func testBadFilesAreNamedAndTheOthersStillGoThrough() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = try writeArticles(in: folder)
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: articles.appendingPathComponent("photo.txt"))
        try KGRunner.write("\n\n", to: "empty.txt", in: articles)
        let out = folder.appendingPathComponent("out")
        let outcome = try KGRunner.run(["build", articles.path, "--out", out.path], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("photo.txt: is a binary file"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("empty.txt: is empty"), outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("2 documents"), outcome.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.svg").path))
    }

    func testControlCharactersInNamesCannotReachTheTerminal() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = try writeArticles(in: folder)
        // Empty, so kg names it: the name retitles the window and forges a second line.
        try KGRunner.write("", to: "evil\u{1B}]0;owned\u{07}\nkg: all 3 articles read.txt", in: articles)
        let out = folder.appendingPathComponent("out")
        let build = try KGRunner.run(["build", articles.path, "--out", out.path, "--format", "dot"], in: folder)
        XCTAssertEqual(build.status, 1, build.stderr)
        XCTAssertTrue(build.stderr.contains("evil\\x1B]0;owned\\x07\\nkg: all 3 articles read.txt: is empty"), build.stderr)
        XCTAssertEqual(build.stderr.split(separator: "\n").count, 1, build.stderr)

        let query = try KGRunner.run(["query", "--predicate", "x\u{1B}[2J\nkg: forged"], in: folder)
        XCTAssertEqual(query.status, 64, query.stderr)
        for text in [build.stderr, query.stderr] {
            XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, text)
            XCTAssertFalse(text.contains("\nkg: all") || text.contains("\nkg: forged"), text)
        }
    }

    func testUnknownFormatOrLayoutIsRefused() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = try writeArticles(in: folder)
        let badFormat = try KGRunner.run(["build", articles.path, "--format", "gif"], in: folder)
        XCTAssertNotEqual(badFormat.status, 0)
        XCTAssertTrue(badFormat.stderr.contains("gif"), badFormat.stderr)
        XCTAssertTrue(badFormat.stderr.contains("svg, png, pdf"), badFormat.stderr)
        XCTAssertEqual(badFormat.stderr.split(separator: "\n").count, 1, "one line: \(badFormat.stderr)")
        XCTAssertTrue(badFormat.stderr.hasPrefix("kg: "), badFormat.stderr)
        let badLayout = try KGRunner.run(["build", articles.path, "--layout", "spiral"], in: folder)
        XCTAssertNotEqual(badLayout.status, 0)
        XCTAssertTrue(badLayout.stderr.contains("spiral"), badLayout.stderr)
        XCTAssertEqual(badLayout.stderr.split(separator: "\n").count, 1, "one line: \(badLayout.stderr)")
    }
}
