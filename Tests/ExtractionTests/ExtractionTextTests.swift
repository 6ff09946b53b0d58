@testable import Extraction
import XCTest

/// Cleanup, sentence splitting, tokens, title and date.
final class ExtractionTextTests: XCTestCase {
    func testHTMLIsReducedToTextWithOffsetsIntoTheOriginal() {
        let html = "<html><head><style>p{color:red}</style><script>var x = 1;</script></head><body><nav>Home | World</nav><p>Chile &amp; Peru <b>signed</b> a treaty.</p></body></html>"
        let clean = TextCleaner.clean(html, kind: .html)
        let text = String(String.UnicodeScalarView(clean.scalars))
        XCTAssertTrue(text.contains("Chile & Peru signed a treaty."), text)
        XCTAssertFalse(text.contains("color"))
        XCTAssertFalse(text.contains("var x"))
        XCTAssertFalse(text.contains("Home"))
        // Every cleaned scalar maps back to the same scalar in the original (entities map to their "&").
        let original = Array(html.unicodeScalars)
        for (k, c) in clean.scalars.enumerated() where c != "\n" && c != "&" {
            XCTAssertEqual(original[Int(clean.origin[k])], c)
        }
    }

    func testEvidenceOffsetsPointIntoTheTextAsRead() {
        let html = "<p>Navigation</p><p>Kenya &amp; Uganda</p><p>Norway condemned Venezuela on Tuesday.</p>"
        let e = ExtractionProbe.run(html, kind: .html)
        let fact = try! XCTUnwrap(e.triples.first { $0.predicate == .criticizes })
        let ev = fact.evidence[0]
        let scalars = Array(html.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(scalars[ev.start..<ev.end]))
        XCTAssertEqual(quoted, "Norway condemned Venezuela on Tuesday.")
        XCTAssertEqual(ev.text, quoted)
    }

    func testAnHTMLPageGivesHeadlineDateAndFacts() {
        let html = """
        <html><head><title>Chile and Peru sign fishing pact | Daily Planet</title></head><body>
        <nav><a href="/">Home</a> | <a href="#m">Skip to main content</a></nav><div>Breaking News</div>
        <time datetime="2021-03-02">March 2, 2021</time>
        <figure><figcaption>The harbour. Photo: Getty Images</figcaption></figure>
        <p>Chilean President Marta Rojas accused Bolivia of &ldquo;piracy&rdquo; on Tuesday.</p>
        <p>Sign up for our daily newsletter</p>
        </body></html>
        """
        let e = ExtractionProbe.run(html, kind: .html)
        XCTAssertEqual(e.document.title, "Chile and Peru sign fishing pact")
        XCTAssertEqual(e.document.date, "2021-03-02")
        let facts = ExtractionProbe.lines(e)
        XCTAssertTrue(facts.contains("Marta Rojas criticizes Bolivia"), "\(facts)")
        let scalars = Array(html.unicodeScalars)
        for fact in e.triples { for ev in fact.evidence {
            let quoted = String(String.UnicodeScalarView(scalars[ev.start..<ev.end]))
            XCTAssertTrue(quoted.hasPrefix("Chilean President") || quoted.hasPrefix("Chile and Peru"), quoted)
        } }
    }

    func testMarkdownMarkersAndLinkTargetsAreDropped() {
        let md = "# Talks resume\n\n**Egypt** hosted [Sudan](https://example.org/sudan) for talks.\n"
        let clean = TextCleaner.clean(md, kind: .markdown)
        let text = String(String.UnicodeScalarView(clean.scalars))
        XCTAssertTrue(text.contains("Egypt hosted Sudan for talks."), text)
        XCTAssertFalse(text.contains("https"))
        XCTAssertEqual(clean.title, "Talks resume")
    }

    func testPageFurnitureIsDroppedAndTheTitleIsTheFirstRealLine() {
        let page = """
        Skip to main content
        World
        Sign up for our newsletter
        Peru and Chile agree on fishing limits
        Photo: Getty Images
        Read: Ten things to know about fishing quotas
        Your contributions keep our reporting free
        Peru welcomed Chile on Monday.
        """
        let e = ExtractionProbe.run(page)
        XCTAssertEqual(e.document.title, "Peru and Chile agree on fishing limits")
        let clean = TextCleaner.clean(page, kind: .plain)
        let text = String(String.UnicodeScalarView(clean.scalars))
        XCTAssertFalse(text.contains("newsletter"))
        XCTAssertFalse(text.contains("Getty"))
        XCTAssertFalse(text.contains("Ten things"))
        XCTAssertFalse(text.contains("contributions"))
        XCTAssertTrue(text.contains("Peru welcomed Chile"))
    }

    func testSentencesSurviveAbbreviationsInitialsQuotesAndEllipses() {
        let s = ExtractionProbe.sentences("The U.S. President met Gen. Smith in Sept. last year. George W. Bush was there too. \"We agree,\" he said. It is late... but fine. Dr. Jones left!")
        XCTAssertEqual(s, [
            "The U.S. President met Gen. Smith in Sept. last year.",
            "George W. Bush was there too.",
            "\"We agree,\" he said.",
            "It is late... but fine.",
            "Dr. Jones left!",
        ])
    }

    func testTokensKeepAbbreviationsHyphensAndSplitPossessivesAndNegation() {
        XCTAssertEqual(ExtractionProbe.tokens("The U.S.-led coalition's jets didn't hit al-Bab."),
                       ["the", "u.s.-led", "coalition", "'s", "jets", "did", "n't", "hit", "al-bab", "."])
        XCTAssertEqual(ExtractionProbe.tokens("Kenya’s “can’t” — Mr. Odinga"),
                       ["kenya", "'s", "\"", "can", "n't", "\"", "--", "mr", ".", "odinga"])
    }

    func testDatesAreFoundInCommonForms() {
        XCTAssertEqual(ExtractionProbe.run("Filed Oct. 3, 2019 by staff\nNorway voted.").document.date, "2019-10-03")
        XCTAssertEqual(ExtractionProbe.run("Tuesday 14 March 2017\nNorway voted.").document.date, "2017-03-14")
        XCTAssertEqual(ExtractionProbe.run("Updated 2020-02-29T10:00\nNorway voted.").document.date, nil)
        XCTAssertEqual(ExtractionProbe.run("Posted 2020-02-29 at noon\nNorway voted.").document.date, "2020-02-29")
        XCTAssertNil(ExtractionProbe.run("Norway voted in May.").document.date)
    }
}
