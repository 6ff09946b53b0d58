/// The closed vocabulary of relations between actors (ONTOLOGY.md, "Predicates").
public enum Predicate: String, Codable, CaseIterable, Hashable, Sendable {
    case supports
    case opposes
    case criticizes
    case threatens
    case meetsWith
    case requests
    case cooperatesWith
    case aids
    case brokers
    case attacks
    case sanctions
    case occupies
    case leaderOf
    case memberOf

    /// The broad class a predicate belongs to.
    public enum Class: String, Codable, CaseIterable, Hashable, Sendable {
        case cooperative
        case conflictual
        case affiliation
    }

    /// Cooperative, conflictual or affiliation.
    public var predicateClass: Class {
        switch self {
        case .supports, .meetsWith, .requests, .cooperatesWith, .aids, .brokers:
            return .cooperative
        case .opposes, .criticizes, .threatens, .attacks, .sanctions, .occupies:
            return .conflictual
        case .leaderOf, .memberOf:
            return .affiliation
        }
    }

    /// Symmetric predicates hold in both directions; one triple states both.
    public var isSymmetric: Bool {
        self == .meetsWith || self == .cooperatesWith
    }
}
