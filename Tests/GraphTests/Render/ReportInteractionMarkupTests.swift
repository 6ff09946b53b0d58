@testable import Graph
import Foundation
import XCTest

/// The markup the report's script works from: each fact row names its ends, class,
/// evidence and dates; each line drawn names its ends and its fact rows; the filters
/// are there. (scripts/report-interactions.py drives the script itself in Chromium.)
final class ReportInteractionMarkupTests: XCTestCase {
    private func page() throws -> (Diagram, String) {
        let diagram = try DiagramView(level: .actor).diagram(for: RenderFixtures.politics)
        let dot = DOTWriter().dot(for: diagram)
        let svg = try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: diagram.layout)
        return (diagram, HTMLReportWriter().html(for: diagram, svg: svg))
    }

    private func attributes(of tag: String) -> [String: String] {
        let pairs = tag.matches(of: #/([a-z-]+)="([^"]*)"/#).map { (String($0.output.1), String($0.output.2)) }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    func testFactRowsCarryTheirEndsClassEvidenceAndDates() throws {
        let (_, html) = try page()
        let rows = html.matches(of: #/<tr class="[a-z]+" id="f-\d+"[^>]*>/#).map { attributes(of: String($0.output)) }
        XCTAssertEqual(rows.count, RenderFixtures.politics.facts.count)
        // Russia supports Syria: two pieces of evidence, one from the dated report, one undated.
        let supports = try XCTUnwrap(rows.first { $0["data-s"] == "russia" && $0["data-o"] == "syria" && $0["data-n"] == "2" })
        XCTAssertEqual(supports["data-class"], "cooperative")
        XCTAssertEqual(supports["data-dates"], "- 2020-02-01")
        let opposes = try XCTUnwrap(rows.first { $0["data-s"] == "united-states" && $0["data-o"] == "russia" })
        XCTAssertEqual(opposes["data-class"], "conflictual")
        XCTAssertEqual(opposes["data-dates"], "2020-02-01")
    }

    func testEachLineDrawnNamesItsEndsAndItsFactRows() throws {
        let (diagram, html) = try page()
        let rowIDs = Dictionary(html.matches(of: #/<tr class="[a-z]+" (id="f-\d+"[^>]*)>/#).map { match -> (String, [String: String]) in
            let a = attributes(of: String(match.output.1))
            return (a["id"] ?? "", a)
        }, uniquingKeysWith: { a, _ in a })
        let lines = html.matches(of: #/<i data-edge="[^"]*"[^>]*>/#).map { attributes(of: String($0.output)) }
        XCTAssertEqual(lines.count, diagram.edges.count)
        for line in lines {
            let edge = try XCTUnwrap(diagram.edges.first { $0.id == line["data-edge"] })
            // Graphviz writes "-" in ids as "&#45;"; the browser reads it back.
            XCTAssertTrue(html.replacingOccurrences(of: "&#45;", with: "-").contains("id=\"\(edge.id)\" class=\"edge"), "the SVG has the line \(edge.id)")
            XCTAssertEqual(line["data-s"], edge.from)
            XCTAssertEqual(line["data-o"], edge.to)
            let rows = (line["data-facts"] ?? "").split(separator: " ").compactMap { rowIDs[String($0)] }
            XCTAssertEqual(rows.count, edge.facts.count, "\(edge.id): one row per fact merged")
            for row in rows { XCTAssertTrue([row["data-s"], row["data-o"]].contains(edge.from), "\(row)") }
        }
    }

    func testTheFiltersOfferEveryRelationClassAndTheSpanOfDates() throws {
        let (_, html) = try page()
        for cls in Predicate.Class.allCases {
            XCTAssertTrue(html.contains("<input type=\"checkbox\" name=\"class\" value=\"\(cls.rawValue)\" checked>"), cls.rawValue)
        }
        XCTAssertTrue(html.contains("id=\"filter-min\" min=\"1\" max=\"2\""), "up to the most evidence of any fact")
        XCTAssertTrue(html.contains("id=\"filter-since\" min=\"2020-02-01\" max=\"2020-02-01\""))
        XCTAssertTrue(html.contains("id=\"selection\""))
        XCTAssertEqual(html.components(separatedBy: "<script").count, 2, "still one script: the page's own")
    }
}
