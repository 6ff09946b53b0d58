import Language

/// Turns an article as read (plain text, Markdown or HTML) into `CleanText`.
///
/// HTML: libxml2 parses the page (`HTMLTree`), `MainContent` keeps the article and
/// drops the page's furniture, `PageMetadata` reads headline, date, URL, site and
/// language; every entity is decoded. Markdown: YAML front matter (`title`, `date`,
/// `url`) is read and left out of the text; heading, quote and list markers, emphasis
/// and link targets are dropped, entities decoded. Then every line that is page
/// furniture (navigation, newsletter and membership prompts, photo credits,
/// related-story lists, publisher blurbs, weather and clock lines) is left out. With
/// no date from metadata, a date in the first lines of the text is the document's;
/// a date further down is the story's, not the article's. Linear in the size of the
/// input.
enum TextCleaner {
    static func clean(_ text: String, kind: SourceKind) -> CleanText {
        var result = CleanText()
        result.original = Array(text.unicodeScalars)
        switch kind {
        case .plain:
            // Plain text is its own markup-free form: no copy, offsets are identities.
            let original = result.original
            keepArticleLines(original, nil, into: &result)
        case .html:
            guard let tree = HTMLTree.parse(text, original: result.original) else { return result }
            let content = MainContent(tree).text()
            keepArticleLines(content.scalars, content.origin, into: &result)
            result.metadata = PageMetadata.read(tree, headline: result.title)
        case .markdown:
            var raw: [Unicode.Scalar] = []
            var rawOrigin: [Int32] = []
            raw.reserveCapacity(result.original.count)
            rawOrigin.reserveCapacity(result.original.count)
            let body = FrontMatter.read(result.original, into: &result.metadata)
            stripMarkdown(result.original, from: body, into: &raw, origin: &rawOrigin)
            keepArticleLines(raw, rawOrigin, into: &result)
        }
        if result.metadata.date == nil { dateFromFirstLines(&result) }
        return result
    }

    /// How many lines at the top of a text may carry its date (headline, dateline, by-line).
    static let dateLines = 4
    /// How far into one of those lines a date may stand ("Filed Oct. 3, 2019 by staff").
    static let dateTokens = 16

    /// The document's date from its first lines, as `DateFinder` reads them; else from
    /// a line further down that is nothing but a time stamp ("Sep 28, 2015 12:23 PM ET",
    /// as pages print under or over the story). A date inside a sentence of the story is
    /// the story's, not the article's.
    private static func dateFromFirstLines(_ result: inout CleanText) {
        var tokens: [Token] = []
        var start = 0
        var line = 0
        let s = result.scalars
        while start < s.count {
            var end = start
            while end < s.count, s[end] != "\n" { end += 1 }
            line += 1
            tokens.removeAll(keepingCapacity: true)
            Tokenizer.tokenize(s, start, end, into: &tokens)
            if line <= dateLines {
                if tokens.count > dateTokens { tokens.removeLast(tokens.count - dateTokens) }
            } else if tokens.count > 10 || !tokens.allSatisfy(isTimeStampWord) {
                start = end + 1
                continue
            }
            if let date = DateFinder.find(tokens) {
                result.metadata.date = date
                // Named by its line in the file as read, which blank and furniture lines count in.
                let at = start < result.origin.count ? Int(result.origin[start]) : 0
                let fileLine = 1 + result.original[0..<min(at, result.original.count)].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
                result.metadata.dateSource = (line <= dateLines ? "line" : "time stamp on line") + " \(fileLine) of the text"
                return
            }
            start = end + 1
        }
    }

    private static let timeStampWords: Set<String> = [
        "posted", "published", "updated", "last", "on", "at", "am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "bst", "cet",
        "est", "edt", "pst", "pdt", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static func isTimeStampWord(_ t: Token) -> Bool {
        let w = t.lower
        if DateFinder.months[w] != nil || timeStampWords.contains(w) { return true }
        return w.unicodeScalars.allSatisfy { ($0.value >= 48 && $0.value <= 57) || ",.:-|/".unicodeScalars.contains($0) }
            || (w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") || w.hasSuffix("th")) && Int(w.dropLast(2)) != nil
    }

    // MARK: Markdown

    static func stripMarkdown(_ s: [Unicode.Scalar], from start: Int = 0, into out: inout [Unicode.Scalar], origin: inout [Int32]) {
        var i = start
        let n = s.count
        var atLineStart = true
        while i < n {
            let c = s[i]
            if atLineStart {
                // Drop heading, quote and list markers.
                var j = i
                while j < n, s[j] == " " || s[j] == "\t" { j += 1 }
                var k = j
                while k < n, s[k] == "#" || s[k] == ">" { k += 1 }
                if k == j, k + 1 < n, (s[k] == "-" || s[k] == "*" || s[k] == "+"), s[k + 1] == " " { k += 1 }
                if k > j { while k < n, s[k] == " " { k += 1 }; i = k; atLineStart = false; continue }
                atLineStart = false
            }
            switch c {
            case "\n":
                out.append(c); origin.append(Int32(i)); atLineStart = true; i += 1
            case "*", "`":
                i += 1
            case "_" where (i == 0 || !s[i - 1].properties.isAlphabetic) || (i + 1 >= n || !s[i + 1].properties.isAlphabetic):
                i += 1
            case "!" where i + 1 < n && s[i + 1] == "[":
                // An image: drop it entirely.
                var j = i + 2
                while j < n, s[j] != "]", s[j] != "\n" { j += 1 }
                if j + 1 < n, s[j + 1] == "(" { j += 2; while j < n, s[j] != ")", s[j] != "\n" { j += 1 } }
                i = min(n, j + 1)
            case "[":
                i += 1
            case "&":
                if let e = HTMLTree.entity(at: i, in: s) {
                    out.append(e.scalar); origin.append(Int32(i)); i = e.end
                } else {
                    out.append(c); origin.append(Int32(i)); i += 1
                }
            case "]" where i + 1 < n && s[i + 1] == "(":
                var j = i + 2
                while j < n, s[j] != ")", s[j] != "\n" { j += 1 }
                i = min(n, j + 1)
            default:
                out.append(c); origin.append(Int32(i)); i += 1
            }
        }
    }

    // MARK: Lines and furniture

    /// Keeps the lines that are not furniture; `rawOrigin` nil means raw offsets are original offsets.
    static func keepArticleLines(_ raw: [Unicode.Scalar], _ rawOrigin: [Int32]?, into result: inout CleanText) {
        result.scalars.reserveCapacity(raw.count)
        result.origin.reserveCapacity(raw.count)
        var start = 0
        let n = raw.count
        while start < n {
            var end = start
            while end < n, raw[end] != "\n", raw[end] != "\r", raw[end] != "\u{2029}" { end += 1 }
            // Trim.
            var a = start, b = end
            while a < b, isBlank(raw[a]) { a += 1 }
            while b > a, isBlank(raw[b - 1]) { b -= 1 }
            if b > a && !Furniture.isFurniture(raw, a, b) {
                // The headline: the first kept line of at least two words (one-word lines are section labels).
                if result.title.isEmpty && raw[a..<b].contains(" ") {
                    result.title = String(String.UnicodeScalarView(raw[a..<min(b, a + 300)]))
                }
                for k in a..<b {
                    let c = raw[k]
                    result.scalars.append(isBlank(c) ? " " : c)
                    result.origin.append(rawOrigin?[k] ?? Int32(k))
                }
                result.scalars.append("\n")
                result.origin.append(rawOrigin?[b - 1] ?? Int32(b - 1))
            }
            start = end + 1
        }
    }

    @inline(__always) static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{A0}" || c == "\u{200B}" || c == "\u{FEFF}" || c == "\u{3000}" || c == "\u{2009}" || c == "\u{202F}"
    }
}
