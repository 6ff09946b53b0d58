import Foundation

/// The Wikinews articles in ../shared/corpora/wikinews (CSV: url, date, title, text).
struct WikinewsCorpus {
    struct Article {
        var url: String
        var date: String
        var title: String
        var text: String
    }

    var articles: [Article]

    /// Reads every `*.csv` in `folder`, in name order. Returns nil when the folder is absent.
    init?(folder: String) throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return nil }
        var articles: [Article] = []
        for name in names.sorted() where name.hasSuffix(".csv") {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
            let rows = CSVReader.rows(String(decoding: data, as: UTF8.self))
            guard let header = rows.first else { continue }
            let column = { (name: String) in header.firstIndex(of: name) }
            guard let u = column("url"), let d = column("date"), let t = column("title"), let x = column("text") else { continue }
            for row in rows.dropFirst() where row.count == header.count {
                articles.append(Article(url: row[u], date: row[d], title: row[t], text: row[x]))
            }
        }
        self.articles = articles
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(String(field)); field = String.UnicodeScalarView()
            case "\r": continue
            case "\n":
                row.append(String(field)); field = String.UnicodeScalarView()
                rows.append(row); row = []
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(field))
            rows.append(row)
        }
        return rows
    }
}

/// Peak resident memory of this process, in bytes (VmHWM from /proc/self/status).
func peakMemoryBytes() -> Int { procStatusBytes("VmHWM:") }

/// Current resident memory of this process, in bytes (VmRSS).
func residentMemoryBytes() -> Int { procStatusBytes("VmRSS:") }

/// A size line of /proc/self/status (in kB there), in bytes; 0 where there is none.
private func procStatusBytes(_ key: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(key) {
        let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kb * 1024
    }
    return 0
}
