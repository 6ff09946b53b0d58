import Foundation

extension HTMLReportWriter {
    /// Actors and pairs offered in the timeline's menu.
    static let timelineActors = 10
    static let timelinePairs = 8
    /// Height of the tallest bar, in pixels.
    static let timelineHeight = 160.0

    /// The timeline section (`id="timeline"`): evidence per week, month or year by
    /// relation class, for all actors, one of the top actors or one of the top pairs,
    /// chosen in a menu (`report.html#timeline=t-a-russia` opens one). People count for
    /// the state they represent, as in the stance matrix.
    func timelineSection(_ graph: KnowledgeGraph) -> String {
        var out = "<section id=\"timeline\"><h2>Timeline</h2>\n"
        let (folded, _) = DiagramView.foldPeople(graph)
        let facts = folded.sortedFacts
        let all = Timeline(folded, facts: facts)
        guard !all.buckets.isEmpty else {
            return out + "<p>No timeline: none of the \(all.undated) pieces of evidence comes from a dated article.</p></section>\n"
        }
        out += "<p>Pieces of evidence per period, by relation class, dated by the article they come from (the first date it states). "
        if all.undated > 0 { out += "\(all.undated) of \(all.undated + all.buckets.reduce(0) { $0 + $1.total }) come from undated articles and are not shown. " }
        out += "People count for the state they represent. <code>--since</code> and <code>--until</code> narrow every view to a span of dates.</p>\n"
        // The menu: everything, the actors with most evidence, the pairs with most evidence.
        var evidence: [String: Int] = [:], pairs: [SignedGraph.Pair: Int] = [:]
        for fact in facts where fact.subject != fact.object {
            evidence[fact.subject, default: 0] += fact.evidence.count
            evidence[fact.object, default: 0] += fact.evidence.count
            if fact.predicate.predicateClass != .affiliation { pairs[SignedGraph.Pair(fact.subject, fact.object), default: 0] += fact.evidence.count }
        }
        let actors = evidence.keys.sorted { evidence[$0]! != evidence[$1]! ? evidence[$0]! > evidence[$1]! : $0 < $1 }.prefix(HTMLReportWriter.timelineActors)
        let topPairs = pairs.keys.sorted { pairs[$0]! != pairs[$1]! ? pairs[$0]! > pairs[$1]! : ($0.a, $0.b) < ($1.a, $1.b) }.prefix(HTMLReportWriter.timelinePairs)
        func name(_ id: String) -> String { folded.actors[id]?.label ?? id }
        var charts: [(id: String, title: String, timeline: Timeline)] = [("t-all", "All actors", all)]
        for id in actors {
            charts.append(("t-a-\(id)", name(id), Timeline(folded, facts: facts.filter { $0.subject == id || $0.object == id })))
        }
        for pair in topPairs {
            let between = facts.filter { SignedGraph.Pair($0.subject, $0.object) == pair }
            charts.append(("t-p-\(pair.a)--\(pair.b)", "\(name(pair.a)) and \(name(pair.b))", Timeline(folded, facts: between)))
        }
        out += "<p><label>Show <select id=\"timeline-subject\"><option value=\"t-all\">All actors</option><optgroup label=\"Actors\">"
        for chart in charts where chart.id.hasPrefix("t-a-") { out += "<option value=\"\(chart.id)\">\(Markup.escape(chart.title))</option>" }
        out += "</optgroup><optgroup label=\"Pairs\">"
        for chart in charts where chart.id.hasPrefix("t-p-") { out += "<option value=\"\(chart.id)\">\(Markup.escape(chart.title))</option>" }
        out += "</optgroup></select></label> "
        out += "<span class=\"tl-key\"><span class=\"seg cooperative\"></span>cooperative <span class=\"seg conflictual\"></span>conflictual <span class=\"seg affiliation\"></span>affiliation</span></p>\n"
        for (n, chart) in charts.enumerated() {
            out += timelineChart(chart.id, title: chart.title, chart.timeline, hidden: n > 0)
        }
        return out + "</section>\n"
    }

    private func timelineChart(_ id: String, title: String, _ timeline: Timeline, hidden: Bool) -> String {
        var out = "<div class=\"timeline-chart\" id=\"\(id)\"\(hidden ? " hidden" : "")><h3><span dir=\"auto\">\(Markup.escape(title))</span> <small>per \(timeline.step.rawValue)"
        if timeline.undated > 0 { out += ", \(timeline.undated) undated not shown" }
        out += "</small></h3>"
        guard !timeline.buckets.isEmpty else { return out + "<p>No dated evidence.</p></div>\n" }
        let peak = Double(timeline.buckets.map(\.total).max() ?? 1)
        out += "<div class=\"bars\" role=\"img\" aria-label=\"\(Markup.escape(title)): evidence per \(timeline.step.rawValue)\">"
        for bucket in timeline.buckets {
            let words = "\(bucket.label): \(bucket.cooperative) cooperative, \(bucket.conflictual) conflictual, \(bucket.affiliation) affiliation"
            let height = (Double(bucket.total) / max(peak, 1) * HTMLReportWriter.timelineHeight).rounded()
            if bucket.gapBefore { out += "<div class=\"gap\" title=\"periods without evidence left out\">\u{2026}</div>" }
            out += "<div class=\"bar\" title=\"\(words)\"><div class=\"stack\" style=\"height:\(Int(height))px\">"
            for (cls, count) in [("conflictual", bucket.conflictual), ("cooperative", bucket.cooperative), ("affiliation", bucket.affiliation)] where count > 0 {
                out += "<span class=\"seg \(cls)\" style=\"flex-grow:\(count)\"></span>"
            }
            out += "</div><span class=\"count\">\(bucket.total > 0 ? String(bucket.total) : "")</span><span class=\"period\">\(bucket.label)</span></div>"
        }
        out += "</div><details><summary>as a table</summary><table class=\"timeline-table\"><thead><tr><th>Period</th><th>Cooperative</th><th>Conflictual</th><th>Affiliation</th></tr></thead><tbody>"
        for bucket in timeline.buckets where bucket.total > 0 {
            out += "<tr><td>\(bucket.label)</td><td>\(bucket.cooperative)</td><td>\(bucket.conflictual)</td><td>\(bucket.affiliation)</td></tr>"
        }
        return out + "</tbody></table></details></div>\n"
    }
}
