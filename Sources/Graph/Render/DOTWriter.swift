import Foundation

/// Writes a diagram as Graphviz DOT text in kg's visual language (see
/// `DiagramStyle`), in a stable order, with the legend drawn on the diagram.
///
/// Every string that came from an article is quoted and escaped for the place it
/// goes (`label`, `tooltip`), so no article text can end a quoted string, inject a
/// DOT attribute, trigger a Graphviz substitution (`\N`, `\G`...) or an HTML entity;
/// it comes out of every Graphviz renderer as written.
///
/// ```swift
/// let dot = DOTWriter().dot(for: try DiagramView().diagram(for: graph))
/// ```
public struct DOTWriter: Sendable {
    /// Longest quote put in a tooltip, in characters (the report has them whole).
    static let tooltipQuoteLimit = 280
    /// At most this many predicates are listed on one edge's label.
    static let labelLines = 3

    public init() {}

    /// The DOT of the whole graph with the default view (`DiagramView()`).
    public func dot(for graph: KnowledgeGraph, title: String = "kg") -> String {
        // The default view has no focus, so it cannot fail.
        let diagram = (try? DiagramView().diagram(for: graph))
            ?? Diagram(nodes: [], edges: [], omissions: .init(), layout: .dot, graph: graph)
        return dot(for: diagram, title: title)
    }

    /// The DOT of a diagram.
    public func dot(for diagram: Diagram, title: String = "kg") -> String {
        let graph = diagram.graph
        let large = diagram.layout != .dot
        var out = "digraph \(DOTWriter.quote(title)) {\n"
        var graphAttributes = [
            "fontname=\"Helvetica\"", "bgcolor=\"white\"", "pad=0.3",
            "labelloc=b", "labeljust=l", "label=\(legend(for: diagram))",
            "id=\"kg-diagram\"", "class=\"kg-diagram layout-\(diagram.layout.rawValue)\(diagram.labelsOnHover ? " hover-labels" : "")\"",
        ]
        switch diagram.layout {
        case .dot:
            graphAttributes += ["rankdir=LR", "nodesep=0.35", "ranksep=0.9", "splines=true", "newrank=true"]
        case .fdp:
            // fdp's own spacing: sfdp's (overlap=prism, K=1.4) drew the Wikinews corpus's
            // 32 states 2,372 × 2,278 pt, these 1,474 × 1,138.
            graphAttributes += ["splines=true", "sep=\"+4\"", "outputorder=edgesfirst", "start=1"]
        case .sfdp, .neato:
            graphAttributes += ["overlap=prism", "overlap_scaling=2", "sep=\"+12\"", "splines=\(diagram.edges.count > 1_000 ? "false" : "curved")",
                                "outputorder=edgesfirst", "K=1.4", "pack=true"]
        case .circo:
            graphAttributes += ["overlap=false", "splines=true", "outputorder=edgesfirst"]
        }
        // External edge labels that would overlap a node or another label are left out
        // (each line's tooltip still names its relations): in PNG and PDF nothing hides
        // them, and forced, they piled up in the middle of the example drawing.
        if diagram.labelsOnHover { graphAttributes.append("forcelabels=false") }
        out += "  graph [\(graphAttributes.joined(separator: ", "))];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", color=\"\(DiagramStyle.Palette.ink)\", fontcolor=\"\(DiagramStyle.Palette.ink)\", penwidth=1.2, margin=\"0.12,0.05\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\(large ? 8 : 9), arrowsize=1];\n"
        // Camps as clusters, where the layout draws clusters (dot, fdp).
        let clusters = DOTWriter.drawsClusters(diagram.layout) ? diagram.camps : []
        var clustered = Set<String>()
        let byID = Dictionary(diagram.nodes.map { ($0.actor.id, $0) }, uniquingKeysWith: { a, _ in a })
        for camp in clusters {
            let (fill, border) = DiagramStyle.campColors(camp.number)
            out += "  subgraph \(DOTWriter.quote("cluster_camp_\(camp.number)")) {\n"
            out += "    graph [id=\"camp-\(camp.number)\", class=\"camp\", label=\(DOTWriter.label("Camp \(camp.number): \(camp.name)")), "
            out += "style=\"rounded,filled\", fillcolor=\"\(fill)\", color=\"\(border)\", penwidth=1.5, fontsize=\(large ? 16 : 13), fontcolor=\"\(DiagramStyle.Palette.ink)\", labelloc=t, labeljust=l, margin=14];\n"
            for id in camp.members.sorted() {
                guard let node = byID[id] else { continue }
                clustered.insert(id)
                out += "    \(DOTWriter.quote(id)) [\(nodeAttributes(node, in: graph, scaledDown: diagram.labelsOnHover).joined(separator: ", "))];\n"
            }
            out += "  }\n"
        }
        for node in diagram.nodes where !clustered.contains(node.actor.id) {
            out += "  \(DOTWriter.quote(node.actor.id)) [\(nodeAttributes(node, in: graph, scaledDown: diagram.labelsOnHover).joined(separator: ", "))];\n"
        }
        for edge in diagram.edges {
            out += "  \(DOTWriter.quote(edge.from)) -> \(DOTWriter.quote(edge.to)) [\(edgeAttributes(edge, in: graph, hoverLabel: diagram.labelsOnHover).joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    // MARK: Nodes and edges

    private func nodeAttributes(_ node: Diagram.Node, in graph: KnowledgeGraph, scaledDown: Bool) -> [String] {
        let actor = node.actor
        var tooltip = "\(actor.label) \u{2014} \(actor.type.rawValue)"
        if let q = DOTWriter.wikidataID(actor.wikidata) { tooltip += " (\(q))" }
        tooltip += "\n\(node.evidence) piece\(node.evidence == 1 ? "" : "s") of evidence"
        if !node.folded.isEmpty { tooltip += "\nIncludes: " + node.folded.joined(separator: ", ") }
        if let best = node.bestEvidence { tooltip += "\n" + DOTWriter.citation(best, in: graph) }
        var attributes = [
            "id=\(DOTWriter.quote("actor-" + actor.id))",
            "class=\(DOTWriter.quote("actor type-" + actor.type.rawValue.lowercased()))",
            "label=\(DOTWriter.label(actor.label))",
            "shape=\(DiagramStyle.shape(actor.type))",
            "fillcolor=\"\(DiagramStyle.fill(actor.type))\"",
            // A big diagram is shown scaled down to fit the window: bigger type keeps it legible.
            "fontsize=\(String(format: "%.1f", DiagramStyle.fontSize(evidence: node.evidence) * (scaledDown ? 1.3 : 1)))",
            "tooltip=\(DOTWriter.tooltip(tooltip))",
        ]
        if actor.type == .organization { attributes.append("fontcolor=\"white\"") }
        if let q = DOTWriter.wikidataID(actor.wikidata) {
            attributes.append("URL=\"https://www.wikidata.org/wiki/\(q)\"")
            attributes.append("target=\"_blank\"")
        }
        return attributes
    }

    private func edgeAttributes(_ edge: Diagram.Edge, in graph: KnowledgeGraph, hoverLabel: Bool) -> [String] {
        let color = DiagramStyle.color(edge.predicateClass)
        var classes = ["rel", edge.predicateClass.rawValue]
        if edge.negated { classes.append("negated") }
        if edge.hedged { classes.append("hedged") }
        if edge.symmetric { classes.append("symmetric") }
        classes += Set(edge.facts.map(\.predicate.rawValue)).sorted().map { "p-" + $0 }
        let tooltip = DOTWriter.tooltip(edgeTooltip(edge, in: graph))
        var attributes = [
            "id=\(DOTWriter.quote(edge.id))",
            "class=\(DOTWriter.quote(classes.joined(separator: " ")))",
            // A label shown only on hover takes no room in the layout: an external label.
            "\(hoverLabel ? "xlabel" : "label")=\(DOTWriter.label(DOTWriter.edgeLabel(edge)))",
            "tooltip=\(tooltip)", "labeltooltip=\(tooltip)",
            "color=\"\(color)\"", "fontcolor=\"\(color)\"",
            "penwidth=\(String(format: "%.2f", DiagramStyle.penWidth(evidence: edge.evidence)))",
            "arrowhead=\(DiagramStyle.arrowhead(edge.predicateClass))",
            "style=\(DiagramStyle.lineStyle(negated: edge.negated, hedged: edge.hedged))",
        ]
        if edge.symmetric { attributes.append("dir=none") }
        if edge.predicateClass == .affiliation { attributes.append("weight=3") }
        return attributes
    }

    /// The label of an edge: one line per predicate, most evidence first, with
    /// "not", the count and the modality: `not supports ×3 (planned)`.
    static func edgeLabel(_ edge: Diagram.Edge) -> String {
        var lines = edge.facts.prefix(labelLines).map { fact -> String in
            var line = (fact.negated ? "not " : "") + fact.predicate.rawValue
            let firm = fact.firmEvidence.count
            if firm > 1 { line += " \u{00D7}\(firm)" }
            if fact.modality != .asserted { line += " (\(fact.modality.rawValue))" }
            return line
        }
        if edge.facts.count > labelLines { lines.append("+\(edge.facts.count - labelLines) more") }
        return lines.joined(separator: "\n")
    }

    private func edgeTooltip(_ edge: Diagram.Edge, in graph: KnowledgeGraph) -> String {
        let from = graph.actors[edge.from]?.label ?? edge.from
        let to = graph.actors[edge.to]?.label ?? edge.to
        var lines = edge.facts.map { fact -> String in
            var line = "\(from) " + (fact.negated ? "not " : "") + "\(fact.predicate.rawValue) \(to)"
            if fact.modality != .asserted { line += " (\(fact.modality.rawValue))" }
            line += " \u{2014} \(fact.evidence.count) piece\(fact.evidence.count == 1 ? "" : "s") of evidence"
            if let breakdown = fact.modalityBreakdown { line += " (\(breakdown))" }
            if let span = graph.reportingSpan(of: fact) { line += ", reported \(span)" }
            return line
        }
        if let best = edge.bestEvidence { lines.append(DOTWriter.citation(best, in: graph)) }
        return lines.joined(separator: "\n")
    }

    /// “quote” — document title (id, date)
    static func citation(_ evidence: Evidence, in graph: KnowledgeGraph) -> String {
        var quote = evidence.text
        if quote.count > tooltipQuoteLimit { quote = String(quote.prefix(tooltipQuoteLimit)) + "\u{2026}" }
        return "\u{201C}\(quote)\u{201D}\n\u{2014} \(Diagram.sourceName(evidence.document, in: graph))"
    }

    /// A Wikidata item id ("Q159") if `value` is one, else nil: nothing else becomes a link.
    static func wikidataID(_ value: String?) -> String? {
        guard let value, value.count > 1, value.first == "Q", value.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return value
    }

    /// Whether a layout engine draws clusters (sfdp, neato and circo ignore them).
    static func drawsClusters(_ layout: LayoutEngine) -> Bool {
        layout == .dot || layout == .fdp
    }

    // MARK: Legend

    /// The legend, an HTML-like label placed under the drawing.
    private func legend(for diagram: Diagram) -> String {
        // Large drawings are shown scaled down: give their legend bigger type.
        let size = diagram.nodes.count > DiagramView.sfdpThreshold ? 24 : diagram.labelsOnHover ? 16 : 12
        let small = size * 3 / 4
        let present = Set(diagram.nodes.map(\.actor.type))
        var rows: [String] = []
        var types = ""
        for type in ActorType.allCases {
            let font = type == .organization ? "white" : DiagramStyle.Palette.ink
            let muted = present.contains(type) ? "" : " (none)"
            types += "<TD BGCOLOR=\"\(DiagramStyle.fill(type))\" BORDER=\"1\" COLOR=\"\(DiagramStyle.Palette.ink)\"><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(font)\">\(type.rawValue)</FONT><BR/><FONT POINT-SIZE=\"\(small)\" COLOR=\"\(font)\">\(DiagramStyle.shapeName(type))\(muted)</FONT></TD>"
        }
        rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size)\"><B>Actors</B></FONT></TD>\(types)</TR>")
        var lines = ""
        for cls in Predicate.Class.allCases {
            let color = DiagramStyle.color(cls)
            let examples = PredicateSpec.predicates(of: cls).prefix(3).map(\.rawValue).joined(separator: ", ")
            lines += "<TD><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(color)\"><B>\(DiagramStyle.arrowGlyph(cls))</B> \(cls.rawValue)</FONT><BR/><FONT POINT-SIZE=\"\(small)\">\(examples)\u{2026}</FONT></TD>"
        }
        lines += "<TD><FONT POINT-SIZE=\"\(size)\">\u{2013} \u{2013} \u{2013} not</FONT><BR/><FONT POINT-SIZE=\"\(small)\">negated</FONT></TD>"
        lines += "<TD><FONT POINT-SIZE=\"\(size)\">\u{00B7} \u{00B7} \u{00B7} \u{00B7} hedged</FONT><BR/><FONT POINT-SIZE=\"\(small)\">possible, planned</FONT></TD>"
        // The verb alone ("meets" for meetsWith) keeps the legend narrow.
        let symmetric = PredicateSpec.symmetricPredicates.map { String($0.rawValue.prefix { !$0.isUppercase }) }.joined(separator: ", ")
        lines += "<TD><FONT POINT-SIZE=\"\(size)\">\u{2014}\u{2014}\u{2014} no head</FONT><BR/><FONT POINT-SIZE=\"\(small)\">symmetric (\(symmetric))</FONT></TD>"
        rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size)\"><B>Relations</B></FONT></TD>\(lines)</TR>")
        var notes = ["Thicker lines: more evidence; \u{00D7}N counts evidence. Hover a node or line for the best quote\(diagram.labelsOnHover ? " and the line's relations" : ""); click a node to open its Wikidata item (in report.html, to show its neighbourhood)."]
        if DOTWriter.drawsClusters(diagram.layout) && !diagram.camps.isEmpty {
            notes.append("Shaded boxes are camps: actors whose cooperation outweighs conflict between them, apart from the others (kg camps lists why).")
        }
        let o = diagram.omissions
        if o.actorsCut > 0 {
            notes.append("Showing the \(diagram.nodes.count) actors with most evidence of \(o.actorsBeforeCut): \(o.actorsCut) actors and \(o.edgesCut) relations left out (raise --max-nodes to see more).")
        }
        if !o.filters.isEmpty { notes.append("Showing " + o.filters.joined(separator: "; ") + ".") }
        if diagram.edges.isEmpty {
            notes.append(o.filters.isEmpty ? "No relations to draw: no facts were found." : "No relations to draw: the filters left none.")
        }
        notes.append("\(diagram.nodes.count) actors, \(diagram.edges.count) relations; layout \(diagram.layout.rawValue).")
        for note in notes {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"7\"><FONT POINT-SIZE=\"\(small + 1)\">\(Markup.escape(note))</FONT></TD></TR>")
        }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"4\" BGCOLOR=\"#F7F7F7\">\(rows.joined())</TABLE>>"
    }

    // MARK: Escaping

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`,
    /// other control characters dropped. Right for ids and names; for text that
    /// Graphviz shows use `label(_:)` or `tooltip(_:)`.
    static func quote(_ text: String) -> String {
        escape(text, backslash: "\\\\")
    }

    /// A quoted `label` value that Graphviz shows exactly as `text` reads: `&` is
    /// written `&amp;` (Graphviz decodes HTML entities in labels) and `\` doubled.
    static func label(_ text: String) -> String {
        escape(text, backslash: "\\\\", ampersand: true)
    }

    /// A quoted `tooltip` value shown exactly as `text` reads: tooltips go through
    /// one more round of backslash processing (`\N` is the node's name), so a
    /// backslash is written four times.
    static func tooltip(_ text: String) -> String {
        escape(text, backslash: "\\\\\\\\", ampersand: true)
    }

    private static func escape(_ text: String, backslash: String, ampersand: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += backslash
            case "&" where ampersand: out += "&amp;"
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
