import Language

/// Finds the first date an article states: "September 28, 2015", "28 September
/// 2015", "Sept. 28, 2015", "2015-09-28". Returns ISO `YYYY-MM-DD`.
enum DateFinder {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static func find(_ t: [Token]) -> String? {
        let n = t.count
        var i = 0
        while i < n {
            let w = t[i].lower
            if let iso = isoDate(w) { return iso }
            if let month = months[w], t[i].isCapitalized {
                // Month Day, Year
                var j = i + 1
                if j < n, t[j].lower == "." { j += 1 }
                if j < n, let day = dayNumber(t[j].lower) {
                    var k = j + 1
                    if k < n, t[k].lower == "," { k += 1 }
                    if k < n, let year = yearNumber(t[k].lower) { return format(year, month, day) }
                }
                // Day Month Year
                if i > 0, let day = dayNumber(t[i - 1].lower) {
                    var k = i + 1
                    if k < n, t[k].lower == "," || t[k].lower == "." { k += 1 }
                    if k < n, let year = yearNumber(t[k].lower) { return format(year, month, day) }
                }
            }
            i += 1
        }
        return nil
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }

    private static func dayNumber(_ w: String) -> Int? {
        var digits = w
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        guard digits.count <= 2, let d = Int(digits), d >= 1, d <= 31 else { return nil }
        return d
    }

    private static func yearNumber(_ w: String) -> Int? {
        guard w.utf8.count == 4, let y = Int(w), y >= 1900, y <= 2100 else { return nil }
        return y
    }

    private static func isoDate(_ w: String) -> String? {
        let u = Array(w.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        guard let y = Int(String(decoding: u[0..<4], as: UTF8.self)), let m = Int(String(decoding: u[5..<7], as: UTF8.self)),
              let d = Int(String(decoding: u[8..<10], as: UTF8.self)), y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        return format(y, m, d)
    }
}
