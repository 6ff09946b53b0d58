import Foundation
import GRDB

extension GraphStore {
    /// Stores a batch of extractions in a single transaction (`kg build` sends a build's
    /// documents in batches, each its own ingest).
    ///
    /// A document already stored with the same content hash is left alone, and so
    /// is a new document whose bytes are already stored under another name (a copy
    /// of an article is not a second witness, whether it comes in the same build or
    /// a later one); one stored with another hash is replaced (its mentions and evidence go, and facts
    /// and actors left with no support go with them); a new one is added. Within a
    /// document the same fact key is one fact; across documents, facts merge and
    /// their evidence adds up. Either everything is stored or nothing is.
    ///
    /// - Parameter afterEachDocument: called inside the transaction after each
    ///   document with its index; throwing from it rolls the whole ingest back
    ///   (used to test atomicity, and by `kg build`'s test hook).
    /// - Throws: `StoreError` (`.busy` after `busyTimeout`), or what the hook throws.
    @discardableResult
    public func ingest(_ extractions: [DocumentExtraction],
                       afterEachDocument: ((Int) throws -> Void)? = nil) throws -> IngestReport {
        do {
            return try queue.writeWithoutTransaction { db in
                var report = IngestReport()
                try db.inTransaction(.immediate) {
                    report = try ingest(extractions, in: db, afterEachDocument: afterEachDocument)
                    return .commit
                }
                return report
            }
        } catch {
            throw GraphStore.storeError(error, path: path, waited: busyTimeout)
        }
    }

    private func ingest(_ extractions: [DocumentExtraction], in db: Database,
                        afterEachDocument: ((Int) throws -> Void)?) throws -> IngestReport {
        var report = IngestReport()
        report.factsBefore = try FactRecord.fetchCount(db)
        report.evidenceBefore = try EvidenceRecord.fetchCount(db)
        var build: BuildRecord?
        // The facts this ingest gave or took evidence: only theirs is derived again, so a
        // build in many batches costs what its documents do, not the whole store each time.
        var touched = Set<Int64>()
        for (index, extraction) in extractions.enumerated() {
            var info = extraction.document
            let (previous, id) = try storedVersion(of: info, db)
            info.id = id
            if let previous {
                if let hash = info.contentHash, previous.contentHash == hash, previous.id == info.id {
                    report.unchanged.append(info.id)
                    try afterEachDocument?(index)
                    continue
                }
                touched.formUnion(try Int64.fetchAll(db, sql: "SELECT factID FROM factMention WHERE documentID = ?", arguments: [previous.id]))
                try previous.delete(db)
                report.replaced.append(info.id)
            } else if let hash = info.contentHash,
                      try Int.fetchOne(db, sql: "SELECT 1 FROM document WHERE contentHash = ? LIMIT 1", arguments: [hash]) != nil {
                report.unchanged.append(info.id)
                try afterEachDocument?(index)
                continue
            } else {
                report.added.append(info.id)
            }
            if build == nil {
                var record = BuildRecord(finishedAt: "", documentsAdded: 0, documentsReplaced: 0)
                try record.insert(db)
                build = record
            }
            try DocumentRecord(info, buildID: build?.id).insert(db)
            try store(extraction, as: info.id, in: db, report: &report, touched: &touched)
            try afterEachDocument?(index)
        }
        if var build {
            if !report.replaced.isEmpty { try removeUnsupported(db) }
            try deriveFactAttributes(db, of: touched)
            build.finishedAt = ISO8601DateFormatter().string(from: Date())
            build.documentsAdded = report.added.count
            build.documentsReplaced = report.replaced.count
            try build.update(db)
            report.buildID = build.id
        }
        report.factsAfter = try FactRecord.fetchCount(db)
        report.evidenceAfter = try EvidenceRecord.fetchCount(db)
        return report
    }

    /// The stored version of an incoming document, and the id to store it under.
    ///
    /// A document is the same article as a stored one when both were read from the
    /// same path, or, failing that, when they have the same id and no different
    /// paths. Two articles with one id from different paths (`a/index.html`,
    /// `b/index.html`) are both kept: the newcomer gets `<id>-<hash prefix>`.
    func storedVersion(of info: DocumentInfo, _ db: Database) throws -> (DocumentRecord?, String) {
        let source = DocumentRecord.sourceKey(info.source)
        let bySource = try source.flatMap {
            try DocumentRecord.filter(DocumentRecord.Columns.sourceKey == $0).order(DocumentRecord.Columns.id).fetchOne(db)
        }
        if let bySource { return (bySource, bySource.id) }
        guard let byID = try DocumentRecord.fetchOne(db, key: info.id) else { return (nil, info.id) }
        guard let theirs = byID.sourceKey, let ours = source, theirs != ours else { return (byID, info.id) }
        // Another article, read from elsewhere, owns this id: keep both.
        let stem = info.id + "-" + (info.contentHash.map { String($0.prefix(8)) } ?? "doc")
        var candidate = stem, counter = 1
        while try DocumentRecord.fetchOne(db, key: candidate) != nil {
            counter += 1
            candidate = "\(stem)-\(counter)"
        }
        return (nil, candidate)
    }

    /// Stores one document's actors, facts, mentions and evidence under `documentID`.
    private func store(_ extraction: DocumentExtraction, as documentID: String, in db: Database,
                       report: inout IngestReport, touched: inout Set<Int64>) throws {
        for actor in extraction.entities {
            let label: String
            if var stored = try ActorRecord.fetchOne(db, key: actor.id) {
                if stored.wikidata == nil, let q = actor.wikidata {
                    stored.wikidata = q
                    try stored.update(db)
                }
                label = stored.label
                if actor.label != label {
                    try ActorAliasRecord(actorID: actor.id, alias: actor.label).insert(db, onConflict: .ignore)
                }
            } else {
                try ActorRecord(actor).insert(db)
                label = actor.label
            }
            for alias in actor.aliases where alias != label {
                try ActorAliasRecord(actorID: actor.id, alias: alias).insert(db, onConflict: .ignore)
            }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO actorMention (actorID, documentID) VALUES (?, ?)")
                .execute(arguments: [actor.id, documentID])
        }
        let actorExists = try db.cachedStatement(sql: "SELECT 1 FROM actor WHERE id = ?")
        var knownActors = Set(extraction.entities.map(\.id))
        let insertFact = try db.cachedStatement(sql: """
            INSERT INTO fact (subject, predicate, object, negated, modality, confidence) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try db.cachedStatement(
            sql: "INSERT INTO factMention (factID, documentID, modality, confidence) VALUES (?, ?, ?, ?)")
        let insertEvidence = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO evidence (factID, documentID, sentence, startOffset, endOffset, quote, confidence, modality)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let findFact = try db.cachedStatement(
            sql: "SELECT id FROM fact WHERE subject = ? AND predicate = ? AND object = ? AND negated = ?")
        for fact in extraction.mergedTriples() {
            let key = fact.key
            var missing: [String] = []
            for id in [key.subject, key.object] where !knownActors.contains(id) {
                if try Int.fetchOne(actorExists, arguments: [id]) == nil { missing.append(id) } else { knownActors.insert(id) }
            }
            if !missing.isEmpty {
                report.warnings.append("\(documentID): triple \(key.subject) \(key.predicate.rawValue) \(key.object) names an unknown actor (\(missing.joined(separator: ", "))); left out")
                continue
            }
            let factID: Int64
            if let id = try Int64.fetchOne(findFact, arguments: [key.subject, key.predicate.rawValue, key.object, key.negated]) {
                factID = id
            } else {
                try insertFact.execute(arguments: [key.subject, key.predicate.rawValue, key.object, key.negated,
                                                   fact.modality.rawValue, fact.confidence])
                factID = db.lastInsertedRowID
            }
            touched.insert(factID)
            // The hot inserts use cached statements; the columns are those of the records.
            try insertMention.execute(arguments: [factID, documentID, fact.modality.rawValue, fact.confidence])
            for evidence in fact.evidence {
                try insertEvidence.execute(arguments: [factID, documentID, evidence.sentence, evidence.start, evidence.end,
                                                       evidence.text, evidence.confidence, evidence.modality?.rawValue])
            }
        }
    }

    /// Removes facts no document states any more, and actors nothing refers to.
    private func removeUnsupported(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM fact WHERE id NOT IN (SELECT factID FROM factMention)")
        try db.execute(sql: """
            DELETE FROM actor
            WHERE id NOT IN (SELECT actorID FROM actorMention)
              AND id NOT IN (SELECT subject FROM fact)
              AND id NOT IN (SELECT object FROM fact)
            """)
    }

    /// A fact's modality is the firmest any document states it with; its confidence the
    /// highest. Derived for the facts in `ids` (those an ingest changed).
    private func deriveFactAttributes(_ db: Database, of ids: Set<Int64>) throws {
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS touchedFact (id INTEGER PRIMARY KEY)")
        try db.execute(sql: "DELETE FROM touchedFact")
        let insert = try db.cachedStatement(sql: "INSERT INTO touchedFact (id) VALUES (?)")
        for id in ids { try insert.execute(arguments: [id]) }
        try db.execute(sql: """
            UPDATE fact SET
              modality = CASE
                WHEN EXISTS (SELECT 1 FROM factMention m WHERE m.factID = fact.id AND m.modality = 'asserted') THEN 'asserted'
                WHEN EXISTS (SELECT 1 FROM factMention m WHERE m.factID = fact.id AND m.modality = 'planned') THEN 'planned'
                ELSE 'possible' END,
              confidence = (SELECT MAX(m.confidence) FROM factMention m WHERE m.factID = fact.id)
            WHERE id IN (SELECT id FROM touchedFact)
            """)
        try db.execute(sql: "DELETE FROM touchedFact")
    }
}
