import GRDB

/// A row of `actor`. Aliases live in `actorAlias`.
struct ActorRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "actor"

    var id: String
    var label: String
    var type: String
    var wikidata: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let label = Column(CodingKeys.label)
        static let type = Column(CodingKeys.type)
        static let wikidata = Column(CodingKeys.wikidata)
    }

    init(_ actor: Actor) {
        id = actor.id
        label = actor.label
        type = actor.type.rawValue
        wikidata = actor.wikidata
    }

    /// The model actor; an unknown type (written by another kg) reads as `Group`.
    func actor(aliases: [String]) -> Actor {
        Actor(id: id, label: label, type: ActorType(rawValue: type) ?? .group, wikidata: wikidata, aliases: aliases)
    }
}
