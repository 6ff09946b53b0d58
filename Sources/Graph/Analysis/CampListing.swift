import Foundation

/// How `kg camps` prints camps: readable text or JSON.
public enum CampListing {
    /// One block per camp: its members (with the people folded into them), the facts
    /// that hold it together, those that set it apart and those that strain it; then
    /// the unaligned actors and the method's frustration. At most `limit` facts per list.
    public static func text(_ camps: Camps, graph: KnowledgeGraph, limit: Int = 3) -> String {
        var out = ""
        if camps.camps.isEmpty {
            out += "No camps: no two actors are joined by cooperative relations that outweigh conflict.\n"
        }
        for camp in camps.camps {
            out += "Camp \(camp.number): \(TerminalText.oneLine(camp.name)) \u{2014} \(camp.members.count) actors, \(camp.evidence) pieces of evidence\n"
            let members = camp.members.map { member -> String in
                var notes: [String] = []
                if let people = camp.people[member.id], !people.isEmpty { notes.append("with " + people.joined(separator: ", ")) }
                if camp.leaning.contains(member.id) { notes.append("leaning: it only opposes this camp's adversaries") }
                return notes.isEmpty ? member.label : "\(member.label) (\(notes.joined(separator: "; ")))"
            }
            out += "  members: " + TerminalText.oneLine(members.joined(separator: "; ")) + "\n"
            out += list("held together by", camp.together, graph: graph, limit: limit)
            out += list("set apart by", camp.apart, graph: graph, limit: limit)
            out += list("against the grain", camp.strains, graph: graph, limit: limit)
        }
        if !camps.unaligned.isEmpty {
            out += "Unaligned: " + TerminalText.oneLine(camps.unaligned.map(\.label).joined(separator: ", ")) + "\n"
        }
        out += "Method \(camps.method.rawValue): frustration \(String(format: "%.3f", camps.frustration)) "
            + "(share of signed evidence the camps go against; 0 is perfectly balanced)\n"
        return out
    }

    private static func list(_ title: String, _ facts: [Fact], graph: KnowledgeGraph, limit: Int) -> String {
        guard !facts.isEmpty else { return "" }
        var out = "  \(title):\n"
        for fact in facts.prefix(limit) {
            out += "    " + TerminalText.oneLine(sentence(fact, graph: graph))
            if let best = Diagram.best(fact.evidence) {
                out += "  \u{201C}" + TerminalText.oneLine(clip(best.text)) + "\u{201D}"
            }
            out += "\n"
        }
        if facts.count > limit { out += "    \u{2026} and \(facts.count - limit) more\n" }
        return out
    }

    /// "Russia supports Syria ×3 (planned)".
    static func sentence(_ fact: Fact, graph: KnowledgeGraph) -> String {
        var line = label(fact.subject, graph) + " " + (fact.negated ? "not " : "") + fact.predicate.rawValue + " " + label(fact.object, graph)
        if fact.evidence.count > 1 { line += " \u{00D7}\(fact.evidence.count)" }
        if fact.modality != .asserted { line += " (\(fact.modality.rawValue))" }
        return line
    }

    private static func label(_ id: String, _ graph: KnowledgeGraph) -> String {
        graph.actors[id]?.label ?? id
    }

    private static func clip(_ text: String, to limit: Int = 140) -> String {
        text.count > limit ? String(text.prefix(limit)) + "\u{2026}" : text
    }

    struct FactItem: Encodable {
        var subject: String
        var predicate: String
        var object: String
        var negated: Bool
        var modality: String
        var evidence: Int
        var quote: String?
        var document: String?
    }

    /// A fact as JSON: labels, counts and its best quote.
    static func item(_ fact: Fact, graph: KnowledgeGraph) -> FactItem {
        let best = Diagram.best(fact.evidence)
        return FactItem(subject: label(fact.subject, graph), predicate: fact.predicate.rawValue, object: label(fact.object, graph),
                        negated: fact.negated, modality: fact.modality.rawValue, evidence: fact.evidence.count,
                        quote: best?.text, document: best?.document)
    }

    struct CampItem: Encodable {
        var camp: Int
        var name: String
        var actors: [String]
        var ids: [String]
        var leaning: [String]
        var people: [String: [String]]
        var evidence: Int
        var together: [FactItem]
        var apart: [FactItem]
        var strains: [FactItem]
    }

    /// A JSON array of camps, each with its actors' labels and ids, the people folded
    /// into them (by label), and its facts with their best quotes.
    /// - Throws: `EncodingError`.
    public static func json(_ camps: Camps, graph: KnowledgeGraph) throws -> Data {
        func item(_ fact: Fact) -> FactItem { CampListing.item(fact, graph: graph) }
        let items = camps.camps.map { camp in
            CampItem(camp: camp.number, name: camp.name, actors: camp.members.map(\.label), ids: camp.members.map(\.id),
                     leaning: camp.members.filter { camp.leaning.contains($0.id) }.map(\.label),
                     people: Dictionary(uniqueKeysWithValues: camp.people.map { (label($0.key, graph), $0.value) }),
                     evidence: camp.evidence, together: camp.together.map(item), apart: camp.apart.map(item),
                     strains: camp.strains.map(item))
        }
        return try FactListing.encode(items)
    }
}
