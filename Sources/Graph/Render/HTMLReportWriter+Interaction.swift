import Foundation

/// What the report's script needs to make the diagram and the fact table interactive:
/// the filter controls, the ends and facts of each line drawn, and on each fact row
/// its ends, relation class and the date of each piece of evidence. All of it is
/// plain markup (attributes of escaped text), so the page keeps one script, its own.
extension HTMLReportWriter {
    /// The fact table's order: most evidence first, then by key.
    static func tableOrder(_ graph: KnowledgeGraph) -> [Fact] {
        graph.sortedFacts.sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.key < $1.key }
    }

    /// `id="f-3" data-s="russia" data-o="syria" data-class="cooperative" data-n="2" data-dates="2021-03-02 -"`:
    /// one date per piece of evidence, `-` for evidence from an undated article.
    static func factRowAttributes(_ fact: Fact, index: Int, in graph: KnowledgeGraph) -> String {
        let dates = fact.evidence.map { graph.documents[$0.document]?.date ?? "-" }.sorted()
        return "id=\"f-\(index)\" data-s=\"\(Markup.escape(fact.subject))\" data-o=\"\(Markup.escape(fact.object))\" "
            + "data-class=\"\(fact.predicate.predicateClass.rawValue)\" data-n=\"\(fact.evidence.count)\" "
            + "data-dates=\"\(Markup.escape(dates.joined(separator: " ")))\""
    }

    /// Filters by relation class, minimum evidence and span of dates, above the diagram.
    /// They act on the lines drawn and on the fact table alike.
    func filterControls(_ diagram: Diagram) -> String {
        let dates = diagram.graph.documents.values.compactMap(\.date).filter { $0.count == 10 }.sorted()
        let most = diagram.graph.facts.values.map(\.evidence.count).max() ?? 1
        var out = "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the diagram and the facts\">"
        out += "<fieldset><legend>Relations</legend>"
        for cls in Predicate.Class.allCases {
            out += "<label class=\"\(cls.rawValue)\"><input type=\"checkbox\" name=\"class\" value=\"\(cls.rawValue)\" checked> \(cls.rawValue)</label> "
        }
        out += "</fieldset>"
        out += "<label>At least <input type=\"number\" id=\"filter-min\" min=\"1\" max=\"\(most)\" value=\"1\" size=\"3\"> pieces of evidence</label>"
        let bounds = dates.first.map { " min=\"\($0)\" max=\"\(dates.last ?? $0)\"" } ?? ""
        out += "<label>from <input type=\"date\" id=\"filter-since\"\(bounds)></label>"
        out += "<label>until <input type=\"date\" id=\"filter-until\"\(bounds)></label>"
        out += "<button type=\"reset\" id=\"filter-reset\">Reset</button>"
        out += "<output id=\"filter-status\" aria-live=\"polite\"></output></form>\n"
        return out
    }

    /// One empty element per line drawn, naming its ends (node ids) and the fact rows
    /// it merges, so the script can find an actor's neighbours and apply the filters.
    func edgeData(_ diagram: Diagram) -> String {
        var rows: [Fact.Key: Int] = [:]
        for (index, fact) in HTMLReportWriter.tableOrder(diagram.graph).enumerated() { rows[fact.key] = index }
        var out = "<div id=\"kg-edges\" hidden>"
        for edge in diagram.edges {
            let facts = edge.facts.compactMap { rows[$0.key].map { "f-\($0)" } }.joined(separator: " ")
            out += "<i data-edge=\"\(Markup.escape(edge.id))\" data-s=\"\(Markup.escape(edge.from))\" data-o=\"\(Markup.escape(edge.to))\" data-facts=\"\(facts)\"></i>"
        }
        return out + "</div>\n"
    }
}
