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
    /// Collects what `forEachRow` hands out; a big corpus is better read with that.
    /// - Throws: `LoadProblem` when the file itself cannot be read.
    public func read(_ path: String) throws -> [Swift.Result<SourceDocument, LoadProblem>] {
        var out: [Swift.Result<SourceDocument, LoadProblem>] = []
        try forEachRow(of: path) { out.append($0) }
        return out
    }

    /// Reads a corpus file in pieces and hands out each row as a document (or a problem
    /// naming its line) as soon as it is read, so memory holds one row at a time
    /// whatever the size of the file. Rows handed out before a fault of the file
    /// (a NUL byte, a read error) stay handed out.
    /// - Throws: `LoadProblem` when the file cannot be read, or what `body` throws.
    public func forEachRow(of path: String, _ body: (Swift.Result<SourceDocument, LoadProblem>) throws -> Void) throws {
        var bytes = try CorpusBytes(path: path)
        let csv = (path as NSString).pathExtension.lowercased() == "csv"
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // A row may hold one article at most, and its other columns: past that it is no row
        // (an unclosed quote swallowing the rest of the file) and reading stops.
        let recordLimit = maxArticleBytes + 1024 * 1024
        var names: [String]?
        var number = 0
        while let record = try csv ? bytes.nextCSVRecord(limit: recordLimit) : bytes.nextLine(limit: recordLimit) {
            let values: [String: String]
            if csv {
                guard let header = names else {
                    names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    continue
                }
                number += 1
                if record.tooLong {
                    try body(.failure(.badRow(path: path, line: record.line, reason: "is larger than \(InputFile.describe(bytes: recordLimit)) (a quote that is never closed?); the rest of the file is not read")))
                    return
                }
                if record.unterminated {
                    try body(.failure(.badRow(path: path, line: record.line, reason: "has a quote that is never closed")))
                    continue
                }
                guard record.fields.count == header.count else {
                    try body(.failure(.badRow(path: path, line: record.line, reason: "has \(record.fields.count) fields where the header names \(header.count)")))
                    continue
                }
                values = Dictionary(zip(header, record.fields), uniquingKeysWith: { a, _ in a })
            } else {
                guard record.fields[0].contains(where: { !$0.isWhitespace }) else { continue }
                number += 1
                if record.tooLong {
                    try body(.failure(.badRow(path: path, line: record.line, reason: "is larger than \(InputFile.describe(bytes: recordLimit)); the rest of the file is not read")))
                    return
                }
                guard let object = try? JSONSerialization.jsonObject(with: Data(record.fields[0].utf8)) as? [String: Any] else {
                    try body(.failure(.badRow(path: path, line: record.line, reason: "is not a JSON object")))
                    continue
                }
                var read: [String: String] = [:]
                for (key, value) in object {
                    if let s = value as? String { read[key.lowercased()] = s } else if let n = value as? NSNumber { read[key.lowercased()] = n.stringValue }
                }
                values = read
            }
            try body(document(values, path: path, line: record.line, number: number, stem: stem))
        }
        if !bytes.sawText { throw LoadProblem.empty(path: path) }
        if csv && names == nil { throw LoadProblem.unreadable(path: path, reason: "it has no header row naming its columns") }
    }

    /// The document of one row, or the problem with it.
    private func document(_ values: [String: String], path: String, line: Int, number: Int, stem: String) -> Swift.Result<SourceDocument, LoadProblem> {
        guard let body = first(fields.text, in: values), body.contains(where: { !$0.isWhitespace }) else {
            let columns = values.keys.sorted().joined(separator: ", ")
            return .failure(.badRow(path: path, line: line,
                                    reason: "has no text (its columns: \(columns)); name the text column with --fields text=COLUMN"))
        }
        guard body.utf8.count <= maxArticleBytes else {
            return .failure(.badRow(path: path, line: line,
                                    reason: "has a text larger than \(InputFile.describe(bytes: maxArticleBytes)), the most kg reads as one article (raise it with --max-article-size)"))
        }
        let url = first(fields.url, in: values)
        let date = first(fields.date, in: values)
        let title = first(fields.title, in: values)
        let rowID = first(fields.id, in: values).map(CorpusReader.slug) ?? String(number)
        let html = DocumentLoader.looksLikeHTML(Data(body.utf8))
        var document = SourceDocument(id: "\(stem)-\(rowID)", path: "\(path)#\(number)",
                                      kind: html ? .html : .plain, text: html ? body : CorpusReader.text(title: title, body: body),
                                      contentHash: SHA256.hex(Array([url ?? "", date ?? "", title ?? "", body].joined(separator: "\u{1F}").utf8)))
        document.title = title
        document.date = date
        document.url = url
        document.dateSource = date == nil ? nil : "column \(fields.date.first { values[$0] != nil } ?? "date") of \((path as NSString).lastPathComponent)"
        return .success(document)
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
}
