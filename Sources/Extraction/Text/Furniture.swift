import Language

/// Recognises lines of a web page that are not the article: navigation, prompts,
/// credits, related-story lists, publisher blurbs, weather and clock lines.
enum Furniture {
    /// Phrases that mark a line of up to 40 words as furniture wherever they occur.
    static let strong: [String] = [
        "skip to", "newsletter", "sign up", "subscribe", "cookie", "advertisement", "read more", "read next",
        "related stories", "related articles", "related coverage", "more stories", "most read", "most popular",
        "you may also like", "recommended for you", "share this", "share on", "follow us", "leave a comment",
        "comments have been", "view comments", "show comments", "photo credit", "image credit", "getty images",
        "ap photo", "afp photo", "reuters photo", "afp via getty", "all rights reserved", "copyright ", "(c) ",
        "breaking news", "your contributions", "support our journalism", "support the journal", "membership",
        "become a member", "log in", "login", "click here", "download the app", "accessibility", "main menu",
        "navigation", "privacy policy", "terms of use", "terms of service", "open journalism", "independent journalism",
        "our journalism", "we rely on", "uncensored news", "reader-funded", "reader-supported", "donate", "contribute now", "listen to this article", "minute read",
        "min read", "sponsored content", "partner content", "watch:", "video:", "photo:", "image:", "file photo",
        "email this", "print this", "jump to", "back to top", "sign in", "trending now", "editor's note",
    ]
    /// Words that mark a line of up to 6 words as furniture.
    static let weak: [String] = [
        "comments", "comment", "share", "tweet", "email", "print", "menu", "search", "home", "updated", "published",
        "related", "advertisement", "follow", "more", "topics", "tags", "credit", "photograph", "illustration",
    ]

    static let strongBytes: [[UInt8]] = strong.map { Array($0.utf8) }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static func isFurniture(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        if s[a] == "#" || s[a] == "\u{2022}" || s[a] == "|" || s[a] == "\u{00A9}" { return true }
        // Count words; long lines are article text.
        var words = 0
        var inWord = false
        var letters = 0
        var i = a
        while i < b {
            let c = s[i]
            if c == " " { inWord = false } else {
                if !inWord { words += 1; inWord = true }
                if c.properties.isAlphabetic { letters += 1 }
            }
            if words > 40 { return false }
            i += 1
        }
        if letters == 0 { return true }
        var lower = ""
        lower.unicodeScalars.reserveCapacity(b - a)
        for k in a..<b {
            let c = s[k]
            if c == "\u{00B0}" { // a temperature: "Dublin: 18°C"
                if words <= 10 { return true }
            }
            lower.unicodeScalars.append(c.value < 128 ? Tokenizer.asciiLower(c) : (c == "\u{2019}" ? "'" : c))
        }
        // A byte search: `String.contains` goes through Foundation's locale-aware search here,
        // which cost about a tenth of extraction time.
        let bytes = Array(lower.utf8)
        for phrase in strongBytes where Furniture.contains(bytes, phrase) { return true }
        if lower.hasPrefix("updated at") || lower.hasPrefix("updated ") && words <= 8 { return true }
        if lower.hasPrefix("by ") && words <= 6 { return true } // by-line
        // Related-story links: "Read: ...", "See also: ...", "Watch: ...".
        for prefix in ["read:", "read more:", "read also", "see also", "also read", "watch:", "listen:", "related:", "more:"] where lower.hasPrefix(prefix) { return true }
        if words <= 6 {
            for word in weak where lower == word || lower.hasPrefix(word + " ") || lower.hasPrefix(word + ":") { return true }
        }
        return false
    }
}
