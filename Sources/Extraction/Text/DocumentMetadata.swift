import Foundation
import Language

/// What a document says about itself, apart from its text: headline, publication date
/// (and where that date was read), canonical URL, site name and language.
struct DocumentMetadata: Sendable {
    var title: String?
    /// ISO `YYYY-MM-DD`.
    var date: String?
    /// Where `date` was read: "json-ld datePublished", "meta article:published_time",
    /// "time datetime", "front matter", "line 2 of the text"…
    var dateSource: String?
    var url: String?
    var siteName: String?
    var language: String?

    /// Sets the date from `value` when none is set yet and `value` holds one.
    mutating func offerDate(_ value: String?, from source: String) {
        guard date == nil, let value, let iso = DocumentMetadata.isoDate(value) else { return }
        date = iso
        dateSource = source
    }

    /// Sets `path` from `value` when it is still nil and `value` has more than white space.
    static func offer(_ value: String?, to field: inout String?) {
        guard field == nil, let value else { return }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { field = DocumentMetadata.collapsed(trimmed) }
    }

    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The calendar date in a metadata value: "2021-03-02T09:30:00+01:00" → "2021-03-02"
    /// (the date as the publisher wrote it), "2021/03/02", "March 2, 2021",
    /// "Tue, 02 Mar 2021 09:30:00 GMT".
    static func isoDate(_ value: String) -> String? {
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let u = Array(v.utf8)
        if u.count >= 10, u[4] == 45 || u[4] == 47, u[7] == u[4],
           let y = Int(String(decoding: u[0..<4], as: UTF8.self)), let m = Int(String(decoding: u[5..<7], as: UTF8.self)),
           let d = Int(String(decoding: u[8..<10], as: UTF8.self)), y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1, d <= 31,
           u.count == 10 || !(u[10] >= 48 && u[10] <= 57) {
            return String(format: y, m, d)
        }
        var tokens: [Token] = []
        let scalars = Array(v.unicodeScalars)
        Tokenizer.tokenize(scalars, 0, scalars.count, into: &tokens)
        return DateFinder.find(tokens)
    }
}

private extension String {
    init(format y: Int, _ m: Int, _ d: Int) {
        self = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
