import Foundation

/// How the text of a document is marked up.
public enum SourceKind: String, Codable, CaseIterable, Sendable {
    case plain
    case markdown
    case html
}

/// Turns the text of one news article into actors and facts.
///
/// This first extractor knows a handful of states and a few verbs; it is the
/// placeholder the full pipeline replaces.
///
/// Thread safety: a value type with no shared mutable state; call it from any thread.
public struct Extractor: Sendable {
    public init() {}

    /// Extracts one document.
    /// - Parameters:
    ///   - text: the text as read (HTML or Markdown included); evidence offsets point into it.
    ///   - kind: how it is marked up.
    ///   - id: the document id.
    ///   - source: where it was read from.
    public func extract(text: String, kind: SourceKind = .plain, id: String, source: String? = nil) -> DocumentExtraction {
        let title = text.split(whereSeparator: \.isNewline).first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let document = DocumentInfo(id: id, title: title, source: source)
        let known: [(String, Actor)] = [
            ("Russia", Actor(label: "Russia", type: .country, wikidata: "Q159")),
            ("United States", Actor(label: "United States", type: .country, wikidata: "Q30")),
            ("Syria", Actor(label: "Syria", type: .country, wikidata: "Q858")),
            ("Assad", Actor(label: "Bashar al-Assad", type: .person, wikidata: "Q44329")),
            ("France", Actor(label: "France", type: .country, wikidata: "Q142")),
            ("Germany", Actor(label: "Germany", type: .country, wikidata: "Q183")),
        ]
        let verbs: [(String, Predicate)] = [("supports", .supports), ("opposes", .opposes), ("backs", .supports)]
        var entities: [String: Actor] = [:]
        var facts: [Fact.Key: Fact] = [:]
        var offset = 0
        var index = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.unicodeScalars.count + 1 }
            let sentence = String(line)
            let found = known.compactMap { name, actor in sentence.range(of: name).map { ($0.lowerBound, actor) } }
                .sorted { $0.0 < $1.0 }
            guard found.count >= 2 else { continue }
            index += 1
            for (verb, predicate) in verbs where sentence.contains(" \(verb) ") {
                let subject = found[0].1, object = found[1].1
                entities[subject.id] = subject
                entities[object.id] = object
                let fact = Fact(subject: subject.id, predicate: predicate, object: object.id,
                                evidence: [Evidence(sentence: index, start: offset, end: offset + line.unicodeScalars.count, text: sentence)])
                facts[fact.key] = fact
            }
        }
        return DocumentExtraction(document: document, entities: entities.values.sorted { $0.id < $1.id },
                                  triples: facts.keys.sorted().map { facts[$0]! })
    }
}
