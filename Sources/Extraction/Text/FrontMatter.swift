import Foundation

/// Reads the YAML front matter of a Markdown article, as static-site generators and
/// note apps write it:
///
///     ---
///     title: "Chile and Peru sign a fishing pact"
///     date: 2021-03-02
///     url: https://example.org/2021/03/pact
///     ---
///
/// Only flat `key: value` lines are read (`title`, `date`/`published`, `url`/`link`/
/// `canonical`, `site`, `lang`/`language`); the block is no part of the text.
enum FrontMatter {
    /// Fills `metadata` from the front matter at the start of `s`, and returns where the
    /// text after it starts (0 when there is none).
    static func read(_ s: [Unicode.Scalar], into metadata: inout DocumentMetadata) -> Int {
        var lines: [(start: Int, end: Int)] = []
        var start = 0
        while start < s.count {
            var end = start
            while end < s.count, s[end] != "\n" { end += 1 }
            lines.append((start, end))
            start = end + 1
            if lines.count > 200 { break }
        }
        func text(_ line: (start: Int, end: Int)) -> String {
            var t = String(String.UnicodeScalarView(s[line.start..<line.end]))
            while t.last == "\r" || t.last == " " { t.removeLast() }
            return t
        }
        guard let first = lines.first, text(first) == "---" else { return 0 }
        guard let close = lines.dropFirst().firstIndex(where: { text($0) == "---" || text($0) == "..." }) else { return 0 }
        for line in lines[1..<close] {
            let t = text(line)
            guard let colon = t.firstIndex(of: ":"), !t.hasPrefix(" "), !t.hasPrefix("#") else { continue }
            let key = t[..<colon].lowercased()
            var value = t[t.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "title", "headline": DocumentMetadata.offer(value, to: &metadata.title)
            case "date", "published", "pubdate", "publishdate", "date_published": metadata.offerDate(value, from: "front matter \(key)")
            case "url", "link", "canonical", "canonical_url", "source": DocumentMetadata.offer(value, to: &metadata.url)
            case "site", "site_name", "publisher": DocumentMetadata.offer(value, to: &metadata.siteName)
            case "lang", "language": DocumentMetadata.offer(value, to: &metadata.language)
            default: continue
            }
        }
        return min(s.count, lines[close].end + 1)
    }
}
