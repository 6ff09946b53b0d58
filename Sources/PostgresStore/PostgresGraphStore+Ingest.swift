import Foundation
import Graph
import PostgresNIO

extension PostgresGraphStore {
    /// Stores the extractions of one build, each document in its own transaction.
    ///
    /// The rules are those of `GraphStore.ingest` (an unchanged document is left alone,
    /// a copy of stored bytes is not a second witness, a changed one replaces its
    /// earlier evidence), and so is the resulting graph. What differs is the unit of
    /// atomicity: a build killed midway keeps the documents it committed, and a reader
    /// never sees part of a document. Writers of the same document (by id, path or
    /// content) take turns on an advisory lock; actors, facts and evidence are
    /// upserted on their unique keys in key order, and a transaction that meets a
    /// deadlock, a serialization failure or a key race is rolled back and run again.
    ///
    /// - Throws: `StoreError` (`.busy` after `busyTimeout` waiting for a lock), or what
    ///   the hook throws (the document being stored is then rolled back).
    @discardableResult
    public func ingest(_ extractions: [DocumentExtraction],
                       afterEachDocument: ((Int) throws -> Void)? = nil) throws -> IngestReport {
        try exclusively {
            var report = IngestReport()
            report.factsBefore = try count("fact")
            report.evidenceBefore = try count("evidence")
            var buildID: Int64?
            var failure: Error?
            for (index, extraction) in extractions.enumerated() {
                do {
                    let outcome = try retrying { try storeDocument(extraction, buildID: buildID, index: index,
                                                                   hook: afterEachDocument) }
                    switch outcome.change {
                    case .added: report.added.append(outcome.id)
                    case .replaced: report.replaced.append(outcome.id)
                    case .unchanged: report.unchanged.append(outcome.id)
                    }
                    report.warnings += outcome.warnings
                    if outcome.change != .unchanged { buildID = outcome.buildID }
                } catch {
                    failure = error
                    break
                }
            }
            if let buildID {
                try run("""
                    UPDATE build SET finishedAt = \(ISO8601DateFormatter().string(from: Date())),
                      documentsAdded = \(report.added.count), documentsReplaced = \(report.replaced.count)
                    WHERE id = \(buildID)
                    """)
                report.buildID = buildID
            }
            if let failure { throw failure }
            report.factsAfter = try count("fact")
            report.evidenceAfter = try count("evidence")
            return report
        }
    }

    private func count(_ table: String) throws -> Int {
        try run(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)")).first?.decode(Int.self) ?? 0
    }

    /// Runs one transaction, again after a deadlock, a serialization failure or a key
    /// race (up to 20 times, waiting a little longer each time).
    private func retrying<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            try run("BEGIN")
            do {
                let value = try body()
                try run("COMMIT")
                return value
            } catch let failure as DatabaseFailure where failure.isRetryable && attempt < 20 {
                _ = try? run("ROLLBACK")
                attempt += 1
                Thread.sleep(forTimeInterval: Double.random(in: 0.001...0.005) * Double(attempt))
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    enum Change { case added, replaced, unchanged }

    struct Outcome {
        var id: String
        var change: Change
        var buildID: Int64?
        var warnings: [String] = []
    }

    /// Stores one document inside the open transaction.
    private func storeDocument(_ extraction: DocumentExtraction, buildID: Int64?, index: Int,
                               hook: ((Int) throws -> Void)?) throws -> Outcome {
        var info = extraction.document
        let sourceKey = DocumentInfo.sourceKey(info.source)
        // Writers of this document (same id, path or bytes) take turns, in key order.
        let keys = (["id:" + info.id] + [sourceKey.map { "source:" + $0 }, info.contentHash.map { "hash:" + $0 }].compactMap { $0 })
            .map(PostgresGraphStore.lockKey).sorted()
        try run("SELECT pg_advisory_xact_lock(k) FROM unnest(\(keys)::bigint[]) AS k ORDER BY k")

        let (previous, id) = try storedVersion(of: info, sourceKey: sourceKey)
        info.id = id
        var replacedFacts: [Int64] = [], replacedActors: [String] = []
        if let previous {
            if let hash = info.contentHash, previous.contentHash == hash, previous.id == info.id {
                try hook?(index)
                return Outcome(id: info.id, change: .unchanged)
            }
            // What the old version supported is locked before it goes, so that no writer
            // adds to a fact or actor that is being removed.
            replacedFacts = try run("""
                SELECT id FROM fact WHERE id IN (SELECT factID FROM factMention WHERE documentID = \(previous.id))
                ORDER BY id FOR UPDATE
                """).map { try $0.decode(Int64.self) }
            replacedActors = try run("""
                SELECT id FROM actor WHERE id IN (
                  SELECT actorID FROM actorMention WHERE documentID = \(previous.id)
                  UNION SELECT subject FROM fact WHERE id = ANY(\(replacedFacts))
                  UNION SELECT object FROM fact WHERE id = ANY(\(replacedFacts)))
                ORDER BY id FOR UPDATE
                """).map { try $0.decode(String.self) }
            try run("DELETE FROM document WHERE id = \(previous.id)")
        } else if let hash = info.contentHash,
                  try !run("SELECT 1 FROM document WHERE contentHash = \(hash) LIMIT 1").isEmpty {
            try hook?(index)
            return Outcome(id: info.id, change: .unchanged)
        }
        let build: Int64
        if let buildID {
            build = buildID
        } else {
            build = try run("INSERT INTO build (finishedAt, documentsAdded, documentsReplaced) VALUES ('', 0, 0) RETURNING id")
                .first!.decode(Int64.self)
        }
        try run("""
            INSERT INTO document (id, title, date, source, contentHash, sourceKey, buildID, url, dateSource, siteName, language)
            VALUES (\(info.id), \(info.title), \(info.date), \(info.source), \(info.contentHash), \(sourceKey), \(build),
                    \(info.url), \(info.dateSource), \(info.siteName), \(info.language))
            """)
        var outcome = Outcome(id: info.id, change: previous == nil ? .added : .replaced, buildID: build)
        outcome.warnings = try storeContent(extraction, as: info.id)
        if previous != nil {
            try removeUnsupported(facts: replacedFacts, actors: replacedActors)
        }
        try hook?(index)
        return outcome
    }

    /// A stable 64-bit advisory lock key for a string.
    static func lockKey(_ text: String) -> Int64 {
        let hex = GraphStore.contentHash(of: Data(text.utf8)).prefix(16)
        return Int64(bitPattern: UInt64(hex, radix: 16) ?? 0)
    }

    struct StoredDocument {
        var id: String
        var contentHash: String?
        var sourceKey: String?
    }

    /// The stored version of an incoming document and the id to store it under, as
    /// `GraphStore` decides them: by path first, then by id; another article that owns
    /// the id makes the newcomer `<id>-<hash prefix>`.
    private func storedVersion(of info: DocumentInfo, sourceKey: String?) throws -> (StoredDocument?, String) {
        func stored(_ rows: PostgresQueryResult) throws -> StoredDocument? {
            try rows.first.map { row in
                let (id, hash, key) = try row.decode((String, String?, String?).self)
                return StoredDocument(id: id, contentHash: hash, sourceKey: key)
            }
        }
        if let sourceKey,
           let bySource = try stored(run("SELECT id, contentHash, sourceKey FROM document WHERE sourceKey = \(sourceKey) ORDER BY id LIMIT 1")) {
            return (bySource, bySource.id)
        }
        guard let byID = try stored(run("SELECT id, contentHash, sourceKey FROM document WHERE id = \(info.id)")) else {
            return (nil, info.id)
        }
        guard let theirs = byID.sourceKey, let ours = sourceKey, theirs != ours else { return (byID, info.id) }
        let stem = info.id + "-" + (info.contentHash.map { String($0.prefix(8)) } ?? "doc")
        var candidate = stem, counter = 1
        while try !run("SELECT 1 FROM document WHERE id = \(candidate)").isEmpty {
            counter += 1
            candidate = "\(stem)-\(counter)"
        }
        return (nil, candidate)
    }

    /// Stores one document's actors, facts, mentions and evidence, a statement per
    /// table, rows in key order. Returns the warnings for triples naming unknown actors.
    private func storeContent(_ extraction: DocumentExtraction, as documentID: String) throws -> [String] {
        var warnings: [String] = []
        // Actors: the first writer names an actor; later names are aliases.
        var byID: [String: Actor] = [:]
        for actor in extraction.entities where byID[actor.id] == nil { byID[actor.id] = actor }
        let actors = byID.keys.sorted().map { byID[$0]! }
        if !actors.isEmpty {
            try run("""
                INSERT INTO actor (id, label, type, wikidata)
                SELECT id, label, type, NULLIF(wikidata, '') FROM unnest(\(actors.map(\.id))::text[], \(actors.map(\.label))::text[],
                                     \(actors.map(\.type.rawValue))::text[], \(actors.map { $0.wikidata ?? "" })::text[])
                  AS a(id, label, type, wikidata)
                ON CONFLICT (id) DO NOTHING
                """)
            // Held until commit: no concurrent replacement removes these actors meanwhile.
            let stored = try run("SELECT id, label, wikidata FROM actor WHERE id = ANY(\(actors.map(\.id))) ORDER BY id FOR KEY SHARE")
            var labels: [String: String] = [:]
            var wikidataMissing: Set<String> = []
            for row in stored {
                let (id, label, wikidata) = try row.decode((String, String, String?).self)
                labels[id] = label
                if wikidata == nil || wikidata == "" { wikidataMissing.insert(id) }
            }
            // The first Wikidata id any entity of the document gives, where none is stored.
            var wikidataByID: [String: String] = [:]
            for actor in extraction.entities where wikidataByID[actor.id] == nil {
                if let q = actor.wikidata { wikidataByID[actor.id] = q }
            }
            let newWikidata = wikidataByID.keys.sorted().filter(wikidataMissing.contains)
                .map { Actor(id: $0, label: $0, type: .group, wikidata: wikidataByID[$0]) }
            if !newWikidata.isEmpty {
                try run("""
                    UPDATE actor SET wikidata = v.q
                    FROM unnest(\(newWikidata.map(\.id))::text[], \(newWikidata.map { $0.wikidata! })::text[]) AS v(id, q)
                    WHERE actor.id = v.id AND (actor.wikidata IS NULL OR actor.wikidata = '')
                    """)
            }
            var aliasIDs: [String] = [], aliases: [String] = []
            for actor in extraction.entities {
                let label = labels[actor.id] ?? actor.label
                for alias in [actor.label] + actor.aliases where alias != label {
                    aliasIDs.append(actor.id)
                    aliases.append(alias)
                }
            }
            if !aliases.isEmpty {
                try run("""
                    INSERT INTO actorAlias (actorID, alias)
                    SELECT id, alias FROM unnest(\(aliasIDs)::text[], \(aliases)::text[]) WITH ORDINALITY AS v(id, alias, n)
                    ORDER BY n
                    ON CONFLICT DO NOTHING
                    """)
            }
            try run("""
                INSERT INTO actorMention (actorID, documentID)
                SELECT id, \(documentID) FROM unnest(\(actors.map(\.id))::text[]) AS id
                ON CONFLICT DO NOTHING
                """)
        }
        // Facts whose actors exist, in key order.
        var facts = extraction.mergedTriples()
        var known = Set(actors.map(\.id))
        let others = Set(facts.flatMap { [$0.subject, $0.object] }).subtracting(known).sorted()
        if !others.isEmpty {
            for row in try run("SELECT id FROM actor WHERE id = ANY(\(others)) ORDER BY id FOR KEY SHARE") {
                known.insert(try row.decode(String.self))
            }
        }
        facts = facts.filter { fact in
            let missing = [fact.subject, fact.object].filter { !known.contains($0) }
            if missing.isEmpty { return true }
            warnings.append("\(documentID): triple \(fact.subject) \(fact.predicate.rawValue) \(fact.object) names an unknown actor (\(missing.joined(separator: ", "))); left out")
            return false
        }
        guard !facts.isEmpty else { return warnings }
        facts.sort { $0.key < $1.key }
        // A fact's modality is the firmest any document states it with; its confidence the highest.
        let rows = try run("""
            INSERT INTO fact AS f (subject, predicate, object, negated, modality, confidence)
            SELECT s, p, o, n, m, c FROM unnest(\(facts.map(\.key.subject))::text[], \(facts.map(\.predicate.rawValue))::text[],
                                          \(facts.map(\.key.object))::text[], \(facts.map(\.negated))::boolean[],
                                          \(facts.map(\.modality.rawValue))::text[], \(facts.map(\.confidence))::float8[])
              WITH ORDINALITY AS v(s, p, o, n, m, c, k)
            ORDER BY k
            ON CONFLICT (subject, predicate, object, negated) DO UPDATE SET
              modality = CASE WHEN \(unescaped: PostgresGraphStore.rank("EXCLUDED.modality")) < \(unescaped: PostgresGraphStore.rank("f.modality"))
                              THEN EXCLUDED.modality ELSE f.modality END,
              confidence = GREATEST(f.confidence, EXCLUDED.confidence)
            RETURNING id, subject, predicate, object, negated
            """)
        var ids: [Fact.Key: Int64] = [:]
        for row in rows {
            let (id, subject, predicate, object, negated) = try row.decode((Int64, String, String, String, Bool).self)
            guard let predicate = Predicate(rawValue: predicate) else { continue }
            ids[Fact.Key(subject: subject, predicate: predicate, object: object, negated: negated)] = id
        }
        let factIDs = facts.map { ids[$0.key]! }
        try run("""
            INSERT INTO factMention (factID, documentID, modality, confidence)
            SELECT id, \(documentID), m, c FROM unnest(\(factIDs)::bigint[], \(facts.map(\.modality.rawValue))::text[],
                                                       \(facts.map(\.confidence))::float8[]) AS v(id, m, c)
            """)
        var eFact: [Int64] = [], eSentence: [Int] = [], eStart: [Int] = [], eEnd: [Int] = []
        var eQuote: [String] = [], eConfidence: [Double] = [], eModality: [String] = []
        for (fact, id) in zip(facts, factIDs) {
            for evidence in fact.evidence {
                eFact.append(id); eSentence.append(evidence.sentence); eStart.append(evidence.start); eEnd.append(evidence.end)
                eQuote.append(evidence.text); eConfidence.append(evidence.confidence)
                eModality.append(evidence.modality?.rawValue ?? "")
            }
        }
        if !eFact.isEmpty {
            try run("""
                INSERT INTO evidence (factID, documentID, sentence, startOffset, endOffset, quote, confidence, modality)
                SELECT f, \(documentID), s, b, e, q, c, NULLIF(m, '')
                FROM unnest(\(eFact)::bigint[], \(eSentence)::bigint[], \(eStart)::bigint[], \(eEnd)::bigint[],
                            \(eQuote)::text[], \(eConfidence)::float8[], \(eModality)::text[])
                  WITH ORDINALITY AS v(f, s, b, e, q, c, m, k)
                ORDER BY k
                ON CONFLICT DO NOTHING
                """)
        }
        return warnings
    }

    /// SQL ranking a modality, firmest first, as `Modality` orders them.
    static func rank(_ column: String) -> String {
        "array_position(ARRAY['asserted', 'planned', 'possible']::text[], \(column)::text)"
    }

    /// After a replacement: facts and actors the old version alone supported go, and
    /// the facts it shared get their modality and confidence from what remains. Only
    /// rows this transaction has locked are touched.
    private func removeUnsupported(facts: [Int64], actors: [String]) throws {
        guard !facts.isEmpty || !actors.isEmpty else { return }
        try run("DELETE FROM fact WHERE id = ANY(\(facts)) AND NOT EXISTS (SELECT 1 FROM factMention m WHERE m.factID = fact.id)")
        try run("""
            DELETE FROM actor WHERE id = ANY(\(actors))
              AND NOT EXISTS (SELECT 1 FROM actorMention m WHERE m.actorID = actor.id)
              AND NOT EXISTS (SELECT 1 FROM fact f WHERE f.subject = actor.id OR f.object = actor.id)
            """)
        try run("""
            UPDATE fact SET
              modality = CASE
                WHEN EXISTS (SELECT 1 FROM factMention m WHERE m.factID = fact.id AND m.modality = 'asserted') THEN 'asserted'
                WHEN EXISTS (SELECT 1 FROM factMention m WHERE m.factID = fact.id AND m.modality = 'planned') THEN 'planned'
                ELSE 'possible' END,
              confidence = (SELECT max(m.confidence) FROM factMention m WHERE m.factID = fact.id)
            WHERE id = ANY(\(facts))
            """)
    }
}
