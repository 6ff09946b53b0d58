import Foundation

/// Reads a corpus file whose rows are articles, as news crawlers export them: CSV
/// (RFC 4180, a header row naming the columns) or JSON Lines (`.jsonl`, `.ndjson`, one
/// object per line). Each row becomes one document, dated and addressed from its
/// columns; a bad row is a problem naming the file and line, and the rest goes through.
///
/// Each document's `source` is `path#N`, N its row (from 1), so the store tells rows
/// apart; its text is the row's headline and body (`text(title:body:)`), and its
/// evidence offsets point into that text.
///
/// Thread safety: a value type; safe to use from any thread.
public struct CorpusReader: Sendable {
    /// File extensions read as corpora.
    public static let extensions: Set<String> = ["csv", "jsonl", "ndjson"]

    /// Which columns hold what, best first; `--fields` puts the user's names first.
    public struct Fields: Sendable, Equatable {
        public var text = ["text", "content", "body", "maintext", "article", "article_text", "story"]
        public var title = ["title", "headline"]
        public var date = ["date", "published", "published_at", "publish_date", "date_published", "datepublished", "pubdate", "datetime", "timestamp"]
        public var url = ["url", "link", "canonical_url", "source_url", "href"]
        public var id = ["id", "guid", "uuid"]

        public init() {}

        /// Reads `text=body,date=published_at` (names of the columns to use).
        /// - Throws: `ValidationFailure` naming what cannot be read.
        public init(_ spec: String) throws {
            self.init()
            for part in spec.split(separator: ",") {
                let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, !pair[1].isEmpty else { throw ValidationFailure(message: "'\(part)' is not FIELD=COLUMN") }
                let column = pair[1].lowercased()
                switch pair[0].lowercased() {
                case "text": text.insert(column, at: 0)
                case "title": title.insert(column, at: 0)
                case "date": date.insert(column, at: 0)
                case "url": url.insert(column, at: 0)
                case "id": id.insert(column, at: 0)
                default: throw ValidationFailure(message: "unknown field '\(pair[0])'; use text, title, date, url or id")
                }
            }
        }
    }

    public struct ValidationFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public var fields: Fields

    /// The most bytes of one row's text read as an article; a longer row is skipped.
    public var maxArticleBytes: Int

    public init(fields: Fields = Fields(), maxArticleBytes: Int = InputFile.defaultLimit) {
        self.fields = fields
        self.maxArticleBytes = maxArticleBytes
    }

    public static func isCorpus(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// The documents of a corpus file, in row order, with a problem for each bad row.
    /// - Throws: `LoadProblem` when the file itself cannot be read.
    public func read(_ path: String) throws -> [Swift.Result<SourceDocument, LoadProblem>] {
        // The whole file is one read (its rows are many articles), in pieces, refusing a
        // pipe or device; each row's text is then held to the article limit.
        let bytes = try InputFile.read(path, limit: Int.max / 2)
        if bytes.contains(0) { throw LoadProblem.binary(path: path) }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) { throw LoadProblem.empty(path: path) }
        let rows: [(line: Int, values: [String: String]?, reason: String?)]
        if (path as NSString).pathExtension.lowercased() == "csv" {
            rows = try CorpusReader.csvRows(text, path: path)
        } else {
            rows = CorpusReader.jsonRows(text)
        }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var out: [Swift.Result<SourceDocument, LoadProblem>] = []
        for (number, row) in rows.enumerated() {
            guard let values = row.values else {
                out.append(.failure(.badRow(path: path, line: row.line, reason: row.reason ?? "cannot be read")))
                continue
            }
            guard let body = first(fields.text, in: values), body.contains(where: { !$0.isWhitespace }) else {
                let columns = values.keys.sorted().joined(separator: ", ")
                out.append(.failure(.badRow(path: path, line: row.line,
                                            reason: "has no text (its columns: \(columns)); name the text column with --fields text=COLUMN")))
                continue
            }
            guard body.utf8.count <= maxArticleBytes else {
                out.append(.failure(.badRow(path: path, line: row.line,
                                            reason: "has a text larger than \(InputFile.describe(bytes: maxArticleBytes)), the most kg reads as one article (raise it with --max-article-size)")))
                continue
            }
            let url = first(fields.url, in: values)
            let date = first(fields.date, in: values)
            let title = first(fields.title, in: values)
            let rowID = first(fields.id, in: values).map(CorpusReader.slug) ?? String(number + 1)
            let html = DocumentLoader.looksLikeHTML(Data(body.utf8))
            var document = SourceDocument(id: "\(stem)-\(rowID)", path: "\(path)#\(number + 1)",
                                          kind: html ? .html : .plain, text: html ? body : CorpusReader.text(title: title, body: body),
                                          contentHash: SHA256.hex(Array([url ?? "", date ?? "", title ?? "", body].joined(separator: "\u{1F}").utf8)))
            document.title = title
            document.date = date
            document.url = url
            document.dateSource = date == nil ? nil : "column \(fields.date.first { values[$0] != nil } ?? "date") of \((path as NSString).lastPathComponent)"
            out.append(.success(document))
        }
        return out
    }

    /// A row's text as kg reads it: its headline, a blank line, then its body, since
    /// news states facts in headlines ("Norway condemns Venezuela"). A body that already
    /// starts with its headline, or a row with none, is read as it is. A page's HTML
    /// keeps its own headline, so it is not given one.
    static func text(title: String?, body: String) -> String {
        guard let title, !body.hasPrefix(title) else { return body }
        return title + "\n\n" + body
    }

    private func first(_ names: [String], in values: [String: String]) -> String? {
        for name in names {
            if let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return value }
        }
        return nil
    }

    static func slug(_ s: String) -> String {
        let kept = s.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        let slug = String(kept).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "row" : String(slug.prefix(60))
    }

    // MARK: Formats

    /// JSON Lines: one object per non-blank line; values that are not strings are written out as JSON.
    static func jsonRows(_ text: String) -> [(line: Int, values: [String: String]?, reason: String?)] {
        var rows: [(Int, [String: String]?, String?)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                rows.append((index + 1, nil, "is not a JSON object"))
                continue
            }
            var values: [String: String] = [:]
            for (key, value) in object {
                if let s = value as? String { values[key.lowercased()] = s } else if let n = value as? NSNumber { values[key.lowercased()] = n.stringValue }
            }
            rows.append((index + 1, values, nil))
        }
        return rows
    }

    /// CSV (RFC 4180): quoted fields may hold commas, quotes (doubled) and line breaks.
    /// A row with a different number of fields than the header is bad.
    /// - Throws: `LoadProblem.unreadable` when there is no header.
    static func csvRows(_ text: String, path: String) throws -> [(line: Int, values: [String: String]?, reason: String?)] {
        var records: [(line: Int, fields: [String], unterminated: Bool)] = []
        var field = String.UnicodeScalarView()
        var fields: [String] = []
        var quoted = false
        var atFieldStart = true
        var line = 1
        var recordLine = 1
        let s = Array(text.unicodeScalars)
        var i = 0
        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields, false)) }
            fields = []
            atFieldStart = true
        }
        while i < s.count {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < s.count, s[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
            case "\r":
                break
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if quoted {
            fields.append(String(field))
            records.append((recordLine, fields, true))
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        guard let header = records.first else { throw LoadProblem.unreadable(path: path, reason: "it has no header row naming its columns") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return records.dropFirst().map { record in
            if record.unterminated { return (record.line, nil, "has a quote that is never closed") }
            guard record.fields.count == names.count else {
                return (record.line, nil, "has \(record.fields.count) fields where the header names \(names.count)")
            }
            return (record.line, Dictionary(zip(names, record.fields), uniquingKeysWith: { a, _ in a }), nil)
        }
    }
}
