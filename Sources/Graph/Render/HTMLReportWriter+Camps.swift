import Foundation

extension HTMLReportWriter {
    /// At most this many facts per list in a camp's card; the rest fold away.
    static let campFactLimit = 3

    /// The camps section (`id="camps"`): one card per camp with its members (and the
    /// people folded into them), the facts that hold it together, set it apart and
    /// strain it, each with its quote; then the unaligned actors and the frustration.
    func campSection(_ camps: Camps, graph: KnowledgeGraph) -> String {
        var out = "<section id=\"camps\"><h2>Camps</h2>\n"
        guard !camps.camps.isEmpty else {
            return out + "<p>No camps: no two actors are joined by cooperation that outweighs conflict between them.</p></section>\n"
        }
        out += "<p>Actors whose cooperation outweighs conflict between them, set against the others. Supports, aids and cooperation pull together; opposition, criticism, threats, attacks and sanctions push apart; meetings, requests and denials count for neither; people count for the state they lead or belong to. "
        out += "Frustration \(String(format: "%.3f", camps.frustration)): the share of that evidence the camps go against (0 is perfectly balanced).</p>\n<div class=\"camps\">\n"
        for camp in camps.camps {
            let (fill, border) = DiagramStyle.campColors(camp.number)
            out += "<article class=\"camp\" id=\"camp-card-\(camp.number)\" style=\"background:\(fill);border-color:\(border)\">"
            out += "<h3>Camp \(camp.number): <span dir=\"auto\">\(Markup.escape(camp.name))</span> <small>\(camp.members.count) actors, \(camp.evidence) pieces of evidence</small></h3>"
            let members = camp.members.map { member -> String in
                var text = "<span dir=\"auto\">\(Markup.escape(member.label))</span>"
                if let people = camp.people[member.id], !people.isEmpty {
                    text += " <small>(with \(Markup.escape(people.joined(separator: ", "))))</small>"
                }
                if camp.leaning.contains(member.id) { text += " <small><i>leaning: only opposes this camp\u{2019}s adversaries</i></small>" }
                return text
            }
            out += "<p class=\"members\">\(members.joined(separator: "; "))</p>"
            out += campFacts("Held together by", camp.together, graph: graph)
            out += campFacts("Set apart by", camp.apart, graph: graph)
            out += campFacts("Against the grain", camp.strains, graph: graph)
            out += "</article>\n"
        }
        out += "</div>\n"
        if !camps.unaligned.isEmpty {
            out += "<p><b>Unaligned:</b> " + camps.unaligned.map { "<span dir=\"auto\">\(Markup.escape($0.label))</span>" }.joined(separator: ", ") + "</p>\n"
        }
        return out + "</section>\n"
    }

    private func campFacts(_ title: String, _ facts: [Fact], graph: KnowledgeGraph) -> String {
        guard !facts.isEmpty else { return "" }
        var out = "<h4>\(title)</h4><ul>"
        for fact in facts.prefix(HTMLReportWriter.campFactLimit) { out += "<li>" + factLine(fact, graph: graph) + "</li>" }
        out += "</ul>"
        if facts.count > HTMLReportWriter.campFactLimit {
            out += "<details><summary>\(facts.count - HTMLReportWriter.campFactLimit) more</summary><ul>"
            for fact in facts.dropFirst(HTMLReportWriter.campFactLimit) { out += "<li>" + factLine(fact, graph: graph) + "</li>" }
            out += "</ul></details>"
        }
        return out
    }
}
