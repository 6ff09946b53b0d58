@testable import Extraction
import XCTest

/// Title, date (and where it was read), URL, site and language, from each place a
/// document states them.
final class DocumentMetadataTests: XCTestCase {
    private func page(head: String, body: String = "<p>Norway condemned Venezuela on Tuesday after the arrests.</p>", lang: String = "") -> DocumentInfo {
        ExtractionProbe.run("<html\(lang)><head>\(head)</head><body>\(body)</body></html>", kind: .html).document
    }

    func testJSONLDNewsArticle() {
        let d = page(head: """
        <meta property="article:published_time" content="2020-01-01T10:00:00Z">
        <script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@context": "https://schema.org", "@type": ["NewsArticle"],
          "headline": "Oslo rebukes Caracas", "datePublished": "2021-06-08T14:20:00+02:00",
          "mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example/a/1"},
          "publisher": {"@type": "Organization", "name": "Example News"}, "inLanguage": "en-GB"}]</script>
        """)
        XCTAssertEqual(d.date, "2021-06-08")
        XCTAssertEqual(d.dateSource, "json-ld datePublished")
        XCTAssertEqual(d.title, "Oslo rebukes Caracas")
        XCTAssertEqual(d.url, "https://news.example/a/1")
        XCTAssertEqual(d.siteName, "Example News")
        XCTAssertEqual(d.language, "en-GB")
    }

    func testJSONLDInAGraphAndBrokenJSONLDIsSkipped() {
        let d = page(head: """
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "X"},
          {"@type": "ReportageNewsArticle", "datePublished": "2019-10-14", "url": "https://news.example/b"}]}</script>
        """)
        XCTAssertEqual(d.date, "2019-10-14")
        XCTAssertEqual(d.url, "https://news.example/b")
    }

    func testOpenGraphArticlePublishedTimeAndCanonicalLink() {
        let d = page(head: """
        <title>Oslo rebukes Caracas | Example News</title>
        <link rel="canonical" href="https://news.example/c">
        <meta property="og:url" content="https://news.example/c?utm=feed">
        <meta property="og:site_name" content="Example News">
        <meta property="og:locale" content="en_US">
        <meta property="article:published_time" content="2021-03-02T23:30:00-05:00">
        """)
        XCTAssertEqual(d.date, "2021-03-02")
        XCTAssertEqual(d.dateSource, "meta article:published_time")
        XCTAssertEqual(d.url, "https://news.example/c")
        XCTAssertEqual(d.siteName, "Example News")
        XCTAssertEqual(d.language, "en-US")
        XCTAssertEqual(d.title, "Oslo rebukes Caracas")
    }

    func testOtherDateMetaTags() {
        XCTAssertEqual(page(head: #"<meta name="date" content="2018-11-05">"#).date, "2018-11-05")
        XCTAssertEqual(page(head: #"<meta name="DC.date.issued" content="2018/11/06">"#).date, "2018-11-06")
        XCTAssertEqual(page(head: #"<meta itemprop="datePublished" content="Tue, 07 Nov 2017 09:00:00 GMT">"#).date, "2017-11-07")
        XCTAssertEqual(page(head: #"<meta name="date" content="soon">"#).date, nil)
    }

    func testTimeElementAndHTMLLang() {
        let d = page(head: "<title>Oslo rebukes Caracas</title>",
                     body: #"<p class="meta"><time datetime="2016-04-01T08:00">1 April</time></p><p>Norway condemned Venezuela on Tuesday after the arrests.</p>"#,
                     lang: #" lang="nb""#)
        XCTAssertEqual(d.date, "2016-04-01")
        XCTAssertEqual(d.dateSource, "time datetime")
        XCTAssertEqual(d.language, "nb")
        XCTAssertNil(d.url)
    }

    func testTheHeadlineIsTheH1RatherThanTheTitleElement() {
        XCTAssertEqual(page(head: "<title>World news</title>", body: "<h1>Oslo rebukes Caracas</h1><p>Norway condemned Venezuela on Tuesday after the arrests.</p>").title,
                       "Oslo rebukes Caracas")
        XCTAssertEqual(page(head: "<title>Oslo rebukes Caracas - Example News</title>").title, "Oslo rebukes Caracas")
    }

    func testARelativeCanonicalIsNoURL() {
        XCTAssertNil(page(head: #"<link rel="canonical" href="/story/1">"#).url)
    }

    func testMarkdownFrontMatter() {
        let md = """
        ---
        title: "Chile and Peru sign a fishing pact"
        date: 2021-03-02T10:00:00Z
        url: https://blog.example/2021/03/pact
        tags: [fishing]
        ---
        # Chile and Peru sign a fishing pact

        Peru welcomed Chile on Monday.
        """
        let e = ExtractionProbe.run(md, kind: .markdown)
        XCTAssertEqual(e.document.title, "Chile and Peru sign a fishing pact")
        XCTAssertEqual(e.document.date, "2021-03-02")
        XCTAssertEqual(e.document.dateSource, "front matter date")
        XCTAssertEqual(e.document.url, "https://blog.example/2021/03/pact")
        let text = String(String.UnicodeScalarView(TextCleaner.clean(md, kind: .markdown).scalars))
        XCTAssertFalse(text.contains("fishing]"), text)
        XCTAssertFalse(text.contains("---"), text)
        XCTAssertTrue(text.hasPrefix("Chile and Peru sign a fishing pact\n"), text)
    }

    func testPlainTextDateOnlyFromTheFirstLines() {
        let dated = ExtractionProbe.run("Ghana and Togo reopen their border\n\nMonday, 3 February 2020\n\nGhana welcomed Togo's decision.\n")
        XCTAssertEqual(dated.document.date, "2020-02-03")
        XCTAssertEqual(dated.document.dateSource, "line 3 of the text") // its line in the file, blank lines counted
        let story = """
        Ghana and Togo reopen their border

        Ghana welcomed Togo's decision to reopen the border on Monday.

        Traders said the closure had cost them most of their income.

        The governments met at Aflao to sign the papers.

        The border was first closed on March 3, 1998, after a dispute over transit fees.
        """
        XCTAssertNil(ExtractionProbe.run(story).document.date)
        // A date far into a long first paragraph is the story's, not the article's.
        let long = "Ghana welcomed the decision of Togo, its eastern neighbour, to reopen the long border between them, which was closed on 3 May 1998.\n"
        XCTAssertNil(ExtractionProbe.run(long).document.date)
        // A line that is only a time stamp, under the story, is the article's date.
        let stamped = ExtractionProbe.run(story + "\n\nSep 28, 2015 12:23 PM ET\n")
        XCTAssertEqual(stamped.document.date, "2015-09-28")
        XCTAssertEqual(stamped.document.dateSource, "time stamp on line 11 of the text")
    }

    func testTheTextLineNamesTheDateAndItsSource() {
        let e = ExtractionProbe.run(#"<html><head><meta property="article:published_time" content="2021-03-02"><link rel="canonical" href="https://news.example/d"></head><body><h1>Oslo rebukes Caracas</h1><p>Norway condemned Venezuela.</p></body></html>"#, kind: .html)
        XCTAssertEqual(e.headerLine(), "# Oslo rebukes Caracas \u{00B7} 2021-03-02 (from meta article:published_time) \u{00B7} https://news.example/d")
        XCTAssertEqual(ExtractionProbe.run("Norway condemned Venezuela.").headerLine(), "# Norway condemned Venezuela. \u{00B7} no date")
    }
}
