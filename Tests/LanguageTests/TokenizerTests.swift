@testable import Language
import XCTest

/// The tokenizer and sentence splitter, moved here from the extractor.
final class TokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [Token] = []
        Tokenizer.tokenize(s, 0, s.count, into: &out)
        return out.map { String(String.UnicodeScalarView(s[Int($0.start)..<Int($0.end)])) }
    }

    private func sentences(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        SentenceSplitter.split(s, into: &ranges)
        return ranges.map { String(String.UnicodeScalarView(s[$0])) }
    }

    func testWordsAbbreviationsPossessivesAndNegation() {
        XCTAssertEqual(tokens("The U.S.-led coalition didn't back al-Assad's plan."),
                       ["The", "U.S.-led", "coalition", "did", "n't", "back", "al-Assad", "'s", "plan", "."])
        XCTAssertEqual(tokens("Peru can't wait..."), ["Peru", "ca", "n't", "wait", "..."])
    }

    func testSentencesEndAtStopsButNotAtAbbreviations() {
        XCTAssertEqual(sentences("Mr. Ruiz met Gen. Soto in the U.S. Capital. They talked.\nA new line"),
                       ["Mr. Ruiz met Gen. Soto in the U.S. Capital.", "They talked.", "A new line"])
    }

    func testAHugeLineIsCutIntoBoundedSentences() {
        let text = String(repeating: "word ", count: 10_000)
        let parts = sentences(text)
        XCTAssertGreaterThan(parts.count, 10)
        XCTAssertTrue(parts.allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maxLength })
    }

    func testWordsKeepEveryScalarOfTheirToken() {
        let text = "Zoë said «ça va» — 東京 😀 e\u{301}."
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, 0, scalars.count, into: &tokens)
        for t in tokens {
            let slice = scalars[Int(t.start)..<Int(t.end)]
            XCTAssertEqual(LanguageModel.string(slice), String(String.UnicodeScalarView(slice)))
        }
        XCTAssertGreaterThan(tokens.count, 6)
    }
}
