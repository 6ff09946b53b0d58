/// The closed vocabulary of relations between actors (ONTOLOGY.md, "Predicates").
/// What each one means and how it behaves is its row of `PredicateSpec.table`.
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
    public typealias Class = PredicateSpec.Class

    /// This predicate's row of `PredicateSpec.table`.
    public var spec: PredicateSpec { PredicateSpec.byPredicate[self]! }

    /// Cooperative, conflictual or affiliation.
    public var predicateClass: Class { spec.predicateClass }

    /// Symmetric predicates hold in both directions; one triple states both.
    public var isSymmetric: Bool { spec.isSymmetric }
}
