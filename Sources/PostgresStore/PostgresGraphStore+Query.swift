import Foundation
import Graph
import PostgresNIO

extension PostgresGraphStore {
    /// Facts matching `filter`, most evidence first, ordered and filtered as
    /// `GraphStore.facts(matching:)` does. - Throws: `StoreError`.
    public func facts(matching filter: FactFilter) throws -> QueryResult {
        try read {
            var conditions: [String] = []
            var binds = PostgresBindings()
            func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
                binds.append(value)
                return "$\(binds.count)"
            }
            for (name, column) in [(filter.subject, "f.subject"), (filter.object, "f.object")] {
                guard let name else { continue }
                conditions.append("\(column) = ANY(\(bind(try actorIDs(named: name)))::text[])")
            }
            if let name = filter.actor {
                let ids = bind(try actorIDs(named: name))
                conditions.append("(f.subject = ANY(\(ids)::text[]) OR f.object = ANY(\(ids)::text[]))")
            }
            if let predicate = filter.predicate { conditions.append("f.predicate = \(bind(predicate.rawValue))") }
            if let negated = filter.negated { conditions.append("f.negated = \(bind(negated))") }
            if let document = filter.document {
                conditions.append("EXISTS (SELECT 1 FROM factMention m WHERE m.factID = f.id AND m.documentID = \(bind(document)))")
            }
            var inWindow = "TRUE"
            if !filter.dates.isEmpty {
                var bounds = ["date IS NOT NULL"]
                for (bound, op) in [(filter.dates.since, ">="), (filter.dates.until, "<=")] {
                    guard let bound else { continue }
                    bounds.append("substr(date, 1, 10) \(op) \(bind(bound))")
                }
                inWindow = "documentID IN (SELECT id FROM document WHERE \(bounds.joined(separator: " AND ")))"
                conditions.append("EXISTS (SELECT 1 FROM evidence e WHERE e.factID = f.id AND e.\(inWindow))")
            }
            let counted = inWindow == "TRUE" ? "" : " AND e.\(inWindow)"
            if let minimum = filter.minEvidence {
                conditions.append("(SELECT count(*) FROM evidence e WHERE e.factID = f.id\(counted)) >= \(bind(minimum))")
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let factRows = try run(PostgresQuery(unsafeSQL: """
                SELECT f.id, f.subject, f.predicate, f.object, f.negated, f.modality, f.confidence FROM fact f \(whereClause)
                ORDER BY (SELECT count(*) FROM evidence e WHERE e.factID = f.id\(counted)) DESC,
                  f.subject, f.predicate, f.object, f.negated
                """, binds: binds))
            let factIDs = try factRows.map { try $0.makeRandomAccess()[0].decode(Int64.self) }
            var evidenceBinds = PostgresBindings()
            evidenceBinds.append(factIDs)
            var evidenceFilter = inWindow
            if inWindow != "TRUE" {
                // The window's bounds again, numbered after the fact ids.
                var bounds = ["date IS NOT NULL"]
                for (bound, op) in [(filter.dates.since, ">="), (filter.dates.until, "<=")] {
                    guard let bound else { continue }
                    evidenceBinds.append(bound)
                    bounds.append("substr(date, 1, 10) \(op) $\(evidenceBinds.count)")
                }
                evidenceFilter = "documentID IN (SELECT id FROM document WHERE \(bounds.joined(separator: " AND ")))"
            }
            var evidence: [Int64: [Evidence]] = [:]
            var documentIDs: Set<String> = []
            for row in try run(PostgresQuery(unsafeSQL: """
                SELECT factID, documentID, sentence, startOffset, endOffset, quote, confidence, modality FROM evidence
                WHERE factID = ANY($1::bigint[]) AND \(evidenceFilter)
                ORDER BY documentID, startOffset, endOffset
                """, binds: evidenceBinds)) {
                let (factID, item) = try PostgresGraphStore.evidence(row)
                evidence[factID, default: []].append(item)
                documentIDs.insert(item.document)
            }
            let facts = try factRows.compactMap { try PostgresGraphStore.fact($0, evidence: evidence) }
            let actors = try loadActors(ids: Array(Set(facts.flatMap { [$0.subject, $0.object] })))
            let documents = try run("\(unescaped: PostgresGraphStore.documentColumns) WHERE id = ANY(\(Array(documentIDs)))")
                .map(PostgresGraphStore.document)
            return QueryResult(facts: facts,
                               actors: Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) }),
                               documents: Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) }))
        }
    }

    /// Every actor with its fact and evidence counts, most facts first. - Throws: `StoreError`.
    public func actorSummaries() throws -> [ActorSummary] {
        try read {
            var counts: [String: (Int, Int)] = [:]
            for row in try run("""
                SELECT a.id,
                  (SELECT count(*) FROM fact f WHERE f.subject = a.id OR f.object = a.id),
                  (SELECT count(*) FROM evidence e JOIN fact f ON f.id = e.factID WHERE f.subject = a.id OR f.object = a.id)
                FROM actor a
                """) {
                let (id, facts, evidence) = try row.decode((String, Int, Int).self)
                counts[id] = (facts, evidence)
            }
            return try loadActors(ids: nil).map { actor in
                let (facts, evidence) = counts[actor.id] ?? (0, 0)
                return ActorSummary(actor: actor, factCount: facts, evidenceCount: evidence)
            }.sorted { a, b in
                (a.factCount, b.actor.label.lowercased()) > (b.factCount, a.actor.label.lowercased())
            }
        }
    }

    /// The actors a name names (by id, label or alias, ignoring ASCII case). - Throws: `StoreError`.
    public func actors(named name: String) throws -> [Actor] {
        try read { try loadActors(ids: try actorIDs(named: name)) }
    }

    /// Ids of the actors `name` names: by id, by slug, by label or by alias, ignoring
    /// case as SQLite's NOCASE does (ASCII letters only: the columns collate as "C").
    func actorIDs(named name: String) throws -> [String] {
        try run("""
            SELECT id FROM actor WHERE id = \(name) OR id = \(Actor.slug(name)) OR lower(label) = lower(\(name)::text COLLATE "C")
            UNION SELECT actorID FROM actorAlias WHERE lower(alias) = lower(\(name)::text COLLATE "C")
            ORDER BY 1
            """).map { try $0.decode(String.self) }
    }
}
