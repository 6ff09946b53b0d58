import Foundation

/// How `kg query` and `kg actors` print their results: an aligned table, CSV or JSON.
public enum FactListing {
    // MARK: Facts

    /// An aligned table, one fact per row; with `evidence`, each fact's quotes and
    /// sources indented below it.
    public static func table(_ result: QueryResult, evidence: Bool) -> String {
        let header = ["SUBJECT", "PREDICATE", "OBJECT", "NEGATED", "MODALITY", "EVIDENCE"]
        var rows: [[String]] = []
        var details: [[String]] = []
        for fact in result.facts {
            rows.append([result.label(fact.subject), fact.predicate.rawValue, result.label(fact.object),
                         fact.negated ? "yes" : "no", fact.modality.rawValue, String(fact.evidence.count)])
            details.append(evidence ? fact.evidence.map { TerminalText.oneLine("    \u{201C}\($0.text)\u{201D} \u{2014} \(source($0, result))") } : [])
        }
        return aligned(header, rows, details: details, rightAligned: [5])
    }

    /// CSV (RFC 4180), one row per fact with its evidence count and documents; with
    /// `evidence`, one row per piece of evidence, with its document, place and quote.
    public static func csv(_ result: QueryResult, evidence: Bool = false) -> String {
        var header = ["subject", "subject_label", "predicate", "object", "object_label", "negated",
                      "modality", "confidence", "evidence_count", "documents"]
        if evidence { header += ["document", "title", "source", "sentence", "start", "end", "quote", "date", "url"] }
        var out = CSVExporter.row(header)
        for fact in result.facts {
            var documents: [String] = []
            for piece in fact.evidence where !documents.contains(piece.document) { documents.append(piece.document) }
            let columns = [fact.subject, result.label(fact.subject), fact.predicate.rawValue, fact.object,
                           result.label(fact.object), fact.negated ? "true" : "false", fact.modality.rawValue,
                           RDFTerm.decimalLexical(fact.confidence), String(fact.evidence.count),
                           documents.joined(separator: ";")]
            guard evidence else {
                out += CSVExporter.row(columns)
                continue
            }
            for piece in fact.evidence {
                let document = result.documents[piece.document]
                out += CSVExporter.row(columns + [piece.document, document?.title ?? "", document?.source ?? "",
                                                  String(piece.sentence), String(piece.start), String(piece.end), piece.text,
                                                  document?.date ?? "", document?.url ?? ""])
            }
        }
        return out
    }

    struct ActorRef: Encodable {
        var id: String
        var label: String
    }

    struct EvidenceItem: Encodable {
        var document: String
        var title: String?
        var source: String?
        var sentence: Int
        var start: Int
        var end: Int
        var text: String
        /// How firmly this quote states the fact.
        var modality: String?
        /// The document's publication date and address, when known.
        var date: String?
        var url: String?
    }

    struct FactItem: Encodable {
        var subject: ActorRef
        var predicate: String
        var object: ActorRef
        var negated: Bool
        var modality: String
        var confidence: Double
        var evidenceCount: Int
        /// Pieces of evidence per modality ("asserted": 2, "possible": 3).
        var modalities: [String: Int]
        /// The earliest and latest dates of the documents that report the fact.
        var firstReported: String?
        var lastReported: String?
        var evidence: [EvidenceItem]?

        enum CodingKeys: String, CodingKey {
            case subject, predicate, object, negated, modality, confidence, evidence
            case modalities
            case evidenceCount = "evidence_count"
            case firstReported = "first_reported"
            case lastReported = "last_reported"
        }
    }

    /// A JSON array of facts; with `evidence`, each with its quotes and sources.
    /// - Throws: `EncodingError`.
    public static func json(_ result: QueryResult, evidence: Bool) throws -> Data {
        let items = result.facts.map { fact in
            let dates = fact.evidence.compactMap { result.documents[$0.document]?.date }.sorted()
            return FactItem(subject: ActorRef(id: fact.subject, label: result.label(fact.subject)),
                     predicate: fact.predicate.rawValue,
                     object: ActorRef(id: fact.object, label: result.label(fact.object)),
                     negated: fact.negated, modality: fact.modality.rawValue, confidence: fact.confidence,
                     evidenceCount: fact.evidence.count,
                     modalities: Dictionary(uniqueKeysWithValues: fact.modalityCounts.map { ($0.modality.rawValue, $0.count) }),
                     firstReported: dates.first, lastReported: dates.last,
                     evidence: evidence ? fact.evidence.map {
                         EvidenceItem(document: $0.document, title: result.documents[$0.document]?.title,
                                      source: result.documents[$0.document]?.source, sentence: $0.sentence,
                                      start: $0.start, end: $0.end, text: $0.text, modality: fact.modality(of: $0).rawValue,
                                      date: result.documents[$0.document]?.date, url: result.documents[$0.document]?.url)
                     } : nil)
        }
        return try encode(items)
    }

    // MARK: Actors

    public static func table(_ actors: [ActorSummary]) -> String {
        let rows = actors.map { summary in
            [summary.actor.label, summary.actor.type.rawValue, summary.actor.id, summary.actor.wikidata ?? "",
             String(summary.factCount), String(summary.evidenceCount), summary.actor.aliases.joined(separator: ", ")]
        }
        return aligned(["ACTOR", "TYPE", "ID", "WIKIDATA", "FACTS", "EVIDENCE", "ALIASES"], rows,
                       details: rows.map { _ in [] }, rightAligned: [4, 5])
    }

    public static func csv(_ actors: [ActorSummary]) -> String {
        var out = CSVExporter.row(["id", "label", "type", "wikidata", "aliases", "fact_count", "evidence_count"])
        for summary in actors {
            out += CSVExporter.row([summary.actor.id, summary.actor.label, summary.actor.type.rawValue,
                                    summary.actor.wikidata ?? "", summary.actor.aliases.joined(separator: ";"),
                                    String(summary.factCount), String(summary.evidenceCount)])
        }
        return out
    }

    struct ActorItem: Encodable {
        var id: String
        var label: String
        var type: String
        var wikidata: String?
        var aliases: [String]
        var factCount: Int
        var evidenceCount: Int

        enum CodingKeys: String, CodingKey {
            case id, label, type, wikidata, aliases
            case factCount = "fact_count"
            case evidenceCount = "evidence_count"
        }
    }

    /// A JSON array of actors with their types, aliases and counts.
    /// - Throws: `EncodingError`.
    public static func json(_ actors: [ActorSummary]) throws -> Data {
        try encode(actors.map {
            ActorItem(id: $0.actor.id, label: $0.actor.label, type: $0.actor.type.rawValue, wikidata: $0.actor.wikidata,
                      aliases: $0.actor.aliases, factCount: $0.factCount, evidenceCount: $0.evidenceCount)
        })
    }

    // MARK: Helpers

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    static func source(_ evidence: Evidence, _ result: QueryResult) -> String {
        let document = result.documents[evidence.document]
        var parts: [String] = []
        if let title = document?.title, !title.isEmpty { parts.append("\(TerminalText.oneLine(title)) (\(evidence.document))") } else { parts.append(evidence.document) }
        parts.append("sentence \(evidence.sentence), characters \(evidence.start)\u{2013}\(evidence.end)")
        if let date = document?.date { parts.append(date) }
        if let url = document?.url { parts.append(TerminalText.oneLine(url)) } else if let path = document?.source { parts.append(path) }
        return parts.joined(separator: ", ")
    }

    /// Line breaks and tabs as spaces, so one cell stays on one line.
    /// Columns padded to their widest cell (counted in characters), two spaces apart.
    static func aligned(_ header: [String], _ rows: [[String]], details: [[String]], rightAligned: Set<Int>) -> String {
        let cells = rows.map { $0.map(TerminalText.oneLine) }
        var widths = header.map(\.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var out = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let isLast = i == row.count - 1
                out += rightAligned.contains(i) ? pad + cell : (isLast ? cell : cell + pad)
                if !isLast { out += "  " }
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out + "\n"
        }
        var out = line(header)
        for (row, extra) in zip(cells, details) {
            out += line(row)
            for detail in extra { out += detail + "\n" }
        }
        return out
    }
}
