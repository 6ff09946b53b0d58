import GRDB

/// A row of `factMention`: one document states a fact, with the modality and
/// confidence it states it with. A fact with no mention left is removed.
struct FactMentionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "factMention"

    var factID: Int64
    var documentID: String
    var modality: String
    var confidence: Double

    enum Columns {
        static let factID = Column(CodingKeys.factID)
        static let documentID = Column(CodingKeys.documentID)
        static let modality = Column(CodingKeys.modality)
        static let confidence = Column(CodingKeys.confidence)
    }
}
