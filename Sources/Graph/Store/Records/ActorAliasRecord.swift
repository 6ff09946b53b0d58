import GRDB

/// A row of `actorAlias`: another name an actor goes by.
struct ActorAliasRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "actorAlias"

    var actorID: String
    var alias: String

    enum Columns {
        static let actorID = Column(CodingKeys.actorID)
        static let alias = Column(CodingKeys.alias)
    }
}
