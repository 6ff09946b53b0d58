import GRDB

extension GraphStore {
    /// Runs `body` with the stored graph as a `GraphSource` read row by row, inside one
    /// read transaction (so it sees one state of the store, whatever a build does
    /// meanwhile). Memory holds the actors and one chunk of facts, never the graph.
    /// - Throws: `StoreError`, or what `body` throws.
    public func withSource<T>(_ body: (any GraphSource) throws -> T) throws -> T {
        try withSource(chunkSize: StoreGraphSource.defaultChunkSize, body)
    }

    /// `withSource` with `chunkSize` facts read at a time (tests vary it).
    func withSource<T>(chunkSize: Int, _ body: (any GraphSource) throws -> T) throws -> T {
        try read { db in try body(StoreGraphSource(store: self, db: db, chunkSize: chunkSize)) }
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
    static let defaultChunkSize = 500

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

    func forEachFactChunk(_ body: ([Fact], [String: DocumentInfo]) throws -> Void) throws {
        let cursor = try FactRecord.order(FactRecord.Columns.subject, FactRecord.Columns.predicate,
                                          FactRecord.Columns.object, FactRecord.Columns.negated).fetchCursor(db)
        var chunk: [FactRecord] = []
        func emit() throws {
            let ids = chunk.compactMap(\.id)
            let evidence = try EvidenceRecord.filter(ids.contains(EvidenceRecord.Columns.factID))
                .order(EvidenceRecord.Columns.factID, EvidenceRecord.Columns.documentID,
                       EvidenceRecord.Columns.start, EvidenceRecord.Columns.end)
                .fetchAll(db)
            let byFact = Dictionary(grouping: evidence, by: \.factID)
            let facts = chunk.compactMap { $0.fact(evidence: byFact[$0.id!, default: []].map(\.evidence)) }
            let cited = Set(evidence.map(\.documentID))
            var documents: [String: DocumentInfo] = [:]
            for record in try DocumentRecord.filter(keys: cited).fetchAll(db) { documents[record.id] = record.info }
            chunk.removeAll(keepingCapacity: true)
            try body(facts, documents)
        }
        while let record = try cursor.next() {
            chunk.append(record)
            if chunk.count >= chunkSize { try emit() }
        }
        if !chunk.isEmpty { try emit() }
    }
}
