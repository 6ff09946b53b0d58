/// Writes facts as CSV (RFC 4180): a header, then one row per fact with its predicate's
/// PLOVER category (empty for affiliations), its evidence
/// counted, the documents it came from, when it was first and last reported (the dates
/// of those documents, when known), its first quote and where that quote was read
/// (its document's address, else its path below the build's input folder).
///
/// Thread safety: a value type; safe to use from any thread.
public struct CSVExporter: Sendable {
    public static let header = [
        "subject", "subject_label", "predicate", "plover", "object", "object_label", "negated", "modality",
        "confidence", "evidence_count", "documents", "first_reported", "last_reported", "first_quote", "first_source",
    ]

    public init() {}

    public func csv(for graph: KnowledgeGraph) -> String {
        let sink = TextSink()
        try? write(graph, to: sink)
        sink.flush()
        return String(decoding: sink.data, as: UTF8.self)
    }

    /// Writes the CSV of `source` to `sink` a fact at a time.
    /// - Throws: what the source throws.
    public func write(_ source: some GraphSource, to sink: TextSink) throws {
        sink.write(CSVExporter.row(CSVExporter.header))
        var labels: [String: String] = [:]
        try source.forEachActor { actor, _ in labels[actor.id] = actor.label }
        try source.forEachFactChunk { facts, documentsByID in
            for fact in facts {
                let evidence = fact.evidence.sorted { ($0.document, $0.start) < ($1.document, $1.start) }
                var documents: [String] = []
                // Sorted by document, so a document's pieces are together: one comparison
                // each, not a search of the list (quadratic for a fact quoted thousands of times).
                for piece in evidence where documents.last != piece.document { documents.append(piece.document) }
                let dates = try documents.compactMap { try documentsByID[$0]?.date }.sorted()
                let firstSource = try evidence.first.map { try documentsByID[$0.document]?.publishedName ?? $0.document } ?? ""
                sink.write(CSVExporter.row([
                    fact.subject, labels[fact.subject] ?? fact.subject, fact.predicate.rawValue,
                    fact.predicate.spec.plover?.rawValue ?? "", fact.object, labels[fact.object] ?? fact.object, fact.negated ? "true" : "false",
                    fact.modality.rawValue, RDFTerm.decimalLexical(fact.confidence), String(fact.evidence.count),
                    documents.joined(separator: ";"), dates.first ?? "", dates.last ?? "", evidence.first?.text ?? "",
                    firstSource,
                ]))
            }
        }
    }

    /// One CSV record ending in CRLF; a field with a comma, quote, line break or
    /// edge space is quoted, its quotes doubled. A field a spreadsheet would run as a
    /// formula is neutralised (see `formulaGuard`).
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// The mark put before a field that starts like a formula: a single quote, which
    /// spreadsheets read as "text follows" (OWASP's advice against CSV injection).
    /// Programs reading kg's CSV drop one leading `'` when the next character is one
    /// of `formulaStarts` (docs/vocabulary.md).
    static let formulaGuard: Character = "'"

    /// The first characters that make Excel, LibreOffice and Google Sheets read a cell
    /// as a formula: `=`, `+`, `-`, `@`, tab and carriage return.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func field(_ value: String) -> String {
        let formula = value.unicodeScalars.first.map(formulaStarts.contains) ?? false
        let needsQuotes = formula || value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        let text = formula ? String(formulaGuard) + value : value
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
