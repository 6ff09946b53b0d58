/// A document that facts were extracted from.
public struct DocumentInfo: Hashable, Codable, Sendable {
    /// Stable id: the file name without its extension, or `stdin-<hash>` for standard input.
    public var id: String
    public var title: String
    /// ISO 8601 date (`YYYY-MM-DD`) when the text states one.
    public var date: String?
    /// Where the document was read from, as given on the command line.
    public var source: String?
    /// Hex SHA-256 of the bytes read, so a changed article is recognised.
    public var contentHash: String?

    public init(id: String, title: String, date: String? = nil, source: String? = nil, contentHash: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.contentHash = contentHash
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, source, contentHash = "content_hash"
    }
}
