/// The kind of an actor, as defined in ONTOLOGY.md.
public enum ActorType: String, Codable, CaseIterable, Hashable, Sendable {
    case person = "Person"
    case country = "Country"
    case organization = "Organization"
    case group = "Group"
    case place = "Place"
    case agreement = "Agreement"
}
