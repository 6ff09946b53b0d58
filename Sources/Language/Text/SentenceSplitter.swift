/// Finds sentence boundaries in cleaned text.
///
/// A line is never crossed. Inside a line, a sentence ends at `.`, `!` or `?` (with
/// any closing quotes or brackets) followed by a space and a capital, a digit or an
/// opening quote, unless the dot ends an abbreviation (Mr., Gen., Sept., U.S. before
/// a capitalised name) or an initial. Lines longer than `maxLength` scalars are cut
/// at the nearest space so no sentence is unbounded.
public enum SentenceSplitter {
    static let maxLength = 2_000

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig",
        "sen", "rep", "gov", "pres", "st", "ste", "mt", "ft", "jr", "sr", "rev", "hon", "amb", "sec", "supt", "insp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "plc", "dept", "est", "approx", "fig", "vol", "al",
    ]

    public static func split(_ s: [Unicode.Scalar], into ranges: inout [Range<Int>]) {
        let n = s.count
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, s[lineEnd] != "\n" { lineEnd += 1 }
            splitLine(s, lineStart, lineEnd, into: &ranges)
            lineStart = lineEnd + 1
        }
    }

    private static func splitLine(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, into ranges: inout [Range<Int>]) {
        var start = a
        var i = a
        while i < b {
            let c = s[i]
            if i - start >= maxLength {
                var cut = i
                while cut > start + maxLength / 2, s[cut] != " " { cut -= 1 }
                if cut <= start + maxLength / 2 { cut = i }
                push(s, start, cut, &ranges)
                start = cut
                i = cut + 1
                continue
            }
            if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                var j = i + 1
                while j < b, s[j] == "." || s[j] == "!" || s[j] == "?" || isCloser(s[j]) { j += 1 }
                guard j < b, s[j] == " " else { i = j; continue }
                var k = j
                while k < b, s[k] == " " { k += 1 }
                guard k < b else { i = j; continue }
                let next = s[k]
                let startsSentence = Tokenizer.isUpper(next) || (next.value >= 48 && next.value <= 57) || isOpener(next)
                if startsSentence && !(c == "." && j == i + 1 && isAbbreviation(s, start, i, nextIsCapital: Tokenizer.isUpper(next))) {
                    push(s, start, j, &ranges)
                    start = k
                }
                i = k
                continue
            }
            i += 1
        }
        push(s, start, b, &ranges)
    }

    private static func push(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ ranges: inout [Range<Int>]) {
        var x = a, y = b
        while x < y, s[x] == " " { x += 1 }
        while y > x, s[y - 1] == " " { y -= 1 }
        if y > x { ranges.append(x..<y) }
    }

    /// Whether the dot at `dot` ends an abbreviation or an initial rather than a sentence.
    private static func isAbbreviation(_ s: [Unicode.Scalar], _ lineStart: Int, _ dot: Int, nextIsCapital: Bool) -> Bool {
        var w = dot
        while w > lineStart, s[w - 1] != " ", s[w - 1] != "(", s[w - 1] != "\"", s[w - 1] != "\u{201C}" { w -= 1 }
        let length = dot - w
        if length == 0 { return false }
        if length == 1 && Tokenizer.isUpper(s[w]) { return true } // an initial: "George W. Bush"
        var word = ""
        var dots = 0
        for k in w..<dot {
            let c = s[k]
            if c == "." { dots += 1; continue }
            word.unicodeScalars.append(Tokenizer.asciiLower(c))
        }
        if dots > 0 && length <= 4 {
            // "U.S. President ..." is far more common than a sentence ending in "U.S."
            return true
        }
        return abbreviations.contains(word)
    }

    @inline(__always) private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    @inline(__always) private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "'" || c == "\u{2018}" || c == "(" || c == "[" || c == "\u{00AB}"
    }
}
