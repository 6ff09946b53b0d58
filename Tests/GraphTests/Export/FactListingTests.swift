@testable import Graph
import XCTest

/// The tables `kg query` and `kg actors` print for people.
final class FactListingTests: XCTestCase {
    private func result(quote: String, title: String, label: String = "Russia") -> QueryResult {
        let russia = Actor(id: "russia", label: label, type: .country)
        let syria = Actor(label: "Syria", type: .country)
        let fact = Fact(subject: "russia", predicate: .supports, object: "syria",
                        evidence: [Evidence(document: "d1", sentence: 1, start: 0, end: quote.count, text: quote)])
        return QueryResult(facts: [fact], actors: ["russia": russia, "syria": syria],
                           documents: ["d1": DocumentInfo(id: "d1", title: title, source: "news/d1.txt")])
    }

    func testTheTableAlignsColumnsAndListsQuotesWithTheirSources() {
        let table = FactListing.table(result(quote: "Moscow backs Damascus.", title: "Week one"), evidence: true)
        let lines = table.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, table)
        XCTAssertEqual(lines[0].range(of: "PREDICATE")?.lowerBound.utf16Offset(in: lines[0]),
                       lines[1].range(of: "supports")?.lowerBound.utf16Offset(in: lines[1]), table)
        XCTAssertTrue(lines[2].contains("\u{201C}Moscow backs Damascus.\u{201D}"), lines[2])
        XCTAssertTrue(lines[2].contains("Week one (d1)") && lines[2].hasSuffix("news/d1.txt"), lines[2])
    }

    func testNothingFromAnArticleReachesTheTerminalAsAControlSequence() {
        let hostile = "Backing \u{1B}[2J\u{1B}]0;pwned\u{07}Damascus\r\nagain\u{9B}31m."
        let listing = result(quote: hostile, title: "Title \u{1B}[31mred", label: "Rus\u{1B}[1msia")
        let table = FactListing.table(listing, evidence: true)
        for scalar in table.unicodeScalars where scalar != "\n" {
            XCTAssertNotEqual(scalar.properties.generalCategory, .control, "control U+\(String(scalar.value, radix: 16)) in \(table)")
        }
        XCTAssertTrue(table.contains("Backing [2J]0;pwnedDamascus again31m."), table)
        XCTAssertTrue(table.contains("Rus[1msia"), table)
    }
}
