import Foundation

extension HTMLReportWriter {
    /// The stance matrix section (`id="matrix"`): one coloured cell per ordered pair,
    /// counts in the cell, negated, hedged and contact evidence on a second line, and
    /// a click on a cell opens its facts and quotes below the table.
    func matrixSection(_ matrix: StanceMatrix, graph: KnowledgeGraph) -> String {
        var out = "<section id=\"matrix\"><h2>Stance matrix</h2>\n"
        guard !matrix.actors.isEmpty else {
            return out + "<p>No stances to show: no cooperative or conflictual facts between actors.</p></section>\n"
        }
        out += "<p>How each row actor stands toward each column actor, for the \(matrix.actors.count) actors with most evidence, grouped by camp. "
        out += "Colour: the balance of cooperative against conflictual evidence. In a cell, <b>+N</b> counts cooperative and <b>\u{2212}N</b> conflictual evidence; "
        out += "negated (<i>not N</i>), possible or planned (<i>~N</i>) evidence and meetings or requests (<i>meet N</i>) are counted apart and left out of the colour. Click a cell for its facts and quotes.</p>\n"
        out += MatrixColor.legend
        out += "<div class=\"matrix-frame\"><table class=\"matrix\"><thead><tr><th class=\"corner\">row \u{2192} column</th>"
        for (c, actor) in matrix.actors.enumerated() {
            out += "<th class=\"col\(campStart(matrix, c))\" scope=\"col\"><span dir=\"auto\">\(Markup.escape(actor.label))</span></th>"
        }
        out += "</tr></thead><tbody>\n"
        var panels = ""
        for (r, from) in matrix.actors.enumerated() {
            out += "<tr class=\"\(campStart(matrix, r).trimmingCharacters(in: .whitespaces))\"><th class=\"row\" scope=\"row\"><span dir=\"auto\">\(Markup.escape(from.label))</span>"
            if let camp = matrix.camps[r] { out += " <small>camp \(camp)</small>" }
            out += "</th>"
            for (c, to) in matrix.actors.enumerated() {
                let cls = "cell" + campStart(matrix, c)
                if r == c {
                    out += "<td class=\"\(cls) self\" aria-label=\"same actor\"></td>"
                    continue
                }
                let cell = matrix.cells[r][c]
                guard !cell.isEmpty else {
                    out += "<td class=\"\(cls) empty\">\u{00B7}</td>"
                    continue
                }
                let id = "m-\(r)-\(c)"
                let (fill, ink) = MatrixColor.colors(cell)
                var main: [String] = []
                if cell.cooperative > 0 { main.append("+\(cell.cooperative)") }
                if cell.conflictual > 0 { main.append("\u{2212}\(cell.conflictual)") }
                var aside: [String] = []
                if cell.negated > 0 { aside.append("not\u{00A0}\(cell.negated)") }
                if cell.hedged > 0 { aside.append("~\(cell.hedged)") }
                if cell.contact > 0 { aside.append("meet\u{00A0}\(cell.contact)") }
                let title = "\(from.label) toward \(to.label): \(cell.cooperative) cooperative, \(cell.conflictual) conflictual, \(cell.negated) negated, \(cell.hedged) possible or planned, \(cell.contact) meetings or requests"
                out += "<td class=\"\(cls)\" style=\"background:\(fill);color:\(ink)\"><button type=\"button\" class=\"cell-button\" data-cell=\"\(id)\" aria-controls=\"\(id)\" aria-expanded=\"false\" title=\"\(Markup.escape(title))\">"
                if !main.isEmpty { out += "<span class=\"main\">\(main.joined(separator: " "))</span>" }
                if !aside.isEmpty { out += "<span class=\"aside\">\(aside.joined(separator: " "))</span>" }
                out += "</button></td>"
                panels += cellPanel(id: id, from: from, to: to, cell: cell, graph: graph)
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n<div class=\"cell-panels\">\n\(panels)</div>\n</section>\n"
        return out
    }

    /// " camp-start" when column or row `i` begins a new camp next to a block of two or
    /// more (a thicker rule); a lone actor's camp gets no rules of its own, which on the
    /// Wikinews corpus drew a rule around nearly every row.
    private func campStart(_ matrix: StanceMatrix, _ i: Int) -> String {
        guard i > 0, matrix.camps[i] != matrix.camps[i - 1] else { return "" }
        func blockSize(_ k: Int) -> Int { matrix.camps.filter { $0 != nil && $0 == matrix.camps[k] }.count }
        return blockSize(i) > 1 || blockSize(i - 1) > 1 ? " camp-start" : ""
    }

    private func cellPanel(id: String, from: Actor, to: Actor, cell: StanceMatrix.Cell, graph: KnowledgeGraph) -> String {
        var out = "<div class=\"cell-facts\" id=\"\(id)\" hidden><h3><span dir=\"auto\">\(Markup.escape(from.label))</span> toward <span dir=\"auto\">\(Markup.escape(to.label))</span></h3><ul>"
        for fact in cell.facts {
            out += "<li class=\"\(fact.predicate.predicateClass.rawValue)\">" + factLine(fact, graph: graph) + "</li>"
        }
        return out + "</ul></div>\n"
    }

    /// A fact with its relation, its ends, its counts and its quotes (best first, the
    /// rest folded away), for the matrix and camp sections.
    func factLine(_ fact: Fact, graph: KnowledgeGraph) -> String {
        var relation = (fact.negated ? "not " : "") + fact.predicate.rawValue
        if fact.modality != .asserted { relation += " (\(fact.modality.rawValue))" }
        var out = "<span dir=\"auto\">\(Markup.escape(graph.actors[fact.subject]?.label ?? fact.subject))</span> "
        out += "<b class=\"rel \(fact.predicate.predicateClass.rawValue)\">\(Markup.escape(relation))</b> "
        out += "<span dir=\"auto\">\(Markup.escape(graph.actors[fact.object]?.label ?? fact.object))</span>"
        out += " <small>\(fact.evidence.count) piece\(fact.evidence.count == 1 ? "" : "s") of evidence</small>"
        let ordered = fact.evidence.sorted(by: Diagram.quotesBetter)
        if let best = ordered.first {
            out += "<br><q dir=\"auto\">\(Markup.escape(best.text))</q> <small>\(Markup.escape(Diagram.sourceName(best.document, in: graph)))</small>"
        }
        if ordered.count > 1 {
            out += "<details><summary>\(ordered.count - 1) more quote\(ordered.count == 2 ? "" : "s")</summary><ol>"
            for ev in ordered.dropFirst() {
                out += "<li><q dir=\"auto\">\(Markup.escape(ev.text))</q> <small>\(Markup.escape(Diagram.sourceName(ev.document, in: graph)))</small></li>"
            }
            out += "</ol></details>"
        }
        return out
    }
}

/// The matrix's colour scale: a diverging scale from vermillion (only conflict)
/// through light grey (balanced) to blue (only cooperation), the two Okabe–Ito
/// colours of the diagram, which stay apart under every common colour-blindness and
/// in grey print (vermillion is lighter than blue). Counts are always printed too.
enum MatrixColor {
    static let conflict = (r: 0xD5, g: 0x5E, b: 0x00)
    static let neutral = (r: 0xEE, g: 0xEE, b: 0xEE)
    static let cooperation = (r: 0x00, g: 0x72, b: 0xB2)

    /// Fill and text colour for a cell: by its balance, at least a quarter of the way
    /// to the end colour so that any lean shows; neutral when nothing was asserted.
    static func colors(_ cell: StanceMatrix.Cell) -> (fill: String, ink: String) {
        guard let balance = cell.balance else { return (hex(neutral), "#222222") }
        let amount = balance == 0 ? 0 : 0.25 + 0.75 * abs(balance)
        let end = balance > 0 ? cooperation : conflict
        let mix = (r: mixed(neutral.r, end.r, amount), g: mixed(neutral.g, end.g, amount), b: mixed(neutral.b, end.b, amount))
        // Relative luminance decides the ink, so counts stay readable on every fill.
        let luminance = (0.2126 * Double(mix.r) + 0.7152 * Double(mix.g) + 0.0722 * Double(mix.b)) / 255
        return (hex(mix), luminance < 0.5 ? "#FFFFFF" : "#222222")
    }

    private static func mixed(_ a: Int, _ b: Int, _ t: Double) -> Int {
        Int((Double(a) + (Double(b) - Double(a)) * t).rounded())
    }

    private static func hex(_ c: (r: Int, g: Int, b: Int)) -> String {
        String(format: "#%02X%02X%02X", c.r, c.g, c.b)
    }

    /// A key for the scale: five swatches from only conflict to only cooperation.
    static var legend: String {
        let stops: [(Double, String)] = [(-1, "only conflict"), (-0.5, "mostly conflict"), (0, "balanced"), (0.5, "mostly cooperation"), (1, "only cooperation")]
        var out = "<ul class=\"matrix-key\" aria-label=\"Colour key\">"
        for (balance, words) in stops {
            var cell = StanceMatrix.Cell()
            // A cell with that balance: counts in the ratio (1 + b) : (1 − b).
            cell.cooperative = Int(((1 + balance) * 2).rounded())
            cell.conflictual = Int(((1 - balance) * 2).rounded())
            let (fill, ink) = colors(cell)
            out += "<li><span style=\"background:\(fill);color:\(ink)\">\(words)</span></li>"
        }
        return out + "</ul>\n"
    }
}
