import Foundation

/// What `kg extract` produces for one document: the JSON contract of ONTOLOGY.md.
public struct DocumentExtraction: Codable, Sendable {
    public var document: DocumentInfo
    public var entities: [Actor]
    public var triples: [Fact]

    public init(document: DocumentInfo, entities: [Actor], triples: [Fact]) {
        self.document = document
        self.entities = entities
        self.triples = triples
    }

    /// Pretty, key-sorted JSON, stable from run to run.
    /// - Throws: `EncodingError` (not for the model's own values).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The document in one line, for people, starting with "#": its title, date and
    /// where the date was read, and its address.
    /// `# Brussels extends sanctions · 2015-03-16 (meta article:published_time) · https://…`
    public func headerLine() -> String {
        var line = "# \(document.title.isEmpty ? document.id : document.title)"
        if let date = document.date {
            line += " \u{00B7} \(date)" + (document.dateSource.map { " (from \($0))" } ?? "")
        } else {
            line += " \u{00B7} no date"
        }
        if let url = document.url { line += " \u{00B7} \(url)" }
        return TerminalText.oneLine(line)
    }

    /// One fact per line, for people: `Russia supports Bashar al-Assad [possible] — "quote"`.
    public func textLines() -> [String] {
        let labels = Dictionary(entities.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return triples.map { fact in
            var line = "\(labels[fact.subject] ?? fact.subject) "
            if fact.negated { line += "NOT " }
            line += "\(fact.predicate.rawValue) \(labels[fact.object] ?? fact.object)"
            if fact.modality != .asserted { line += " [\(fact.modality.rawValue)]" }
            if let quote = fact.evidence.first?.text {
                line += "  \u{2014} \u{201C}\(quote)\u{201D}"
            }
            if fact.evidence.count > 1 { line += " (×\(fact.evidence.count))" }
            return TerminalText.oneLine(line)
        }
    }
}
