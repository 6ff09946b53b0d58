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

final class MatrixCommandTests: XCTestCase {
    func testMatrixPrintsATableCSVAndJSON() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try KGRunner.write("Allies\n\nRussia supports Bashar al-Assad. Russia backs Syria again.\n", to: "a.txt", in: articles)
        try KGRunner.write("Rivals\n\nThe United States opposes Bashar al-Assad. The United States did not attack Syria.\n", to: "b.txt", in: articles)
        let out = folder.appendingPathComponent("out")
        let build = try KGRunner.run(["build", articles.path, "--out", out.path, "--format", "dot"], in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        let store = out.appendingPathComponent("kg.sqlite").path

        let table = try KGRunner.run(["matrix", "--store", store], in: folder)
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("Russia"), table.stdout)
        XCTAssertTrue(table.stdout.contains("Row toward column"), table.stdout)

        let csv = try KGRunner.run(["matrix", "--csv", "--store", store], in: folder)
        XCTAssertTrue(csv.stdout.hasPrefix("subject,subject_label,object,object_label,cooperative,conflictual,negated,hedged,contact,balance\r\n"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("russia,Russia,syria,Syria,1,0,0,0,0,1.000"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("united-states,United States,bashar-al-assad,Bashar al-Assad,0,1,0,0,0,-1.000"), csv.stdout)

        let json = try KGRunner.run(["matrix", "--json", "--store", store], in: folder)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let cells = try XCTUnwrap(object["cells"] as? [[String: Any]])
        let us = try XCTUnwrap(cells.first { $0["subject"] as? String == "united-states" && $0["object"] as? String == "syria" })
        XCTAssertEqual(us["conflictual"] as? Int, 0, "a denied attack is not conflict: \(us)")
        XCTAssertEqual(us["negated"] as? Int, 1, "\(us)")
        XCTAssertNil(us["balance"], "nothing asserted, no balance: \(us)")
    }

    func testMatrixRefusesBadInput() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let top = try KGRunner.run(["matrix", "--top", "0"], in: folder)
        XCTAssertEqual(top.status, 64)
        XCTAssertTrue(top.stderr.contains("--top must be 1 or more"), top.stderr)
        let missing = try KGRunner.run(["matrix", "--store", folder.appendingPathComponent("none.sqlite").path], in: folder)
        XCTAssertEqual(missing.status, 1)
    }
}

final class DateWindowCommandTests: XCTestCase {
    func testSinceAndUntilNarrowEveryView() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try KGRunner.write("Spring talks\n\nMarch 3, 2021\n\nRussia supports Syria.\n", to: "a.txt", in: articles)
        try KGRunner.write("Autumn talks\n\nOctober 12, 2021\n\nThe United States opposes Syria.\n", to: "b.txt", in: articles)
        let out = folder.appendingPathComponent("out")
        let build = try KGRunner.run(["build", articles.path, "--out", out.path, "--format", "dot", "--since", "2021-10"], in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        XCTAssertTrue(dot.contains("United States"), dot)
        XCTAssertFalse(dot.contains("\"russia\""), "March evidence is outside the window")
        XCTAssertTrue(dot.contains("evidence dated 2021-10-01 or later"))
        let store = out.appendingPathComponent("kg.sqlite").path
        let matrix = try KGRunner.run(["matrix", "--csv", "--until", "2021-06", "--store", store], in: folder)
        XCTAssertEqual(matrix.status, 0, matrix.stderr)
        XCTAssertTrue(matrix.stdout.contains("russia,Russia,syria,Syria,1,0"), matrix.stdout)
        XCTAssertFalse(matrix.stdout.contains("united-states"), matrix.stdout)
    }

    func testABadDateIsRefused() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["render", "--since", "2021-13"], in: folder)
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.stderr.contains("'2021-13' is not a date"), outcome.stderr)
        let camps = try KGRunner.run(["camps", "--since", "2022", "--until", "2021"], in: folder)
        XCTAssertEqual(camps.status, 64)
        XCTAssertTrue(camps.stderr.contains("is after --until"), camps.stderr)
    }
}
