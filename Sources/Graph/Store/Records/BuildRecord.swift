import GRDB

/// A row of `build`: one ingest that changed the store. Its id names the graph
/// pushed by `kg push` (`<base>graph/build-<id>`).
struct BuildRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "build"

    var id: Int64?
    /// ISO 8601 time the build's transaction committed.
    var finishedAt: String
    var documentsAdded: Int
    var documentsReplaced: Int

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let finishedAt = Column(CodingKeys.finishedAt)
        static let documentsAdded = Column(CodingKeys.documentsAdded)
        static let documentsReplaced = Column(CodingKeys.documentsReplaced)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
