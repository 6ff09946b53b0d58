import Foundation
import GRDB

/// A row of `document`: one article whose facts are in the store.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "document"

    var id: String
    var title: String
    var date: String?
    var source: String?
    var contentHash: String?
    /// `source` as an absolute, standardized path: what says two reads are the same article.
    var sourceKey: String?
    /// The build that stored this version of the document.
    var buildID: Int64?
    var url: String?
    var dateSource: String?
    var siteName: String?
    var language: String?
    /// The path relative to the build's input folder, as published.
    var name: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let date = Column(CodingKeys.date)
        static let source = Column(CodingKeys.source)
        static let contentHash = Column(CodingKeys.contentHash)
        static let sourceKey = Column(CodingKeys.sourceKey)
        static let buildID = Column(CodingKeys.buildID)
        static let url = Column(CodingKeys.url)
        static let dateSource = Column(CodingKeys.dateSource)
    }

    init(_ info: DocumentInfo, buildID: Int64?) {
        id = info.id
        title = info.title
        date = info.date
        source = info.source
        contentHash = info.contentHash
        sourceKey = DocumentRecord.sourceKey(info.source)
        self.buildID = buildID
        url = info.url
        dateSource = info.dateSource
        siteName = info.siteName
        language = info.language
        name = info.name
    }

    /// An absolute, standardized form of a source path ("./news/../news/a.txt" and
    /// "news/a.txt" are one file); nil for none or standard input.
    static func sourceKey(_ source: String?) -> String? {
        DocumentInfo.sourceKey(source)
    }

    var info: DocumentInfo {
        DocumentInfo(id: id, title: title, date: date, source: source, contentHash: contentHash,
                     dateSource: dateSource, url: url, siteName: siteName, language: language, name: name)
    }
}
