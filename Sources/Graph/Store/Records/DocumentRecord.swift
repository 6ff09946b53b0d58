import GRDB

/// A row of `document`: one article whose facts are in the store.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "document"

    var id: String
    var title: String
    var date: String?
    var source: String?
    var contentHash: String?
    /// The build that stored this version of the document.
    var buildID: Int64?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let date = Column(CodingKeys.date)
        static let source = Column(CodingKeys.source)
        static let contentHash = Column(CodingKeys.contentHash)
        static let buildID = Column(CodingKeys.buildID)
    }

    init(_ info: DocumentInfo, buildID: Int64?) {
        id = info.id
        title = info.title
        date = info.date
        source = info.source
        contentHash = info.contentHash
        self.buildID = buildID
    }

    var info: DocumentInfo {
        DocumentInfo(id: id, title: title, date: date, source: source, contentHash: contentHash)
    }
}
