import GRDB

/// A row of `fact`: one (subject, predicate, object, negated), unique in the store.
/// `modality` and `confidence` are derived from the fact's mentions.
struct FactRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "fact"

    var id: Int64?
    var subject: String
    var predicate: String
    var object: String
    var negated: Bool
    var modality: String
    var confidence: Double

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let subject = Column(CodingKeys.subject)
        static let predicate = Column(CodingKeys.predicate)
        static let object = Column(CodingKeys.object)
        static let negated = Column(CodingKeys.negated)
        static let modality = Column(CodingKeys.modality)
        static let confidence = Column(CodingKeys.confidence)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
