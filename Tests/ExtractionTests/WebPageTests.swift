@testable import Extraction
import Foundation
import XCTest

/// Saved web pages (`Tests/Fixtures/pages/`, written for these tests): the article's
/// facts come out, none comes from the page's furniture, and quotes are clean prose
/// whose offsets point into the file as read.
final class WebPageTests: XCTestCase {
    struct Page {
        var file: String
        /// Every fact the article's body and headline state.
        var body: Set<String>
        /// Facts only the furniture (related lists, comments, captions…) states.
        var furniture: Set<String>
        /// Text of the furniture that must not reach the cleaned text.
        var absent: [String]
    }

    static let pages: [Page] = [
        Page(file: "news-site.html",
             body: ["Norway criticizes Venezuela", "European Union sanctions Venezuela", "Colombia supports European Union"],
             furniture: ["China supports North Korea", "Turkey criticizes Israel", "Russia attacks Ukraine", "Japan sanctions Iran",
                         "Brazil supports Cuba", "Ethiopia meetsWith Kenya", "Ghana criticizes Togo"],
             absent: ["cookies", "Skip to", "Politics", "Ana Torres", "Share on", "Photograph", "Read more", "Advertisement",
                      "Morning Brief", "Related stories", "harbourwatcher", "speaking up", "Most read", "All rights", "Home"]),
        Page(file: "blog.html",
             body: ["Finland meetsWith Sweden", "Germany criticizes Belarus", "Poland supports Lithuania"],
             furniture: ["Peru criticizes Bolivia", "India criticizes Pakistan"],
             absent: ["Posted on", "Lena", "Share this", "Filed under", "thoughts on", "Marek", "Recent Posts", "ferry diary",
                      "Leave a Reply", "powered by", "Notes on the politics"]),
        Page(file: "amp.html",
             body: ["Egypt meetsWith Sudan", "Mexico supports Guatemala"],
             furniture: ["Chile criticizes Argentina"],
             absent: ["cookies", "Front page", "Menu", "Nile Wire staff", "Popular now", "fishing dispute"]),
        Page(file: "bare.html",
             body: ["Ghana supports Togo"],
             furniture: [],
             absent: ["Index", "Archive", "Contact the editor"]),
    ]

    static func fixture(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Fixtures/pages/\(name)"), encoding: .utf8)
    }

    func testEveryFactOfTheBodyAndNoneOfTheFurniture() throws {
        for page in WebPageTests.pages {
            let html = try WebPageTests.fixture(page.file)
            let facts = ExtractionProbe.lines(ExtractionProbe.run(html, kind: .html))
            XCTAssertEqual(facts.intersection(page.body), page.body, "\(page.file): body facts missing from \(facts)")
            XCTAssertTrue(facts.isDisjoint(with: page.furniture), "\(page.file): facts from furniture: \(facts.intersection(page.furniture))")
            XCTAssertEqual(facts.subtracting(page.body), [], "\(page.file): facts no one wrote")
            let clean = TextCleaner.clean(html, kind: .html)
            let text = String(String.UnicodeScalarView(clean.scalars))
            for furniture in page.absent {
                XCTAssertFalse(text.contains(furniture), "\(page.file): \"\(furniture)\" is furniture but was kept:\n\(text)")
            }
        }
    }

    func testQuotesAreCleanProseAndOffsetsPointIntoTheFile() throws {
        for page in WebPageTests.pages {
            let html = try WebPageTests.fixture(page.file)
            let scalars = Array(html.unicodeScalars)
            let extraction = ExtractionProbe.run(html, kind: .html)
            XCTAssertFalse(extraction.triples.isEmpty, page.file)
            for fact in extraction.triples {
                for evidence in fact.evidence {
                    XCTAssertFalse(evidence.text.contains("<"), evidence.text)
                    XCTAssertNil(evidence.text.range(of: #"&[#A-Za-z0-9]+;"#, options: .regularExpression), evidence.text)
                    XCTAssertFalse(evidence.text.contains("\u{A0}"), evidence.text)
                    // The raw slice, its tags dropped and its entities decoded, reads as the quote.
                    let slice = Array(scalars[evidence.start..<evidence.end])
                    XCTAssertEqual(WebPageTests.rendered(slice), evidence.text, "\(page.file) \(evidence.start)..<\(evidence.end)")
                }
            }
        }
    }

    /// What a reader sees of raw HTML: tags dropped, entities decoded, white space collapsed.
    static func rendered(_ s: [Unicode.Scalar]) -> String {
        var out = ""
        var i = 0
        while i < s.count {
            if s[i] == "<" {
                while i < s.count, s[i] != ">" { i += 1 }
                i += 1
                continue
            }
            if s[i] == "&", let e = HTMLTree.entity(at: i, in: s) {
                out.unicodeScalars.append(e.scalar)
                i = e.end
                continue
            }
            out.unicodeScalars.append(s[i])
            i += 1
        }
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func testEveryEntityIsDecoded() {
        let html = "<p>Caf&eacute; &laquo;Norte&raquo; &mdash; &euro;5 &#8364;6 &#x20AC;7 &hearts; &frac12; &Omega; &apos;x&apos; &#146;s &amp; AT&T &nbsp;end.</p>"
        let clean = TextCleaner.clean(html, kind: .html)
        let text = String(String.UnicodeScalarView(clean.scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(text, "Café «Norte» — €5 €6 €7 ♥ ½ Ω 'x' \u{2019}s & AT&T  end.")
        let markdown = TextCleaner.clean("Russia&rsquo;s envoy &mdash; again.\n", kind: .markdown)
        XCTAssertEqual(String(String.UnicodeScalarView(markdown.scalars)), "Russia\u{2019}s envoy \u{2014} again.\n")
    }

    func testAQuoteEndingOnAnEntityEndsAfterIt() {
        let html = "<p>Norway condemned Venezuela &ldquo;again&rdquo;</p>"
        let e = ExtractionProbe.run(html, kind: .html)
        let evidence = try! XCTUnwrap(e.triples.first?.evidence.first)
        XCTAssertEqual(evidence.text, "Norway condemned Venezuela \u{201C}again\u{201D}")
        XCTAssertTrue(html.unicodeScalars.count == evidence.end + 4, "\(evidence.end)") // "</p>" follows
    }

    func testBrokenMarkupIsRecovered() {
        let html = "<html><body><div class=story><p>Norway condemned Venezuela on Tuesday <b>after the arrests<p>Sweden met Finland in Stockholm on Friday.</div></span></body>"
        let facts = ExtractionProbe.lines(ExtractionProbe.run(html, kind: .html))
        XCTAssertTrue(facts.contains("Norway criticizes Venezuela"), "\(facts)")
        XCTAssertTrue(facts.contains("Finland meetsWith Sweden"), "\(facts)")
    }

    func testAPageWithNoArticleTextIsAProblemNamingTheFile() {
        let source = SourceDocument(id: "shell", path: "saved/shell.html", kind: .html,
                                    text: "<html><head><script>render()</script></head><body><div id=app></div></body></html>", contentHash: "x")
        XCTAssertThrowsError(try Extractor().extract(source)) { error in
            XCTAssertEqual(error as? LoadProblem, .noArticleText(path: "saved/shell.html"))
            XCTAssertTrue(error.localizedDescription.hasPrefix("saved/shell.html: no article text"), error.localizedDescription)
        }
    }

    func testFurnitureClassNames() {
        for name in ["related-stories", "most-read", "mostReadBox", "article-comments", "share-tools", "newsletter-signup",
                     "cookie-banner", "byline", "caption", "main-nav", "ad-slot", "sidebar"] {
            XCTAssertTrue(MainContent.namesFurniture(name), name)
        }
        for name in ["story-body", "article-body", "entry-content", "commentary-body", "post", "headline", "lead"] {
            XCTAssertFalse(MainContent.namesFurniture(name), name)
        }
    }
}
