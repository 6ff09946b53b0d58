/// One article as read from disk or standard input, before extraction.
public struct SourceDocument: Sendable {
    /// Document id: the file name without extension (made unique within one load).
    public var id: String
    /// The path as given, or `-` for standard input.
    public var path: String
    public var kind: SourceKind
    /// The text as read; evidence offsets point into it.
    public var text: String
    /// Hex SHA-256 of the bytes read.
    public var contentHash: String
    /// True when the bytes were not valid UTF-8 and were repaired with U+FFFD.
    public var repairedEncoding: Bool
    /// What a corpus row's columns say (they win over what the text says), and where its date came from.
    public var title: String?
    public var date: String?
    public var url: String?
    public var dateSource: String?

    public init(id: String, path: String, kind: SourceKind, text: String, contentHash: String, repairedEncoding: Bool = false) {
        self.id = id
        self.path = path
        self.kind = kind
        self.text = text
        self.contentHash = contentHash
        self.repairedEncoding = repairedEncoding
    }
}
