/// Writes the graph as GraphML for Gephi, yEd and NetworkX: one node per actor, one
/// directed edge per fact, attributes declared with `<key>` and typed.
///
/// `weight` is what Gephi and NetworkX sum: the evidence count of a fact that holds, 0
/// for a negated one ("NOT supports" is no support); `evidence` counts the quotes of
/// every fact, negated or not.
///
/// Thread safety: a value type; safe to use from any thread.
public struct GraphMLExporter: Sendable {
    public init() {}

    private static let keys: [(id: String, scope: String, type: String)] = [
        ("label", "node", "string"), ("type", "node", "string"), ("wikidata", "node", "string"),
        ("aliases", "node", "string"),
        ("predicate", "edge", "string"), ("class", "edge", "string"), ("plover", "edge", "string"),
        ("negated", "edge", "boolean"),
        ("modality", "edge", "string"), ("evidence", "edge", "int"), ("weight", "edge", "double"),
        ("confidence", "edge", "double"), ("quote", "edge", "string"), ("quote_source", "edge", "string"),
    ]

    public func graphML(for graph: KnowledgeGraph) -> String {
        let sink = TextSink()
        try? write(graph, to: sink)
        sink.flush()
        return String(decoding: sink.data, as: UTF8.self)
    }

    /// Writes the GraphML of `source` to `sink` an actor and a fact at a time.
    /// - Throws: what the source throws.
    public func write(_ source: some GraphSource, to sink: TextSink) throws {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in GraphMLExporter.keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.scope)\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"kg\" edgedefault=\"directed\">\n"
        sink.write(out)
        try source.forEachActor { actor, _ in
            var out = "    <node id=\"\(GraphMLExporter.escape(actor.id))\">\n"
            out += data("label", actor.label) + data("type", actor.type.rawValue)
            if let q = actor.wikidata { out += data("wikidata", q) }
            if !actor.aliases.isEmpty { out += data("aliases", actor.aliases.joined(separator: "; ")) }
            out += "    </node>\n"
            sink.write(out)
        }
        var index = 0
        try source.forEachFactChunk { facts, documents in
            for fact in facts {
                index += 1
                let first = fact.evidence.min { ($0.document, $0.start) < ($1.document, $1.start) }
                var out = "    <edge id=\"f\(index)\" source=\"\(GraphMLExporter.escape(fact.subject))\" target=\"\(GraphMLExporter.escape(fact.object))\">\n"
                out += data("predicate", fact.predicate.rawValue) + data("class", fact.predicate.predicateClass.rawValue)
                if let plover = fact.predicate.spec.plover { out += data("plover", plover.rawValue) }
                out += data("negated", fact.negated ? "true" : "false") + data("modality", fact.modality.rawValue)
                out += data("evidence", String(fact.evidence.count)) + data("weight", String(GraphMLExporter.weight(fact)))
                out += data("confidence", RDFTerm.decimalLexical(fact.confidence))
                if let first {
                    out += data("quote", first.text)
                    out += data("quote_source", try documents[first.document]?.publishedName ?? first.document)
                }
                out += "    </edge>\n"
                sink.write(out)
            }
        }
        sink.write("  </graph>\n</graphml>\n")
    }

    /// The weight a graph tool sums: the evidence count, 0 for a negated fact.
    static func weight(_ fact: Fact) -> Int {
        fact.negated ? 0 : fact.evidence.count
    }

    private func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(GraphMLExporter.escape(value))</data>\n"
    }

    /// XML text or attribute content: markup characters as entities, line breaks and
    /// tabs as character references (so they survive attribute normalisation), and
    /// characters XML 1.0 cannot hold at all dropped.
    static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
