import GRDB

extension GraphStore {
    /// Runs `body` with the stored graph as a `GraphSource` read row by row, inside one
    /// read transaction (so it sees one state of the store, whatever a build does
    /// meanwhile). Memory holds the actors and one chunk of facts, never the graph: a
    /// chunk is at most `StoreGraphSource.defaultChunkSize` facts and at most
    /// `StoreGraphSource.defaultEvidenceLimit` pieces of their evidence, so a store
    /// whose facts are each reported by thousands of articles costs no more than one
    /// whose facts are reported once.
    /// - Throws: `StoreError`, or what `body` throws.
    public func withSource<T>(_ body: (any GraphSource) throws -> T) throws -> T {
        try withSource(chunkSize: StoreGraphSource.defaultChunkSize, evidenceLimit: StoreGraphSource.defaultEvidenceLimit, body)
    }

    /// `withSource` with at most `chunkSize` facts and `evidenceLimit` pieces of
    /// evidence read at a time (tests vary them).
    func withSource<T>(chunkSize: Int, evidenceLimit: Int = StoreGraphSource.defaultEvidenceLimit,
                       _ body: (any GraphSource) throws -> T) throws -> T {
        try read { db in try body(StoreGraphSource(store: self, db: db, chunkSize: chunkSize, evidenceLimit: evidenceLimit)) }
    }
}

/// The graph of one store read as it is written out.
///
/// Thread safety: used inside one read of the store's queue.
struct StoreGraphSource: GraphSource {
    let store: GraphStore
    let db: Database
    /// Facts read together with their evidence and documents.
    var chunkSize = StoreGraphSource.defaultChunkSize
    /// Pieces of evidence read together: a chunk ends before the fact that would take it
    /// past this many. A fact with more comes alone in its chunk, whole (exporters need
    /// a fact's evidence together).
    var evidenceLimit = StoreGraphSource.defaultEvidenceLimit
    static let defaultChunkSize = 500
    /// About a megabyte of evidence rows in memory, a few hundred bytes each.
    static let defaultEvidenceLimit = 2_000

    func forEachDocument(_ body: (DocumentInfo) throws -> Void) throws {
        let cursor = try DocumentRecord.order(DocumentRecord.Columns.id).fetchCursor(db)
        while let record = try cursor.next() { try body(record.info) }
    }

    func forEachActor(_ body: (Actor, [(predicate: KGModel.Predicate, object: String)]) throws -> Void) throws {
        let edges = try Row.fetchCursor(db, sql: """
            SELECT subject, predicate, object FROM fact WHERE negated = 0 AND modality = 'asserted'
            ORDER BY subject, predicate, object
            """)
        var next = try edges.next()
        for actor in try store.loadActors(db, ids: nil) {
            var mine: [(predicate: KGModel.Predicate, object: String)] = []
            while let row = next, (row["subject"] as String) <= actor.id {
                if (row["subject"] as String) == actor.id, let predicate = KGModel.Predicate(rawValue: row["predicate"]) {
                    mine.append((predicate, row["object"]))
                }
                next = try edges.next()
            }
            try body(actor, mine)
        }
    }

    func forEachFactChunk(_ body: ([Fact], DocumentLookup) throws -> Void) throws {
        // Each fact with the number of its evidence rows (counted on the evidence index),
        // so that a chunk can end before its evidence grows past the limit.
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT fact.*, (SELECT COUNT(*) FROM evidence WHERE evidence.factID = fact.id) AS evidenceCount
            FROM fact ORDER BY subject, predicate, object, negated
            """)
        // Each fact with the number of its evidence rows.
        var chunk: [(fact: FactRecord, evidence: Int)] = []
        var evidenceRows = 0
        // Documents are read when an exporter asks for one, by primary key.
        let findDocument = try db.cachedStatement(sql: "SELECT * FROM document WHERE id = ?")
        let documents = DocumentLookup { id in try DocumentRecord.fetchOne(findDocument, arguments: [id])?.info }
        func emit() throws {
            let ids = chunk.compactMap(\.fact.id)
            // Read row by row into the model's evidence: the rows are never all held twice,
            // and each fact's array is made its size at once rather than grown by doubling
            // (which held a widely reported fact's evidence about three times over).
            let rows = try EvidenceRecord.filter(ids.contains(EvidenceRecord.Columns.factID))
                .order(EvidenceRecord.Columns.factID, EvidenceRecord.Columns.documentID,
                       EvidenceRecord.Columns.start, EvidenceRecord.Columns.end)
                .fetchCursor(db)
            var byFact: [Int64: [Evidence]] = [:]
            for (fact, count) in chunk {
                var evidence: [Evidence] = []
                evidence.reserveCapacity(count)
                byFact[fact.id!] = evidence
            }
            while let row = try rows.next() { byFact[row.factID, default: []].append(row.evidence) }
            let facts = chunk.compactMap { $0.fact.fact(evidence: byFact.removeValue(forKey: $0.fact.id!) ?? []) }
            chunk.removeAll(keepingCapacity: true)
            evidenceRows = 0
            try body(facts, documents)
        }
        while let row = try cursor.next() {
            let count: Int = row["evidenceCount"]
            if !chunk.isEmpty && evidenceRows + count > evidenceLimit { try emit() }
            chunk.append((try FactRecord(row: row), count))
            evidenceRows += count
            if chunk.count >= chunkSize || evidenceRows >= evidenceLimit { try emit() }
        }
        if !chunk.isEmpty { try emit() }
    }
}
