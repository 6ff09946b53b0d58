@testable import Graph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Article text full of quotes, backslashes, markup, entities, line breaks and
/// right-to-left script must come out of DOT, SVG and HTML as written, and inert.
final class DiagramEscapingTests: XCTestCase {
    private func hostileDiagram() throws -> (Diagram, String, Data) {
        let diagram = try DiagramView().diagram(for: RenderFixtures.hostile)
        let dot = DOTWriter().dot(for: diagram)
        let svg = try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: diagram.layout)
        return (diagram, dot, svg)
    }

    func testDOTQuotingKeepsEveryStringInsideItsQuotes() throws {
        let (_, dot, _) = try hostileDiagram()
        let counts = try GraphvizRenderer.shared.parse(dot: dot)
        XCTAssertEqual(counts.nodes, 2)
        XCTAssertEqual(counts.edges, 1)
        XCTAssertEqual(DOTWriter.quote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"")
        XCTAssertEqual(DOTWriter.label("x & \\N"), "\"x &amp; \\\\N\"")
        XCTAssertEqual(DOTWriter.tooltip("x\\Gy"), "\"x\\\\\\\\Gy\"")
        XCTAssertFalse(dot.contains("onclick"), "a Wikidata id that is not Q+digits never becomes a link")
    }

    func testSVGParsesAsXMLAndShowsTheTextAsWritten() throws {
        let (_, _, svg) = try hostileDiagram()
        let document = try XMLDocument(data: svg)
        let root = try XCTUnwrap(document.rootElement())
        // No article markup became an element.
        let names = Set(try root.nodes(forXPath: "//*").compactMap { $0.localName ?? $0.name })
        XCTAssertFalse(names.contains("script"), "\(names)")
        XCTAssertFalse(names.contains("b"), "\(names)")
        // The node's label is drawn exactly as written.
        let node = try XCTUnwrap(try root.nodes(forXPath: "//*[@id='actor-odd']").first as? XMLElement)
        let texts = try node.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
        XCTAssertEqual(texts, [RenderFixtures.hostileLabel])
        // The edge's tooltip holds the quote exactly as written.
        let edge = try XCTUnwrap(try root.nodes(forXPath: "//*[@class='edge rel cooperative p-supports']").first as? XMLElement)
        let titles = try edge.nodes(forXPath: ".//*[local-name()='a']").compactMap { ($0 as? XMLElement)?.value("xlink:title") }
        XCTAssertTrue(titles.contains { $0.contains(RenderFixtures.hostileQuote) }, "\(titles)")
        XCTAssertTrue(titles.contains { $0.contains("Title with </title><script>x</script>") }, "\(titles)")
    }

    func testSVGCarriesIdsClassesTooltipsAndWikidataLinks() throws {
        let diagram = try DiagramView().diagram(for: RenderFixtures.politics)
        let svg = try GraphvizRenderer.shared.render(dot: DOTWriter().dot(for: diagram), format: .svg, layout: diagram.layout)
        let root = try XCTUnwrap(try XMLDocument(data: svg).rootElement())
        for node in diagram.nodes {
            let element = try XCTUnwrap(try root.nodes(forXPath: "//*[@id='actor-\(node.actor.id)']").first as? XMLElement, node.actor.id)
            let cls = element.value("class") ?? ""
            XCTAssertTrue(cls.contains("type-\(node.actor.type.rawValue.lowercased())"), cls)
            let anchor = try XCTUnwrap(try element.nodes(forXPath: ".//*[local-name()='a']").first as? XMLElement)
            let title = anchor.value("xlink:title") ?? ""
            XCTAssertTrue(title.contains("\(node.evidence) piece"), title)
            XCTAssertTrue(title.contains("\u{201C}"), "the tooltip quotes the best evidence: \(title)")
            let href = anchor.value("xlink:href")
            XCTAssertEqual(href, node.actor.wikidata.map { "https://www.wikidata.org/wiki/\($0)" })
        }
        for edge in diagram.edges {
            let element = try XCTUnwrap(try root.nodes(forXPath: "//*[@id='\(edge.id)']").first as? XMLElement, edge.id)
            XCTAssertTrue(element.value("class")?.contains(edge.predicateClass.rawValue) ?? false)
            let title = try element.nodes(forXPath: ".//*[local-name()='a']").compactMap { ($0 as? XMLElement)?.value("xlink:title") }.first ?? ""
            XCTAssertTrue(title.contains("\(edge.facts[0].evidence.count) piece"), title)
        }
        // The legend is on the diagram itself.
        let text = try root.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
        XCTAssertTrue(text.contains("Actors") && text.contains("Relations") && text.contains("conflictual"), text)
    }

    func testReportEscapesArticleTextAndRunsOnlyItsOwnScript() throws {
        let (diagram, _, svg) = try hostileDiagram()
        let html = HTMLReportWriter().html(for: diagram, svg: svg)
        XCTAssertFalse(html.contains("<script>alert(1)"))
        XCTAssertFalse(html.contains("<b>x</b>"))
        XCTAssertFalse(html.contains("</title><script>"))
        XCTAssertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"))
        XCTAssertTrue(html.contains("\u{0645}\u{0631}\u{062D}\u{0628}\u{0627} &amp;amp; left"), "right-to-left text and a literal entity survive")
        XCTAssertEqual(html.components(separatedBy: "<script").count, 2, "one script element: the page's own")
        XCTAssertTrue(html.contains("script-src '\(HTMLReportWriter.scriptHash)'"))
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"), "the page loads nothing from the network")
        XCTAssertFalse(html.contains("<?xml"))
    }
}

extension XMLElement {
    /// An attribute's value by its qualified name (`xlink:title`), which
    /// `attribute(forName:)` does not find on every platform.
    func value(_ name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }
}
