/// Writes facts as CSV (RFC 4180): a header, then one row per fact with its evidence
/// counted, the documents it came from and its first quote.
///
/// Thread safety: a value type; safe to use from any thread.
public struct CSVExporter: Sendable {
    public static let header = [
        "subject", "subject_label", "predicate", "object", "object_label", "negated", "modality",
        "confidence", "evidence_count", "documents", "first_quote",
    ]

    public init() {}

    public func csv(for graph: KnowledgeGraph) -> String {
        var out = CSVExporter.row(CSVExporter.header)
        for fact in graph.sortedFacts {
            let evidence = fact.evidence.sorted { ($0.document, $0.start) < ($1.document, $1.start) }
            var documents: [String] = []
            for piece in evidence where !documents.contains(piece.document) { documents.append(piece.document) }
            out += CSVExporter.row([
                fact.subject, graph.actors[fact.subject]?.label ?? fact.subject, fact.predicate.rawValue,
                fact.object, graph.actors[fact.object]?.label ?? fact.object, fact.negated ? "true" : "false",
                fact.modality.rawValue, RDFTerm.decimalLexical(fact.confidence), String(fact.evidence.count),
                documents.joined(separator: ";"), evidence.first?.text ?? "",
            ])
        }
        return out
    }

    /// One CSV record ending in CRLF; a field with a comma, quote, line break or
    /// edge space is quoted, its quotes doubled.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
