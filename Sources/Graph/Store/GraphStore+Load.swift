import GRDB

extension GraphStore {
    /// The whole stored graph: every document, actor (with aliases and Wikidata id)
    /// and fact with all of its evidence.
    /// - Throws: `StoreError`.
    public func loadGraph() throws -> KnowledgeGraph {
        try read { db in
            let documents = try DocumentRecord.order(DocumentRecord.Columns.id).fetchAll(db).map(\.info)
            let actors = try loadActors(db, ids: nil)
            let evidence = try EvidenceRecord
                .order(EvidenceRecord.Columns.factID, EvidenceRecord.Columns.documentID,
                       EvidenceRecord.Columns.start, EvidenceRecord.Columns.end)
                .fetchAll(db)
            let byFact = Dictionary(grouping: evidence, by: \.factID)
            let facts = try FactRecord.fetchAll(db).compactMap { record in
                record.fact(evidence: byFact[record.id!, default: []].map(\.evidence))
            }
            return KnowledgeGraph(actors: actors, facts: facts, documents: documents)
        }
    }

    /// Actors with their aliases (in the order first seen); all of them when `ids` is nil.
    func loadActors(_ db: Database, ids: Set<String>?) throws -> [Actor] {
        var request = ActorRecord.order(ActorRecord.Columns.id)
        var aliasRequest = ActorAliasRecord.select(ActorAliasRecord.Columns.actorID, ActorAliasRecord.Columns.alias)
            .order(Column.rowID)
        if let ids {
            request = request.filter(ids.contains(ActorRecord.Columns.id))
            aliasRequest = aliasRequest.filter(ids.contains(ActorAliasRecord.Columns.actorID))
        }
        let aliases = Dictionary(grouping: try aliasRequest.fetchAll(db), by: \.actorID)
        return try request.fetchAll(db).map { record in
            record.actor(aliases: aliases[record.id, default: []].map(\.alias))
        }
    }
}

extension FactRecord {
    /// The model fact; nil when a value was written by a kg that knows more predicates.
    func fact(evidence: [Evidence]) -> Fact? {
        guard let predicate = Predicate(rawValue: predicate) else { return nil }
        return Fact(subject: subject, predicate: predicate, object: object, negated: negated,
                    modality: Modality(rawValue: modality) ?? .asserted, confidence: confidence, evidence: evidence)
    }
}
