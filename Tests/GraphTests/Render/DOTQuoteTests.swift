@testable import Graph
import XCTest

final class DOTQuoteTests: XCTestCase {
    func testQuotesBackslashesAndLineBreaksAreEscaped() {
        XCTAssertEqual(DOTWriter.quote("say \"no\"\\\nnow"), "\"say \\\"no\\\"\\\\\\nnow\"")
    }

    func testHostileLabelsSurviveARoundTripThroughLibcgraph() throws {
        let hostile = "He said \"stop\" \\ <b>&amp;</b>\n\u{05E9}\u{05DC}\u{05D5}\u{05DD} ] ; } digraph"
        let dot = "digraph { n [label=\(DOTWriter.quote(hostile))]; }"
        let counts = try GraphvizRenderer.shared.parse(dot: dot)
        XCTAssertEqual(counts.nodes, 1)
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: .dot), as: UTF8.self)
        XCTAssertFalse(svg.contains("<b>"), "label became markup")
        XCTAssertTrue(svg.contains("\u{05E9}\u{05DC}\u{05D5}\u{05DD}"))
    }
}
