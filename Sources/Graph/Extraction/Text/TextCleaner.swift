import Language

/// Turns an article as read (plain text, Markdown or HTML) into `CleanText`.
///
/// HTML: libxml2 parses the page (`HTMLTree`), `MainContent` keeps the article and
/// drops the page's furniture; every entity is decoded. Markdown: heading, quote and
/// list markers, emphasis and link targets are dropped, entities decoded. Then every
/// line that is page furniture (navigation, newsletter and membership prompts, photo
/// credits, related-story lists, publisher blurbs, weather and clock lines) is left
/// out. Linear in the size of the input.
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
        case .markdown:
            var raw: [Unicode.Scalar] = []
            var rawOrigin: [Int32] = []
            raw.reserveCapacity(result.original.count)
            rawOrigin.reserveCapacity(result.original.count)
            stripMarkdown(result.original, into: &raw, origin: &rawOrigin)
            keepArticleLines(raw, rawOrigin, into: &result)
        }
        return result
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
