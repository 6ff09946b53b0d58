import Foundation
import FoundationXML
import XCTest

final class RenderCommandTests: XCTestCase {
    func testRenderDrawsTheStoreAgainWithOtherOptions() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try KGRunner.write("Allies\n\nRussia supports Bashar al-Assad.\n", to: "a.txt", in: articles)
        try KGRunner.write("Rivals\n\nThe United States opposes Bashar al-Assad.\n", to: "b.txt", in: articles)
        let out = folder.appendingPathComponent("out")
        let build = try KGRunner.run(["build", articles.path, "--out", out.path, "--format", "dot"], in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        // The articles are gone: render must work from the store alone.
        try FileManager.default.removeItem(at: articles)

        let render = try KGRunner.run(["render", "--out", out.path, "--format", "svg", "--focus", "Russia", "--depth", "1"], in: folder)
        XCTAssertEqual(render.status, 0, render.stderr)
        let svg = try XMLDocument(data: Data(contentsOf: out.appendingPathComponent("graph.svg")))
        let text = svg.rootElement()?.stringValue ?? ""
        XCTAssertTrue(text.contains("Russia"))
        XCTAssertTrue(text.contains("Bashar al-Assad"))
        XCTAssertFalse(text.contains("United States"), "depth 1 from Russia should leave the United States out")
    }

    func testRenderWithoutAStoreSaysSo() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["render", "--out", folder.appendingPathComponent("none").path], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("no store there"), outcome.stderr)
    }
}
