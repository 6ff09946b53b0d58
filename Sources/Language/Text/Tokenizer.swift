/// Splits a sentence of cleaned text into tokens with offsets.
///
/// Words keep inner hyphens ("al-Assad", "U.S.-led") and dotted abbreviations
/// ("U.S.", "U.N."); a possessive "'s" and a negative "n't" become tokens of their
/// own; every other mark is one token. Linear in the length of the sentence.
public enum Tokenizer {
    public static func tokenize(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, into tokens: inout [Token]) {
        var i = from
        while i < to {
            let c = s[i]
            if c == " " || c == "\n" || c == "\t" { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                var segment = 1 // letters since the last dot
                var hasDot = false
                while j < to {
                    let d = s[j]
                    if isWordScalar(d) { j += 1; segment += 1; continue }
                    if (d == "-" || d == "\u{2010}" || d == "\u{2011}") && j + 1 < to && isWordScalar(s[j + 1]) { j += 1; segment = 0; continue }
                    if d == "." && segment == 1 && hasDot && j + 2 < to && s[j + 1] == "-" && isLetter(s[j + 2]) {
                        j += 2; segment = 0; continue // "U.S.-led"
                    }
                    if d == "." && segment == 1 && j + 1 < to && isLetter(s[j + 1]) && (j + 2 >= to || !isLetter(s[j + 2]) || s[j + 2] == ".") {
                        j += 1; segment = 0; hasDot = true; continue
                    }
                    if (d == "'" || d == "\u{2019}") && j + 1 < to && isLetter(s[j + 1]) {
                        let afterS = j + 2
                        let isPossessive = (s[j + 1] == "s" || s[j + 1] == "S") && (afterS >= to || !isLetter(s[afterS]))
                        if isPossessive { break }
                        j += 1; continue
                    }
                    if d == "&" && j + 1 < to && isUpper(s[j + 1]) && isUpper(s[j - 1]) { j += 1; continue }
                    break
                }
                // A dotted abbreviation or an initial keeps its final dot: "U.S.", "J."
                if j < to && s[j] == "." && ((hasDot && segment <= 1) || (j - i == 1 && isUpper(c))) { j += 1 }
                // "doesn't" → "does" + "n't".
                if j - i > 3 && (s[j - 1] == "t" || s[j - 1] == "T") && (s[j - 2] == "'" || s[j - 2] == "\u{2019}") && (s[j - 3] == "n" || s[j - 3] == "N") {
                    let cut = j - 3
                    let isCant = cut - i == 2 && (s[i] == "c" || s[i] == "C") && (s[i + 1] == "a") // "can't" → "ca" + "n't"
                    tokens.append(make(s, i, cut))
                    if isCant { tokens[tokens.count - 1].lower = "can" }
                    tokens.append(make(s, cut, j))
                } else {
                    tokens.append(make(s, i, j))
                }
                i = j
                continue
            }
            if (c == "'" || c == "\u{2019}") && i + 1 < to && (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= to || !isLetter(s[i + 2])) {
                tokens.append(Token(start: Int32(i), end: Int32(i + 2), lower: "'s", flags: 0))
                i += 2
                continue
            }
            // A run of dots is one token ("...").
            if c == "." || c == "\u{2026}" {
                var j = i + 1
                while j < to, s[j] == "." { j += 1 }
                tokens.append(Token(start: Int32(i), end: Int32(j), lower: j - i > 1 || c == "\u{2026}" ? "..." : ".", flags: 0))
                i = j
                continue
            }
            tokens.append(Token(start: Int32(i), end: Int32(i + 1), lower: punctuation(c), flags: 0))
            i += 1
        }
    }

    static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Token {
        var lower = String.UnicodeScalarView()
        var uppers = 0, lowers = 0
        for k in a..<b {
            let c = s[k]
            let v = c.value
            if v >= 65 && v <= 90 { lower.append(Unicode.Scalar(v + 32)!); uppers += 1 }
            else if v >= 97 && v <= 122 { lower.append(c); lowers += 1 }
            else if v < 128 { lower.append(c) }
            else if c == "\u{2019}" || c == "\u{2018}" { lower.append("'") }
            else if c == "\u{2010}" || c == "\u{2011}" { lower.append("-") }
            else if c.properties.isUppercase {
                uppers += 1
                for l in c.properties.lowercaseMapping.unicodeScalars { lower.append(l) }
            } else {
                if c.properties.isLowercase { lowers += 1 }
                lower.append(c)
            }
        }
        let first = s[a]
        var flags: UInt8 = Token.word
        if isUpper(first) { flags |= Token.capitalized }
        else if first.properties.isLowercase { flags |= Token.lowerInitial }
        if uppers >= 2 && lowers == 0 { flags |= Token.allCaps }
        return Token(start: Int32(a), end: Int32(b), lower: String(lower), flags: flags)
    }

    static func punctuation(_ c: Unicode.Scalar) -> String {
        switch c {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\"": return "\""
        case "\u{2018}", "\u{2019}", "'": return "'"
        case "\u{2014}", "\u{2013}", "\u{2015}": return "--"
        default: return String(c)
        }
    }

    @inline(__always) public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inline(__always) public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    @inline(__always) public static func asciiLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (c.value >= 65 && c.value <= 90) ? Unicode.Scalar(c.value + 32)! : c
    }
}
