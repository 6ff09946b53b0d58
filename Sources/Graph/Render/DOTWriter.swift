/// Writes a knowledge graph as Graphviz DOT text, in a stable order.
///
/// Every string that came from an article is quoted and escaped, so no article
/// text can end a quoted string or inject DOT attributes.
public struct DOTWriter: Sendable {
    public init() {}

    public func dot(for graph: KnowledgeGraph, title: String = "kg") -> String {
        var out = "digraph \(DOTWriter.quote(title)) {\n"
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true];\n"
        out += "  node [fontname=\"Helvetica\", style=filled, fillcolor=\"#f2f2f2\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10];\n"
        for actor in graph.sortedActors {
            out += "  \(DOTWriter.quote(actor.id)) [label=\(DOTWriter.quote(actor.label)), shape=\(shape(actor.type))];\n"
        }
        for fact in graph.sortedFacts {
            var attributes = ["label=\(DOTWriter.quote((fact.negated ? "not " : "") + fact.predicate.rawValue))"]
            if fact.negated { attributes.append("style=dashed") }
            if fact.predicate.isSymmetric { attributes.append("dir=none") }
            attributes.append("penwidth=\(min(1 + fact.evidence.count / 2, 6))")
            out += "  \(DOTWriter.quote(fact.subject)) -> \(DOTWriter.quote(fact.object)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    private func shape(_ type: ActorType) -> String {
        switch type {
        case .person: return "ellipse"
        case .country: return "box"
        case .organization: return "hexagon"
        case .group: return "octagon"
        case .place: return "house"
        case .agreement: return "note"
        }
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`,
    /// other control characters dropped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
