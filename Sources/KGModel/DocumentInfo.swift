/// A document that facts were extracted from.
public struct DocumentInfo: Hashable, Codable, Sendable {
    /// Stable id: the file name without its extension, or `stdin-<hash>` for standard input.
    public var id: String
    public var title: String
    /// ISO 8601 date (`YYYY-MM-DD`) of publication, from the page's metadata, Markdown
    /// front matter or the first lines of the text.
    public var date: String?
    /// Where `date` was read ("meta article:published_time", "json-ld datePublished",
    /// "front matter date", "line 2 of the text").
    public var dateSource: String?
    /// The article's canonical web address, when the page names one.
    public var url: String?
    /// The publication ("Daily Planet"), when the page names it.
    public var siteName: String?
    /// The page's language tag ("en", "en-GB"), when it states one.
    public var language: String?
    /// Where the document was read from, as given on the command line.
    public var source: String?
    /// Where the document was read from as kg publishes it: its path relative to the
    /// folder of the build's input (`world/a.txt`, `crawl.csv#12`), never absolute.
    public var name: String?
    /// Hex SHA-256 of the bytes read, so a changed article is recognised.
    public var contentHash: String?

    public init(id: String, title: String, date: String? = nil, source: String? = nil, contentHash: String? = nil,
                dateSource: String? = nil, url: String? = nil, siteName: String? = nil, language: String? = nil,
                name: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.contentHash = contentHash
        self.dateSource = dateSource
        self.url = url
        self.siteName = siteName
        self.language = language
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, source, contentHash = "content_hash", dateSource = "date_source", url, siteName = "site_name", language, name
    }
}
