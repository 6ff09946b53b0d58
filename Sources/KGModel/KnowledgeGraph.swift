/// The merged graph of many documents: one node per actor, one edge per fact
/// (subject, predicate, object, negated) with all of its evidence.
///
/// A value type; merging is deterministic, so the same documents in any order give
/// the same graph.
public struct KnowledgeGraph: Sendable {
    public private(set) var actors: [String: Actor] = [:]
    public private(set) var facts: [Fact.Key: Fact] = [:]
    public private(set) var documents: [String: DocumentInfo] = [:]

    public init() {}

    public init(actors: [Actor], facts: [Fact], documents: [DocumentInfo] = []) {
        for actor in actors { add(actor) }
        for fact in facts { add(fact) }
        for document in documents { self.documents[document.id] = document }
    }

    /// Adds one document's extraction; evidence is tagged with the document id.
    public mutating func merge(_ extraction: DocumentExtraction) {
        documents[extraction.document.id] = extraction.document
        for actor in extraction.entities { add(actor) }
        for var fact in extraction.triples {
            fact.evidence = fact.evidence.map { ev in
                var ev = ev
                if ev.document.isEmpty { ev.document = extraction.document.id }
                return ev
            }
            add(fact)
        }
    }

    /// Adds an actor, or folds its aliases and Wikidata id into the one already known.
    public mutating func add(_ actor: Actor) {
        guard var known = actors[actor.id] else {
            actors[actor.id] = actor
            return
        }
        if known.wikidata == nil { known.wikidata = actor.wikidata }
        for alias in actor.aliases where !known.aliases.contains(alias) && alias != known.label {
            known.aliases.append(alias)
        }
        actors[actor.id] = known
    }

    /// Adds a fact, or folds it into the same fact already known (`Fact.merge`).
    public mutating func add(_ fact: Fact) {
        let key = fact.key
        guard var known = facts[key] else {
            var fact = fact
            fact.subject = key.subject
            fact.object = key.object
            facts[key] = fact
            return
        }
        known.merge(fact)
        facts[key] = known
    }

    /// Facts in a stable order (by subject, predicate, object, negated).
    public var sortedFacts: [Fact] {
        facts.keys.sorted().map { facts[$0]! }
    }

    /// Actors in a stable order (by id).
    public var sortedActors: [Actor] {
        actors.keys.sorted().map { actors[$0]! }
    }

    /// Number of pieces of evidence for every actor, summed over its facts.
    public func evidenceCountByActor() -> [String: Int] {
        var counts: [String: Int] = [:]
        for fact in facts.values {
            counts[fact.subject, default: 0] += fact.evidence.count
            counts[fact.object, default: 0] += fact.evidence.count
        }
        return counts
    }
}
