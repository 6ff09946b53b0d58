import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `kg build` with the diagram options, run as a user would.
final class DiagramCommandTests: XCTestCase {
    private var fixtures: String { KGRunner.packageRoot.appendingPathComponent("Tests/Fixtures/diagram").path }

    func testBuildWritesDiagramAndReportByDefault() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build", fixtures, "--out", folder.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        for name in ["graph.dot", "graph.svg", "graph.jsonld", "report.html"] {
            XCTAssertTrue(outcome.stdout.contains(name), outcome.stdout)
        }
        let svg = try Data(contentsOf: folder.appendingPathComponent("graph.svg"))
        let root = try XCTUnwrap(try XMLDocument(data: svg).rootElement())
        let labels = try root.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        for actor in ["Russia", "Syria", "United States", "France", "Germany", "Bashar al-Assad"] {
            XCTAssertTrue(labels.contains(actor), "\(actor) missing from \(labels)")
        }
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<svg") && html.contains("id=\"fact-table\""))
        XCTAssertTrue(html.contains("France backs Germany in asking for a new round of talks"))
    }

    func testFocusDepthAndPredicatesNarrowTheDiagram() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build", fixtures, "--out", folder.path, "--format", "dot",
                                        "--focus", "russia", "--depth", "1", "--predicates", "opposes,supports"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let dot = try String(contentsOf: folder.appendingPathComponent("graph.dot"), encoding: .utf8)
        XCTAssertTrue(dot.contains("id=\"actor-united-states\""))
        XCTAssertTrue(dot.contains("id=\"actor-syria\""))
        XCTAssertFalse(dot.contains("id=\"actor-germany\""), "Germany is two steps from Russia")
        XCTAssertTrue(dot.contains("within 1 step of Russia"))
    }

    func testMaxNodesSaysWhatWasLeftOut() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build", fixtures, "--out", folder.path, "--format", "svg", "--max-nodes", "3", "--level", "state"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("relations left out"), svg)
    }

    func testUnknownFocusFailsNamingTheActor() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build", fixtures, "--out", folder.path, "--focus", "Atlantis"])
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("no actor called 'Atlantis'"), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.svg").path))
    }

    func testBadDiagramOptionsAreRejected() throws {
        let cases: [([String], String)] = [
            (["--depth", "2"], "--depth needs --focus"),
            (["--predicates", "supports,likes"], "unknown predicate 'likes'"),
            (["--min-evidence", "0"], "--min-evidence must be 1 or more"),
            (["--max-nodes", "0"], "--max-nodes must be 1 or more"),
            (["--level", "country"], "level"),
            (["--focus", "Russia", "--format", "jsonld"], "need a diagram format"),
        ]
        let folder = try KGRunner.temporaryFolder(self)
        for (arguments, message) in cases {
            let outcome = try KGRunner.run(["build", fixtures, "--out", folder.path] + arguments)
            XCTAssertNotEqual(outcome.status, 0, "\(arguments)")
            XCTAssertTrue(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
    }
}
