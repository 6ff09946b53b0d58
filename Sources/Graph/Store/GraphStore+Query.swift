import GRDB

extension GraphStore {
    /// Facts matching `filter`, most evidence first, each with all its evidence.
    /// - Throws: `StoreError`.
    public func facts(matching filter: FactFilter) throws -> QueryResult {
        try read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            for (name, column) in [(filter.subject, "f.subject"), (filter.object, "f.object")] {
                guard let name else { continue }
                let ids = try actorIDs(named: name, db)
                conditions.append("\(column) IN (\(GraphStore.placeholders(ids.count)))")
                arguments += StatementArguments(ids)
            }
            if let name = filter.actor {
                let ids = try actorIDs(named: name, db)
                let marks = GraphStore.placeholders(ids.count)
                conditions.append("(f.subject IN (\(marks)) OR f.object IN (\(marks)))")
                arguments += StatementArguments(ids)
                arguments += StatementArguments(ids)
            }
            if let predicate = filter.predicate {
                conditions.append("f.predicate = ?")
                arguments += [predicate.rawValue]
            }
            if let negated = filter.negated {
                conditions.append("f.negated = ?")
                arguments += [negated]
            }
            if let document = filter.document {
                conditions.append("EXISTS (SELECT 1 FROM factMention m WHERE m.factID = f.id AND m.documentID = ?)")
                arguments += [document]
            }
            // Evidence counted and listed: all of it, or that of documents dated in the window.
            // DateWindow's bounds are normalized YYYY-MM-DD (checked again here: digits and
            // dashes only), so they are written into the SQL, where they appear in several clauses.
            var inWindow = "1"
            if !filter.dates.isEmpty {
                var bounds = ["date IS NOT NULL"]
                for (bound, op) in [(filter.dates.since, ">="), (filter.dates.until, "<=")] {
                    guard let bound else { continue }
                    guard bound.utf8.count == 10, bound.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 45 }) else {
                        throw StoreError.database(path: path, reason: "the date \(bound) is not YYYY-MM-DD")
                    }
                    bounds.append("substr(date, 1, 10) \(op) '\(bound)'")
                }
                inWindow = "documentID IN (SELECT id FROM document WHERE \(bounds.joined(separator: " AND ")))"
                conditions.append("EXISTS (SELECT 1 FROM evidence e WHERE e.factID = f.id AND e.\(inWindow))")
            }
            let counted = inWindow == "1" ? "" : " AND e.\(inWindow)"
            if let minimum = filter.minEvidence {
                conditions.append("(SELECT COUNT(*) FROM evidence e WHERE e.factID = f.id\(counted)) >= ?")
                arguments += [minimum]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let records = try FactRecord.fetchAll(db, sql: """
                SELECT f.* FROM fact f \(whereClause)
                ORDER BY (SELECT COUNT(*) FROM evidence e WHERE e.factID = f.id\(counted)) DESC, f.subject, f.predicate, f.object, f.negated
                """, arguments: arguments)
            let factIDs = records.compactMap(\.id)
            let evidence = try EvidenceRecord
                .filter(factIDs.contains(EvidenceRecord.Columns.factID))
                .filter(sql: inWindow)
                .order(EvidenceRecord.Columns.documentID, EvidenceRecord.Columns.start, EvidenceRecord.Columns.end)
                .fetchAll(db)
            let byFact = Dictionary(grouping: evidence, by: \.factID)
            let facts = records.compactMap { $0.fact(evidence: byFact[$0.id!, default: []].map(\.evidence)) }
            let actorIDs = Set(facts.flatMap { [$0.subject, $0.object] })
            let actors = try loadActors(db, ids: actorIDs)
            let documentIDs = Set(evidence.map(\.documentID))
            let documents = try DocumentRecord.filter(documentIDs.contains(DocumentRecord.Columns.id)).fetchAll(db)
            return QueryResult(facts: facts,
                               actors: Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) }),
                               documents: Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.info) }))
        }
    }

    /// Every actor with its fact and evidence counts, most facts first.
    /// - Throws: `StoreError`.
    public func actorSummaries() throws -> [ActorSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id AS id,
                  (SELECT COUNT(*) FROM fact f WHERE f.subject = a.id OR f.object = a.id) AS factCount,
                  (SELECT COUNT(*) FROM evidence e JOIN fact f ON f.id = e.factID
                    WHERE f.subject = a.id OR f.object = a.id) AS evidenceCount
                FROM actor a
                """)
            let counts = Dictionary(uniqueKeysWithValues: rows.map { row -> (String, (Int, Int)) in
                (row["id"], (row["factCount"], row["evidenceCount"]))
            })
            return try loadActors(db, ids: nil).map { actor in
                let (facts, evidence) = counts[actor.id] ?? (0, 0)
                return ActorSummary(actor: actor, factCount: facts, evidenceCount: evidence)
            }.sorted { a, b in
                (a.factCount, b.actor.label.lowercased()) > (b.factCount, a.actor.label.lowercased())
            }
        }
    }

    /// The actors a name names (by id, label or alias, ignoring case); empty when none.
    /// - Throws: `StoreError`.
    public func actors(named name: String) throws -> [Actor] {
        try read { db in try loadActors(db, ids: Set(try actorIDs(named: name, db))) }
    }

    /// `?, ?, ?` for an SQL `IN` list; `NULL` (which matches nothing) for none.
    static func placeholders(_ count: Int) -> String {
        count == 0 ? "NULL" : Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Ids of the actors `name` names: by id, by slug, by label or by alias, ignoring case.
    func actorIDs(named name: String, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT id FROM actor WHERE id = ? OR id = ? OR label = ? COLLATE NOCASE
            UNION SELECT actorID FROM actorAlias WHERE alias = ? COLLATE NOCASE
            ORDER BY 1
            """, arguments: [name, Actor.slug(name), name, name])
    }
}
