/// Writes the graph as GEXF 1.3 for Gephi: one node per actor, one directed edge per
/// fact, typed attributes, and time from the evidence so Gephi's timeline plays the
/// graph as it was reported.
///
/// Time: an edge has one spell per date its fact was reported on (the dates of the
/// documents of its evidence, `[date, date]`); a node has the spells of all its facts.
/// A fact with an undated document has none and so is present all along, and so are
/// its two actors. `weight` is the evidence count of a fact that holds and 0 for a
/// negated one, as in GraphML; `kind` (the predicate, `not-` first when negated) keeps
/// two facts between the same actors apart in Gephi. `iri` and `predicate_iri` are the
/// linked-data IRIs under the export's base, so rows can be joined with the RDF exports.
///
/// Thread safety: a value type; safe to use from any thread.
public struct GEXFExporter: Sendable {
    /// Names actors and predicates by their linked-data IRIs under the base.
    private let linked: LinkedDataExporter

    /// - Throws: `ExportError.invalidBase` unless `base` is an absolute http(s) IRI.
    public init(base: String = Namespace.defaultBase) throws {
        linked = try LinkedDataExporter(base: base)
    }

    private static let nodeAttributes: [(id: String, type: String)] = [
        ("type", "string"), ("wikidata", "string"), ("aliases", "string"), ("iri", "string"),
    ]
    private static let edgeAttributes: [(id: String, type: String)] = [
        ("predicate", "string"), ("class", "string"), ("plover", "string"), ("negated", "boolean"),
        ("modality", "string"), ("evidence", "integer"), ("confidence", "double"), ("first_reported", "string"),
        ("last_reported", "string"), ("quote", "string"), ("quote_source", "string"), ("predicate_iri", "string"),
    ]

    public func gexf(for graph: KnowledgeGraph) -> String {
        let sink = TextSink()
        try? write(graph, to: sink)
        sink.flush()
        return String(decoding: sink.data, as: UTF8.self)
    }

    /// Writes the GEXF of `source` to `sink`: a first pass over the facts dates the
    /// actors, a second writes the edges, a fact at a time.
    /// - Throws: what the source throws.
    public func write(_ source: some GraphSource, to sink: TextSink) throws {
        // An actor lives on the dates of its facts, and all along when one of them is undated.
        var actorDates: [String: Set<String>] = [:]
        var timeless = Set<String>()
        var timed = false
        try source.forEachFactChunk { facts, documents in
            for fact in facts {
                let factDates = try GEXFExporter.reportingDates(of: fact, documents: documents)
                if !factDates.isEmpty { timed = true }
                for id in [fact.subject, fact.object] {
                    if factDates.isEmpty { timeless.insert(id) } else { actorDates[id, default: []].formUnion(factDates) }
                }
            }
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>kg</creator>
                <description>Actors and the facts between them, one edge per fact, dated by the articles that report it</description>
              </meta>

            """
        out += "  <graph defaultedgetype=\"directed\" mode=\"\(timed ? "dynamic" : "static")\""
        out += timed ? " timeformat=\"date\" timerepresentation=\"interval\">\n" : ">\n"
        out += GEXFExporter.declare("node", GEXFExporter.nodeAttributes)
        out += GEXFExporter.declare("edge", GEXFExporter.edgeAttributes)
        out += "    <nodes>\n"
        sink.write(out)
        try source.forEachActor { actor, _ in
            var out = "      <node id=\"\(x(actor.id))\" label=\"\(x(actor.label))\">\n"
            var values = [("type", actor.type.rawValue)]
            if let q = actor.wikidata { values.append(("wikidata", q)) }
            if !actor.aliases.isEmpty { values.append(("aliases", actor.aliases.joined(separator: "; "))) }
            values.append(("iri", linked.actorIRI(actor.id)))
            out += GEXFExporter.attvalues(values, indent: "        ")
            if !timeless.contains(actor.id), let spells = actorDates[actor.id] {
                out += GEXFExporter.spells(spells.sorted(), indent: "        ")
            }
            out += "      </node>\n"
            sink.write(out)
        }
        sink.write("    </nodes>\n    <edges>\n")
        var index = 0
        try source.forEachFactChunk { facts, documents in
            for fact in facts {
                index += 1
                let factDates = try GEXFExporter.reportingDates(of: fact, documents: documents)
                let kind = (fact.negated ? "not-" : "") + fact.predicate.rawValue
                var out = "      <edge id=\"f\(index)\" source=\"\(x(fact.subject))\" target=\"\(x(fact.object))\" "
                out += "label=\"\(x(fact.negated ? "not " + fact.predicate.rawValue : fact.predicate.rawValue))\" "
                out += "kind=\"\(kind)\" weight=\"\(GraphMLExporter.weight(fact))\">\n"
                var values = [("predicate", fact.predicate.rawValue), ("class", fact.predicate.predicateClass.rawValue)]
                if let plover = fact.predicate.spec.plover { values.append(("plover", plover.rawValue)) }
                values += [("negated", fact.negated ? "true" : "false"), ("modality", fact.modality.rawValue),
                           ("evidence", String(fact.evidence.count)), ("confidence", RDFTerm.decimalLexical(fact.confidence))]
                if let first = factDates.first, let last = factDates.last {
                    values += [("first_reported", first), ("last_reported", last)]
                }
                if let first = fact.evidence.min(by: { ($0.document, $0.start) < ($1.document, $1.start) }) {
                    values.append(("quote", first.text))
                    values.append(("quote_source", try documents[first.document]?.publishedName ?? first.document))
                }
                values.append(("predicate_iri", Vocabulary.iri(fact.predicate, in: linked.vocabulary)))
                out += GEXFExporter.attvalues(values, indent: "        ")
                if !factDates.isEmpty { out += GEXFExporter.spells(factDates, indent: "        ") }
                out += "      </edge>\n"
                sink.write(out)
            }
        }
        sink.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// The ISO dates of the documents a fact's evidence comes from, sorted and distinct;
    /// empty when any of them is undated (the fact is then timeless).
    static func reportingDates(of fact: Fact, in graph: KnowledgeGraph) -> [String] {
        // An in-memory lookup never throws.
        (try? reportingDates(of: fact, documents: DocumentLookup(graph.documents))) ?? []
    }

    static func reportingDates(of fact: Fact, documents: DocumentLookup) throws -> [String] {
        var dates = Set<String>()
        for document in Set(fact.evidence.map(\.document)) {
            guard let date = try documents[document]?.date, LinkedDataExporter.isISODate(date) else { return [] }
            dates.insert(date)
        }
        return dates.sorted()
    }

    private func x(_ value: String) -> String { GraphMLExporter.escape(value) }

    private static func declare(_ scope: String, _ attributes: [(id: String, type: String)]) -> String {
        var out = "    <attributes class=\"\(scope)\" mode=\"static\">\n"
        for attribute in attributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.id)\" type=\"\(attribute.type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func attvalues(_ values: [(String, String)], indent: String) -> String {
        var out = indent + "<attvalues>\n"
        for (key, value) in values {
            out += indent + "  <attvalue for=\"\(key)\" value=\"\(GraphMLExporter.escape(value))\"/>\n"
        }
        return out + indent + "</attvalues>\n"
    }

    private static func spells(_ dates: [String], indent: String) -> String {
        var out = indent + "<spells>\n"
        for date in dates { out += indent + "  <spell start=\"\(date)\" end=\"\(date)\"/>\n" }
        return out + indent + "</spells>\n"
    }
}
