/// Facts found by a query, with the actors and documents they refer to.
public struct QueryResult: Sendable {
    /// Facts with all their evidence, most evidence first.
    public var facts: [Fact]
    public var actors: [String: Actor]
    public var documents: [String: DocumentInfo]

    public init(facts: [Fact], actors: [String: Actor], documents: [String: DocumentInfo]) {
        self.facts = facts
        self.actors = actors
        self.documents = documents
    }

    /// The label of an actor id, or the id when the actor is unknown.
    public func label(_ id: String) -> String {
        actors[id]?.label ?? id
    }
}

/// An actor with how much the graph says about it.
public struct ActorSummary: Equatable, Sendable {
    public var actor: Actor
    /// Facts with this actor as subject or object.
    public var factCount: Int
    /// Pieces of evidence over those facts.
    public var evidenceCount: Int

    public init(actor: Actor, factCount: Int, evidenceCount: Int) {
        self.actor = actor
        self.factCount = factCount
        self.evidenceCount = evidenceCount
    }
}
