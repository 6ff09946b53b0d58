@testable import Extraction
import XCTest

/// Bad and extreme input: the extractor returns, whatever it is given.
final class ExtractionRobustnessTests: XCTestCase {
    func testEmptyAndSentencelessInput() {
        for text in ["", "   \n\n\t", "...!!!???", "<html></html>", "12 34 56 --- ###", "\u{FFFD}\u{FFFD}"] {
            let e = Extractor().extract(text: text, id: "x")
            XCTAssertEqual(e.triples.count, 0)
            XCTAssertEqual(e.entities.count, 0)
        }
        XCTAssertEqual(Extractor().extract(text: "<p>", kind: .html, id: "x").triples.count, 0)
        XCTAssertEqual(Extractor().extract(text: "[](", kind: .markdown, id: "x").triples.count, 0)
    }

    func testReplacementCharactersFromInvalidUTF8() {
        let bytes: [UInt8] = Array("Peru condemned ".utf8) + [0xFF, 0xFE] + Array(" Chile.".utf8)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(ExtractionProbe.lines(Extractor().extract(text: text, id: "x")).contains("Peru criticizes Chile"))
    }

    func testAVeryLongSingleLineDocumentReturns() {
        // About 2 MB on one line: sentences without line breaks, repeated.
        let unit = "Kenya condemned Uganda after talks in Nairobi stalled, officials said. "
        let text = String(repeating: unit, count: 2_000_000 / unit.utf8.count)
        let e = Extractor().extract(text: text, id: "big")
        XCTAssertEqual(e.triples.count, 1)
        XCTAssertLessThanOrEqual(e.triples[0].evidence.count, 50, "evidence per fact is capped")
    }

    func testATenThousandWordSentenceReturns() {
        let words = ["Peru", "and", "Chile", "said", "that", "the", "rebels", "backed", "by", "Bolivia", "attacked", "Ecuador", "while", "officials", "met", "in", "Lima"]
        var text = ""
        for i in 0..<10_000 { text += words[(i * 5) % words.count] + (i % 40 == 39 ? ", " : " ") }
        text += "."
        let e = Extractor().extract(text: text, id: "long")
        XCTAssertFalse(e.triples.isEmpty)
        for fact in e.triples { for ev in fact.evidence { XCTAssertLessThanOrEqual(ev.end - ev.start, 2_100) } }
    }

    func testUnbalancedMarkupAndOddScalars() {
        let html = "<div><p>Fiji <i>backed <b>Tonga</p></div><script>unterminated"
        XCTAssertTrue(ExtractionProbe.lines(Extractor().extract(text: html, kind: .html, id: "x")).contains("Fiji supports Tonga"))
        let odd = "Fiji\u{200B} backed\u{00A0}Tonga\u{2028}. 🇫🇯 backed 🇹🇴."
        _ = Extractor().extract(text: odd, id: "x")
    }

    func testIdsAreStableAcrossRuns() {
        let text = "Kenyan President Amara Otieno condemned Uganda."
        let a = Extractor().extract(text: text, id: "a"), b = Extractor().extract(text: text, id: "b")
        XCTAssertEqual(a.entities.map(\.id), b.entities.map(\.id))
        XCTAssertEqual(a.triples, b.triples)
    }
}
