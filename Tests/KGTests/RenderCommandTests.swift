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

final class CampsCommandTests: XCTestCase {
    func testCampsSeparatesAlliesFromRivals() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try KGRunner.write("Allies\n\nRussia supports Bashar al-Assad. Iran backs Bashar al-Assad.\n", to: "a.txt", in: articles)
        try KGRunner.write("Rivals\n\nThe United States opposes Bashar al-Assad. France supports the United States.\n", to: "b.txt", in: articles)
        let out = folder.appendingPathComponent("out")
        let build = try KGRunner.run(["build", articles.path, "--out", out.path, "--format", "dot"], in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        let store = out.appendingPathComponent("kg.sqlite").path

        let json = try KGRunner.run(["camps", "--json", "--store", store], in: folder)
        XCTAssertEqual(json.status, 0, json.stderr)
        let camps = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let sides = camps.compactMap { $0["actors"] as? [String] }.map(Set.init)
        let syria = try XCTUnwrap(sides.first { $0.contains("Russia") }, "\(sides)")
        let west = try XCTUnwrap(sides.first { $0.contains("United States") }, "\(sides)")
        XCTAssertTrue(syria.contains("Iran"), "\(syria)")
        XCTAssertTrue(west.contains("France"), "\(west)")
        XCTAssertTrue(syria.isDisjoint(with: west))

        let text = try KGRunner.run(["camps", "--store", store], in: folder)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("set apart by:"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Method greedy: frustration"), text.stdout)
    }

    func testCampsRefusesBadInput() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let missing = try KGRunner.run(["camps", "--store", folder.appendingPathComponent("none.sqlite").path], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("kg: "), missing.stderr)
        let method = try KGRunner.run(["camps", "--method", "magic"], in: folder)
        XCTAssertEqual(method.status, 64)
        XCTAssertTrue(method.stderr.contains("greedy"), method.stderr)
    }
}
