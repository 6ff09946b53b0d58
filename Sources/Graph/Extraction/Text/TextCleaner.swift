import Language

/// Turns an article as read (plain text, Markdown or HTML) into `CleanText`.
///
/// HTML: tags are dropped (block tags become line breaks), `script`/`style` bodies
/// skipped, entities decoded. Markdown: heading, quote and list markers, emphasis
/// and link targets are dropped. Then every line that is page furniture (navigation,
/// newsletter and membership prompts, photo credits, related-story lists, publisher
/// blurbs, weather and clock lines) is left out. Linear in the size of the input.
enum TextCleaner {
    static func clean(_ text: String, kind: SourceKind) -> CleanText {
        var result = CleanText()
        result.original = Array(text.unicodeScalars)
        if kind == .plain {
            // Plain text is its own markup-free form: no copy, offsets are identities.
            let original = result.original
            keepArticleLines(original, nil, into: &result)
            return result
        }
        var raw: [Unicode.Scalar] = []
        var rawOrigin: [Int32] = []
        raw.reserveCapacity(result.original.count)
        rawOrigin.reserveCapacity(result.original.count)
        if kind == .html {
            stripHTML(result.original, into: &raw, origin: &rawOrigin)
        } else {
            stripMarkdown(result.original, into: &raw, origin: &rawOrigin)
        }
        keepArticleLines(raw, rawOrigin, into: &result)
        return result
    }

    // MARK: HTML

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "nav", "aside", "blockquote", "figure",
        "figcaption", "title", "hr", "main", "dd", "dt", "pre", "form", "button",
    ]
    private static let skippedTags: Set<String> = ["script", "style", "noscript", "svg", "nav", "footer", "button", "form", "aside", "figcaption"]
    private static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "aacute": "á", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ccedil": "ç", "ntilde": "ñ", "uuml": "ü", "ouml": "ö", "auml": "ä", "copy": "©",
    ]

    static func stripHTML(_ s: [Unicode.Scalar], into out: inout [Unicode.Scalar], origin: inout [Int32]) {
        var i = 0
        let n = s.count
        var skipping: String? = nil
        while i < n {
            let c = s[i]
            if c == "<" {
                // Read the tag name.
                var j = i + 1
                var closing = false
                if j < n, s[j] == "/" { closing = true; j += 1 }
                if j < n, s[j] == "!" {
                    // Comment or doctype: skip to "-->" or ">".
                    var k = j
                    let isComment = k + 2 < n && s[k + 1] == "-" && s[k + 2] == "-"
                    while k < n {
                        if isComment {
                            if s[k] == ">" && k >= 2 && s[k - 1] == "-" && s[k - 2] == "-" { break }
                        } else if s[k] == ">" { break }
                        k += 1
                    }
                    i = k + 1
                    continue
                }
                var name = ""
                while j < n, j - i < 40, s[j].properties.isAlphabetic || (s[j].value >= 0x30 && s[j].value <= 0x39) {
                    name.unicodeScalars.append(Tokenizer.asciiLower(s[j]))
                    j += 1
                }
                if name.isEmpty { // a lone "<"
                    if skipping == nil { out.append(c); origin.append(Int32(i)) }
                    i += 1
                    continue
                }
                var k = j
                var quote: Unicode.Scalar? = nil
                while k < n {
                    let d = s[k]
                    if let q = quote { if d == q { quote = nil } } else if d == "\"" || d == "'" { quote = d } else if d == ">" { break }
                    k += 1
                }
                if let skip = skipping {
                    if closing && name == skip { skipping = nil }
                } else if !closing && skippedTags.contains(name) && !(k > 0 && s[k - 1] == "/") {
                    skipping = name
                } else if blockTags.contains(name) {
                    out.append("\n"); origin.append(Int32(i))
                }
                i = k + 1
                continue
            }
            if skipping != nil { i += 1; continue }
            if c == "&" {
                var j = i + 1
                var name = ""
                while j < n, j - i < 10, s[j] != ";", s[j].properties.isAlphabetic || s[j] == "#" || (s[j].value >= 0x30 && s[j].value <= 0x39) {
                    name.unicodeScalars.append(s[j]); j += 1
                }
                if j < n, s[j] == ";", let decoded = decodeEntity(name) {
                    out.append(decoded); origin.append(Int32(i))
                    i = j + 1
                    continue
                }
            }
            out.append(c); origin.append(Int32(i))
            i += 1
        }
    }

    private static func decodeEntity(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
        return entities[name]
    }

    // MARK: Markdown

    static func stripMarkdown(_ s: [Unicode.Scalar], into out: inout [Unicode.Scalar], origin: inout [Int32]) {
        var i = 0
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
