import Foundation
import Graph
import PostgresNIO

extension PostgresGraphStore {
    /// The whole stored graph, read in one snapshot. - Throws: `StoreError`.
    public func loadGraph() throws -> KnowledgeGraph {
        try read {
            let documents = try run("\(unescaped: PostgresGraphStore.documentColumns) ORDER BY id").map(PostgresGraphStore.document)
            let actors = try loadActors(ids: nil)
            var evidence: [Int64: [Evidence]] = [:]
            for row in try run("""
                SELECT factID, documentID, sentence, startOffset, endOffset, quote, confidence, modality FROM evidence
                ORDER BY factID, documentID, startOffset, endOffset
                """) {
                let (factID, item) = try PostgresGraphStore.evidence(row)
                evidence[factID, default: []].append(item)
            }
            let facts = try run("SELECT id, subject, predicate, object, negated, modality, confidence FROM fact ORDER BY id")
                .compactMap { row in try PostgresGraphStore.fact(row, evidence: evidence) }
            return KnowledgeGraph(actors: actors, facts: facts, documents: documents)
        }
    }

    static let documentColumns = "SELECT id, title, date, source, contentHash, url, dateSource, siteName, language FROM document"

    static func document(_ row: PostgresRow) throws -> DocumentInfo {
        let (id, title, date, source, hash, url, dateSource, siteName, language) =
            try row.decode((String, String, String?, String?, String?, String?, String?, String?, String?).self)
        return DocumentInfo(id: id, title: title, date: date, source: source, contentHash: hash,
                            dateSource: dateSource, url: url, siteName: siteName, language: language)
    }

    static func evidence(_ row: PostgresRow) throws -> (Int64, Evidence) {
        let (factID, documentID, sentence, start, end, quote, confidence, modality) =
            try row.decode((Int64, String, Int, Int, Int, String, Double, String?).self)
        return (factID, Evidence(document: documentID, sentence: sentence, start: start, end: end, text: quote,
                                 confidence: confidence, modality: modality.flatMap(Modality.init)))
    }

    /// The model fact of a row; nil for a predicate this kg does not know.
    static func fact(_ row: PostgresRow, evidence: [Int64: [Evidence]]) throws -> Fact? {
        let (id, subject, predicate, object, negated, modality, confidence) =
            try row.decode((Int64, String, String, String, Bool, String, Double).self)
        guard let predicate = Predicate(rawValue: predicate) else { return nil }
        return Fact(subject: subject, predicate: predicate, object: object, negated: negated,
                    modality: Modality(rawValue: modality) ?? .asserted, confidence: confidence,
                    evidence: evidence[id, default: []])
    }

    /// Actors with their aliases in the order first stored; all of them when `ids` is nil.
    func loadActors(ids: [String]?) throws -> [Actor] {
        let filter: PostgresQuery, aliasFilter: PostgresQuery
        if let ids {
            filter = "SELECT id, label, type, wikidata FROM actor WHERE id = ANY(\(ids)) ORDER BY id"
            aliasFilter = "SELECT actorID, alias FROM actorAlias WHERE actorID = ANY(\(ids)) ORDER BY position"
        } else {
            filter = "SELECT id, label, type, wikidata FROM actor ORDER BY id"
            aliasFilter = "SELECT actorID, alias FROM actorAlias ORDER BY position"
        }
        var aliases: [String: [String]] = [:]
        for row in try run(aliasFilter) {
            let (id, alias) = try row.decode((String, String).self)
            aliases[id, default: []].append(alias)
        }
        return try run(filter).map { row in
            let (id, label, type, wikidata) = try row.decode((String, String, String, String?).self)
            return Actor(id: id, label: label, type: ActorType(rawValue: type) ?? .group, wikidata: wikidata,
                         aliases: aliases[id, default: []])
        }
    }
}
