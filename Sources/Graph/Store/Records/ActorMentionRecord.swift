import GRDB

/// A row of `actorMention`: a document names an actor. An actor that no document
/// names and no fact uses is removed.
struct ActorMentionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "actorMention"

    var actorID: String
    var documentID: String

    enum Columns {
        static let actorID = Column(CodingKeys.actorID)
        static let documentID = Column(CodingKeys.documentID)
    }
}
