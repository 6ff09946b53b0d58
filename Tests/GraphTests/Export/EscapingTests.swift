import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Graph
import XCTest

/// News text is full of quotes, backslashes, line breaks and every script: each format must carry them.
final class EscapingTests: XCTestCase {
    static let nasty = "He said \"no\" \\ twice\nthen\ttabbed \u{1} — Ελλάδα 東京 🚀"

    func testNTriplesEscapesLiterals() {
        XCTAssertEqual(LiteralEscaping.escape(EscapingTests.nasty),
                       "He said \\\"no\\\" \\\\ twice\\nthen\\ttabbed \\u0001 — Ελλάδα 東京 🚀")
        XCTAssertEqual(NTriplesWriter.term(.literal("2019-01-02", datatype: Namespace.xsd + "date")),
                       "\"2019-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>")
    }

    func testTurtleUsesPrefixedNamesOnlyWhenSafe() {
        let writer = TurtleWriter(prefixes: [("actor", "https://x.org/actor/")])
        XCTAssertEqual(writer.name("https://x.org/actor/russia"), "actor:russia")
        XCTAssertEqual(writer.name("https://x.org/actor/a%20b"), "<https://x.org/actor/a%20b>")
        XCTAssertEqual(writer.name("https://x.org/actor/-lead"), "<https://x.org/actor/-lead>")
        XCTAssertEqual(writer.name("https://x.org/actor/end."), "<https://x.org/actor/end.>")
        XCTAssertEqual(writer.term(.decimal(0.8)), "0.8")
        XCTAssertEqual(writer.term(.string("a\"b")), "\"a\\\"b\"")
    }

    func testJSONStringsEscapeControlCharacters() {
        XCTAssertEqual(JSONValue.quote("a\"b\\c\nd\u{1}é/"), "\"a\\\"b\\\\c\\nd\\u0001é/\"")
        let parsed = try? JSONSerialization.jsonObject(with: Data(JSONValue.quote(EscapingTests.nasty).utf8), options: .fragmentsAllowed)
        XCTAssertEqual(parsed as? String, EscapingTests.nasty)
    }

    func testLineSeparatorsAndHighControlsRoundTripInJSON() throws {
        let text = "a\u{1F}b\u{7F}c\u{2028}d\u{2029}e"
        XCTAssertEqual(LiteralEscaping.escape(text), "a\\u001Fb\\u007Fc\\u2028d\\u2029e")
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONValue.quote(text).utf8), options: .fragmentsAllowed)
        XCTAssertEqual(parsed as? String, text)
    }

    func testCSVQuotesFieldsThatNeedIt() {
        XCTAssertEqual(CSVExporter.row(["plain", "a,b", "say \"hi\"", "two\nlines", " edge"]),
                       "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge\"\r\n")
    }

    func testCSVCellsThatStartLikeAFormulaAreQuotedBehindASingleQuote() {
        XCTAssertEqual(CSVExporter.row(["=1+2", "+33 1 23", "-5", "@SUM(A1)", "\tlead", "\rlead", "a=b", "'kept", ""]),
                       "\"'=1+2\",\"'+33 1 23\",\"'-5\",\"'@SUM(A1)\",\"'\tlead\",\"'\rlead\",a=b,'kept,\r\n")
        XCTAssertEqual(CSVExporter.row(["=HYPERLINK(\"http://x.test\",\"y\")"]),
                       "\"'=HYPERLINK(\"\"http://x.test\"\",\"\"y\"\")\"\r\n")
    }

    func testAProgramGetsTheQuoteBackByDroppingTheGuard() throws {
        let quote = "=cmd|' /C calc'!A0 said the minister, -- twice"
        let graph = KnowledgeGraph(
            actors: [Actor(label: "Russia", type: .country), Actor(label: "Syria", type: .country)],
            facts: [Fact(subject: "russia", predicate: .supports, object: "syria",
                         evidence: [Evidence(document: "d", sentence: 1, start: 0, end: 10, text: quote)])])
        let records = EscapingTests.parseCSV(CSVExporter().csv(for: graph))
        XCTAssertEqual(records.count, 2)
        let column = try XCTUnwrap(records.first?.firstIndex(of: "first_quote"))
        let cell = try XCTUnwrap(records.last?[column])
        XCTAssertEqual(cell, "'" + quote, "a spreadsheet sees text, not a formula")
        // The rule docs/vocabulary.md gives programs: drop a ' that comes before = + - @ tab or CR.
        let restored = cell.hasPrefix("'") && "=+-@\t\r".contains(cell.dropFirst().first ?? "x") ? String(cell.dropFirst()) : cell
        XCTAssertEqual(restored, quote)
    }

    /// A minimal RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else { field.unicodeScalars.append(c) }
        }
        return records
    }

    func testGraphMLEscapesMarkupAndDropsWhatXMLCannotHold() {
        XCTAssertEqual(GraphMLExporter.escape("<a href='x'>&\"\n\u{1}"), "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&#10;")
    }

    func testDecimalsAreWrittenTheSameEverywhere() {
        XCTAssertEqual(RDFTerm.decimalLexical(0.8), "0.8")
        XCTAssertEqual(RDFTerm.decimalLexical(1), "1.0")
        XCTAssertEqual(RDFTerm.decimalLexical(0.125), "0.125")
        XCTAssertEqual(RDFTerm.decimalLexical(0.0004), "0.0")
        XCTAssertEqual(RDFTerm.decimalLexical(-0.25), "-0.25")
        XCTAssertEqual(RDFTerm.decimalLexical(.infinity), "0.0")
    }

    func testAQuoteWithEverythingSurvivesTheCSVAndGraphMLExports() throws {
        let graph = KnowledgeGraph(
            actors: [Actor(label: "Russia", type: .country), Actor(label: "Syria", type: .country)],
            facts: [Fact(subject: "russia", predicate: .supports, object: "syria",
                         evidence: [Evidence(document: "d", sentence: 1, start: 0, end: 10, text: EscapingTests.nasty)])])
        let csv = CSVExporter().csv(for: graph)
        XCTAssertTrue(csv.contains("\"He said \"\"no\"\" \\ twice\nthen\ttabbed \u{1} — Ελλάδα 東京 🚀\""), csv)
        let graphML = GraphMLExporter().graphML(for: graph)
        XCTAssertTrue(graphML.contains("He said &quot;no&quot; \\ twice&#10;then&#9;tabbed  — Ελλάδα 東京 🚀"), graphML)
        XCTAssertTrue(XMLParser(data: Data(graphML.utf8)).parse(), "GraphML is well-formed XML")
    }
}
