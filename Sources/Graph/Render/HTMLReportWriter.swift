import Foundation

/// Writes `report.html`: one self-contained page with the diagram (inline SVG), its
/// legend, a summary per actor and a searchable, sortable table of every fact with
/// its quotes and sources. Inline CSS and JavaScript only; the page loads nothing.
///
/// All article text is escaped (`Markup.escape`), and a Content-Security-Policy
/// allows only the page's own script (by hash) and no network at all, so a quote
/// such as `</script><script>…` stays text. Opening the page as `report.html#q=WORDS`
/// fills the fact search with WORDS; `report.html#cell=m-R-C` opens the facts of the
/// stance matrix's cell at row R, column C; `report.html#timeline=t-a-ID` shows the
/// timeline of actor ID (`t-p-A--B` of a pair); `report.html#actor=ID` chooses actor ID
/// in the diagram. The diagram pans and zooms (drag, wheel, pinch); a click on an actor
/// shows its neighbourhood and its facts; filters by relation class, minimum evidence
/// and dates act on the lines and the fact table (see docs/views.md).
public struct HTMLReportWriter: Sendable {
    public init() {}

    /// The page for `diagram`, with `svg` (Graphviz's SVG of the same diagram) inline.
    public func html(for diagram: Diagram, svg: Data?, title: String = "kg report") -> String {
        let graph = diagram.graph
        var page = ""
        page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '\(HTMLReportWriter.scriptHash)'\">\n"
        page += "<title>\(Markup.escape(title))</title>\n<style>\(HTMLReportWriter.css)</style>\n</head>\n<body>\n"
        page += "<header><h1>\(Markup.escape(title))</h1>\n"
        page += "<p class=\"counts\">\(graph.documents.count) documents \u{00B7} \(graph.actors.count) actors \u{00B7} \(graph.facts.count) facts \u{00B7} \(graph.facts.values.reduce(0) { $0 + $1.evidence.count }) pieces of evidence</p>\n"
        page += "<nav><a href=\"#diagram\">Diagram</a> <a href=\"#camps\">Camps</a> <a href=\"#matrix\">Stance matrix</a> <a href=\"#timeline\">Timeline</a> <a href=\"#actors\">Actors</a> <a href=\"#facts\">Facts</a></nav></header>\n"
        page += "<main>\n<section id=\"diagram\"><h2>Diagram</h2>\n"
        page += "<p class=\"tools\"><button type=\"button\" data-zoom=\"0.67\" aria-label=\"Zoom out\">\u{2212}</button> <button type=\"button\" data-zoom=\"1.5\" aria-label=\"Zoom in\">+</button> <button type=\"button\" data-zoom=\"fit\" class=\"fit\">Fit</button> <small>Drag to pan, wheel or pinch to zoom; click an actor to see its neighbours and facts; hover a node or line for its evidence.</small></p>\n"
        page += filterControls(diagram)
        page += "<p id=\"selection\" class=\"selection\" hidden><span id=\"selection-text\"></span> <a id=\"selection-link\" hidden rel=\"noopener noreferrer\" target=\"_blank\">Wikidata</a> <button type=\"button\" id=\"selection-clear\">Show all actors</button></p>\n"
        page += "<div class=\"svg-frame\">\n"
        if let svg { page += HTMLReportWriter.inlineSVG(svg) } else { page += "<p>The diagram could not be drawn.</p>" }
        page += "\n</div>\n"
        page += edgeData(diagram)
        page += legend(for: diagram)
        page += "</section>\n"
        page += campSection(Camps(graph), graph: graph)
        page += matrixSection(StanceMatrix(graph), graph: graph)
        page += timelineSection(graph)
        page += actorSection(diagram)
        page += factSection(diagram)
        page += "</main>\n<script>\(HTMLReportWriter.script)</script>\n</body>\n</html>\n"
        return page
    }

    // MARK: Sections

    private func legend(for diagram: Diagram) -> String {
        var out = "<div class=\"legend\" id=\"legend\"><h3>Legend</h3><ul class=\"types\">"
        for type in ActorType.allCases {
            out += "<li><span class=\"swatch shape-\(DiagramStyle.shape(type))\" style=\"background:\(DiagramStyle.fill(type))\"></span>\(type.rawValue) <small>(\(DiagramStyle.shapeName(type)))</small></li>"
        }
        out += "</ul><ul class=\"lines\">"
        for cls in Predicate.Class.allCases {
            let members = PredicateSpec.predicates(of: cls).map(\.rawValue).joined(separator: ", ")
            out += "<li><span class=\"line\" style=\"border-top-color:\(DiagramStyle.color(cls))\"></span><b style=\"color:\(DiagramStyle.color(cls))\">\(cls.rawValue)</b> <small>\(members); head: \(DiagramStyle.arrowhead(cls))</small></li>"
        }
        out += "<li><span class=\"line\" style=\"border-top-style:dashed\"></span>negated (\u{201C}not\u{201D})</li>"
        out += "<li><span class=\"line\" style=\"border-top-style:dotted\"></span>possible or planned</li>"
        let symmetric = PredicateSpec.symmetricPredicates.map(\.rawValue).joined(separator: ", ")
        out += "<li>no arrowhead: symmetric (\(symmetric)); thicker: more evidence</li></ul>"
        let o = diagram.omissions
        if o.actorsCut > 0 {
            out += "<p class=\"cut\">The diagram shows the \(diagram.nodes.count) actors with most evidence of \(o.actorsBeforeCut): \(o.actorsCut) actors and \(o.edgesCut) relations are left out of the picture (the tables below list everything).</p>"
        }
        if !o.filters.isEmpty { out += "<p>Showing " + Markup.escape(o.filters.joined(separator: "; ")) + ".</p>" }
        return out + "</div>\n"
    }

    private func actorSection(_ diagram: Diagram) -> String {
        let graph = diagram.graph
        let folded = Dictionary(diagram.nodes.map { ($0.actor.id, $0.folded) }, uniquingKeysWith: { a, _ in a })
        let evidence = graph.evidenceCountByActor()
        let columns: [(String, (Fact) -> Bool)] = [
            ("Supports", { $0.predicate == .supports }), ("Opposes", { $0.predicate == .opposes }),
            ("Attacks", { $0.predicate == .attacks }), ("Meets", { $0.predicate == .meetsWith }),
        ]
        var out = "<section id=\"actors\"><h2>Actors</h2>\n"
        out += "<input type=\"search\" class=\"filter\" data-table=\"actor-table\" placeholder=\"Filter actors\u{2026}\" aria-label=\"Filter actors\">\n"
        out += "<table id=\"actor-table\" class=\"sortable\"><thead><tr><th>Actor</th><th>Type</th><th data-type=\"number\">Evidence</th><th data-type=\"number\">Facts</th>"
        out += columns.map { "<th>\($0.0)</th>" }.joined() + "<th>Other relations</th></tr></thead><tbody>\n"
        let byActor = Dictionary(grouping: graph.sortedFacts.flatMap { [($0.subject, $0), ($0.object, $0)] }, by: \.0)
        let actors = graph.sortedActors.sorted { evidence[$0.id, default: 0] != evidence[$1.id, default: 0] ? evidence[$0.id, default: 0] > evidence[$1.id, default: 0] : $0.id < $1.id }
        for actor in actors {
            let facts = (byActor[actor.id] ?? []).map(\.1)
            let outgoing = facts.filter { $0.subject == actor.id || $0.predicate.isSymmetric }
            out += "<tr><td>\(actorName(actor)) <button type=\"button\" class=\"show-facts\" data-actor=\"\(Markup.escape(actor.label))\" data-id=\"\(Markup.escape(actor.id))\" title=\"Show this actor's facts\">facts</button>"
            if let people = folded[actor.id], !people.isEmpty {
                out += "<br><small>includes \(Markup.escape(people.joined(separator: ", ")))</small>"
            }
            out += "</td><td>\(actor.type.rawValue)</td><td>\(evidence[actor.id, default: 0])</td><td>\(facts.count)</td>"
            var used = Set<Fact.Key>()
            for (_, test) in columns {
                let matching = outgoing.filter(test)
                used.formUnion(matching.map(\.key))
                out += "<td>\(targets(matching, of: actor.id, in: graph))</td>"
            }
            let rest = outgoing.filter { !used.contains($0.key) }
            let counts = Dictionary(grouping: rest, by: { ($0.negated ? "not " : "") + $0.predicate.rawValue })
                .map { "\($0.key) \($0.value.count)" }.sorted()
            out += "<td>\(Markup.escape(counts.joined(separator: ", ")))</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    /// "Syria (3), not Iran (1)": the other ends of `facts`, with evidence counts.
    private func targets(_ facts: [Fact], of actor: String, in graph: KnowledgeGraph) -> String {
        facts.sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.key < $1.key }
            .map { fact in
                let other = fact.subject == actor ? fact.object : fact.subject
                var text = (fact.negated ? "not " : "") + (graph.actors[other]?.label ?? other)
                if fact.modality != .asserted { text += " (\(fact.modality.rawValue))" }
                return "<span dir=\"auto\">\(Markup.escape(text))</span>\u{00A0}(\(fact.evidence.count))"
            }.joined(separator: ", ")
    }

    private func factSection(_ diagram: Diagram) -> String {
        let graph = diagram.graph
        var out = "<section id=\"facts\"><h2>Facts</h2>\n"
        out += "<input type=\"search\" class=\"filter\" data-table=\"fact-table\" placeholder=\"Search actors, relations, quotes, sources\u{2026}\" aria-label=\"Search facts\">\n"
        out += "<table id=\"fact-table\" class=\"sortable\"><thead><tr><th>Subject</th><th>Relation</th><th>Object</th><th data-type=\"number\">Evidence</th><th>Quote</th><th>Sources</th></tr></thead><tbody>\n"
        for (index, fact) in HTMLReportWriter.tableOrder(graph).enumerated() {
            var relation = (fact.negated ? "not " : "") + fact.predicate.rawValue
            if fact.modality != .asserted { relation += " (\(fact.modality.rawValue))" }
            if let breakdown = fact.modalityBreakdown { relation += " [\(breakdown)]" }
            out += "<tr class=\"\(fact.predicate.predicateClass.rawValue)\" \(HTMLReportWriter.factRowAttributes(fact, index: index, in: graph))><td>\(actorName(graph.actors[fact.subject], fallback: fact.subject))</td>"
            out += "<td class=\"rel\">\(Markup.escape(relation))</td><td>\(actorName(graph.actors[fact.object], fallback: fact.object))</td>"
            out += "<td>\(fact.evidence.count)</td><td>"
            if let span = graph.reportingSpan(of: fact) { out += "<small class=\"reported\">reported \(Markup.escape(span))</small> " }
            let ordered = fact.evidence.sorted(by: Diagram.quotesBetter)
            if let best = ordered.first { out += "<q dir=\"auto\">\(Markup.escape(best.text))</q>" }
            if ordered.count > 1 {
                out += "<details><summary>all \(ordered.count) quotes</summary><ol>"
                for ev in ordered { out += "<li><q dir=\"auto\">\(Markup.escape(ev.text))</q> <small>\(Markup.escape(Diagram.sourceName(ev.document, in: graph)))</small></li>" }
                out += "</ol></details>"
            }
            let documents = Set(fact.evidence.map(\.document)).sorted()
            out += "</td><td>" + documents.map { "<span dir=\"auto\">\(Markup.escape(Diagram.sourceName($0, in: graph)))</span>" }.joined(separator: "<br>") + "</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func actorName(_ actor: Actor?, fallback: String = "") -> String {
        guard let actor else { return Markup.escape(fallback) }
        let name = "<span dir=\"auto\">\(Markup.escape(actor.label))</span>"
        guard let q = DOTWriter.wikidataID(actor.wikidata) else { return name }
        return "<a href=\"https://www.wikidata.org/wiki/\(q)\" rel=\"noopener noreferrer\" target=\"_blank\">\(name)</a>"
    }

    // MARK: Inline SVG, style and script

    /// Graphviz's SVG without its XML prolog, DOCTYPE and comments before `<svg`,
    /// and with its fixed size replaced by a responsive one.
    static func inlineSVG(_ svg: Data) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        var body = String(text[start.lowerBound...])
        if let tagEnd = body.range(of: ">") {
            var tag = String(body[..<tagEnd.lowerBound])
            tag = tag.replacingOccurrences(of: #"\s(width|height|preserveAspectRatio)="[^"]*""#, with: "", options: .regularExpression)
            body = tag + " class=\"kg-svg\" role=\"img\" aria-label=\"Knowledge graph diagram\"" + body[tagEnd.lowerBound...]
        }
        return body
    }

    /// `sha256-…` of the inline script, for the Content-Security-Policy.
    static let scriptHash: String = {
        let hex = SHA256.hex(Array(script.utf8))
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return "sha256-" + Data(bytes).base64EncodedString()
    }()

    static let css = """
    :root{--ink:#222;--muted:#666;--line:#ddd;--coop:\(DiagramStyle.Palette.blue);--conf:\(DiagramStyle.Palette.vermillion)}
    *{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:#fafafa}
    header{padding:18px 28px;background:#fff;border-bottom:1px solid var(--line)}h1{margin:0 0 4px;font-size:22px}
    .counts{margin:0;color:var(--muted)}nav a{margin-right:14px;color:var(--coop)}main{padding:12px 28px 40px}
    section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px;margin:16px 0}h2{font-size:18px;margin:4px 0 10px}
    .svg-frame{overflow:hidden;max-height:85vh;border:1px solid var(--line);border-radius:6px;background:#fff}
    .kg-svg{display:block;width:100%;height:auto;max-height:82vh;touch-action:none;user-select:none;-webkit-user-select:none;cursor:grab}.kg-svg.kg-panning{cursor:grabbing}.kg-svg g.node{cursor:pointer}
    .kg-svg g.kg-off{display:none}.kg-svg g.node.kg-faded{opacity:.25}.kg-svg.kg-focus g.node:not(.kg-near):not(.kg-selected),.kg-svg.kg-focus g.edge:not(.kg-near),.kg-svg.kg-focus g.cluster{opacity:.15}
    .kg-svg g.node.kg-selected polygon,.kg-svg g.node.kg-selected ellipse,.kg-svg g.node.kg-selected path{stroke-width:4px;stroke:#000}.kg-svg.kg-focus g.edge.kg-near text{visibility:visible}
    form.filters{display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;margin:0 0 8px;font-size:14px}form.filters fieldset{border:0;padding:0;margin:0;display:inline-flex;gap:10px}
    form.filters legend{float:left;font-weight:600;margin-right:8px}form.filters label.cooperative{color:var(--coop)}form.filters label.conflictual{color:var(--conf)}
    form.filters input[type=number]{width:4.5em}form.filters input,form.filters button{font:inherit}#filter-status{color:var(--muted)}
    .selection{margin:0 0 8px;padding:6px 10px;background:#fff8e1;border:1px solid #e6c200;border-radius:6px}.selection button{font:inherit;font-size:13px}.kg-svg g.node:hover polygon,.kg-svg g.node:hover ellipse,.kg-svg g.node:hover path{stroke-width:3}
    .kg-svg g.edge:hover path{stroke-width:4}
    .legend h3{font-size:15px;margin:12px 0 6px}.legend ul{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:6px 22px}
    .swatch{display:inline-block;width:22px;height:14px;border:1px solid #222;margin-right:6px;vertical-align:middle}
    .shape-ellipse{border-radius:50%}.shape-hexagon{clip-path:polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%)}
    .shape-octagon{clip-path:polygon(30% 0,70% 0,100% 30%,100% 70%,70% 100%,30% 100%,0 70%,0 30%)}.shape-house{clip-path:polygon(50% 0,100% 40%,100% 100%,0 100%,0 40%)}
    .line{display:inline-block;width:34px;border-top:3px solid #222;margin-right:6px;vertical-align:middle}
    .cut{color:#8a4b00}input.filter{width:min(480px,100%);padding:7px 10px;margin:4px 0 10px;border:1px solid #bbb;border-radius:6px;font:inherit}
    table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #eee}
    th{position:sticky;top:0;background:#f1f1f1;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
    tr.cooperative td.rel{color:var(--coop)}tr.conflictual td.rel{color:var(--conf)}td.rel{font-weight:600;white-space:nowrap}
    .tools button{font:inherit;min-width:30px;border:1px solid #bbb;border-radius:4px;background:#f6f6f6;cursor:pointer}.tools{margin:0 0 6px}
    button.show-facts{font:inherit;font-size:12px;padding:0 6px;margin-left:4px;border:1px solid #bbb;border-radius:4px;background:#f6f6f6;cursor:pointer}
    .matrix-frame{overflow:auto;max-width:100%}table.matrix{width:auto;border-collapse:separate;border-spacing:2px;font-size:13px}
    table.matrix th{position:static;background:none;cursor:default;white-space:normal}table.matrix th.col{vertical-align:bottom;max-width:7em;font-weight:600}
    table.matrix th.row{white-space:nowrap;text-align:right}table.matrix td.cell{padding:0;min-width:4.2em;height:2.6em;text-align:center;vertical-align:middle;border:0;border-radius:3px}
    table.matrix td.camp-start,table.matrix th.col.camp-start{box-shadow:inset 3px 0 #888}table.matrix tr.camp-start>*{box-shadow:inset 0 3px #888}table.matrix tr.camp-start>.camp-start{box-shadow:inset 3px 3px #888}
    td.cell.empty{color:#bbb;background:#fafafa}td.cell.self{background:repeating-linear-gradient(45deg,#f4f4f4 0 4px,#fff 4px 8px)}
    button.cell-button{all:unset;box-sizing:border-box;display:block;width:100%;height:100%;padding:4px 6px;cursor:pointer;border-radius:3px}
    button.cell-button:focus-visible,button.cell-button[aria-expanded=true]{outline:3px solid #222;outline-offset:-3px}
    .cell-button .main{display:block;font-weight:700}.cell-button .aside{display:block;font-size:11px;font-style:italic}
    ul.matrix-key{list-style:none;padding:0;margin:6px 0 10px;display:flex;gap:2px;flex-wrap:wrap}ul.matrix-key span{display:inline-block;padding:3px 10px;font-size:12px;border-radius:3px}
    .cell-facts{border:1px solid var(--line);border-radius:6px;padding:8px 14px;margin-top:10px;background:#fcfcfc}.cell-facts h3{margin:2px 0 6px;font-size:15px}
    .cell-facts ul,.camp ul{margin:4px 0;padding-left:18px}.cell-facts li,.camp li{margin:4px 0}b.rel.cooperative{color:var(--coop)}b.rel.conflictual{color:var(--conf)}
    .camps{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:12px}.camp{border:2px solid;border-radius:8px;padding:8px 14px}
    .camp h3{margin:4px 0 6px;font-size:16px}.camp h4{margin:10px 0 2px;font-size:14px}.camp p.members{margin:4px 0}
    .bars{display:flex;align-items:flex-end;gap:3px;overflow-x:auto;padding:4px 0 0;min-height:220px}.bar{display:flex;flex-direction:column;align-items:center;min-width:22px;flex:1 0 22px;max-width:48px}
    .stack{display:flex;flex-direction:column;width:100%;border-radius:3px 3px 0 0;overflow:hidden}.seg{display:block;min-height:1px}
    .seg.cooperative{background:var(--coop)}.seg.conflictual{background:var(--conf)}.seg.affiliation{background:#888}
    .bars .gap{align-self:center;color:var(--muted);padding:0 4px;border-left:1px dashed #bbb;border-right:1px dashed #bbb}.bar .count{font-size:11px;color:var(--muted)}.bar .period{font-size:11px;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;color:var(--muted);margin-top:2px}
    .tl-key .seg{display:inline-block;width:14px;height:10px;margin:0 4px 0 10px;vertical-align:middle}.timeline-chart h3{font-size:15px;margin:8px 0}
    table.timeline-table{width:auto}select#timeline-subject{font:inherit;padding:3px 6px}
    q{quotes:"\\201C" "\\201D"}details{margin-top:4px;color:var(--muted)}small{color:var(--muted)}tr[hidden]{display:none}
    """

    static let script = """
    (function(){
    function cellValue(row,i,numeric){var c=row.cells[i];var t=c?c.textContent.trim():"";return numeric?(parseFloat(t)||0):t.toLowerCase();}
    function each(list,f){Array.prototype.forEach.call(list,f);}
    each(document.querySelectorAll("table.sortable th"),function(th){
    th.addEventListener("click",function(){
    var table=th.closest("table"),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);
    var numeric=th.getAttribute("data-type")==="number",asc=th.getAttribute("aria-sort")!=="ascending";
    each(th.parentNode.querySelectorAll("th"),function(h){h.removeAttribute("aria-sort");});
    th.setAttribute("aria-sort",asc?"ascending":"descending");
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=cellValue(a,i,numeric),y=cellValue(b,i,numeric);return (x<y?-1:x>y?1:0)*(asc?1:-1);});
    rows.forEach(function(r){body.appendChild(r);});
    });});
    var factTable=document.getElementById("fact-table"),factRows=factTable?Array.prototype.slice.call(factTable.tBodies[0].rows):[];
    var state={q:"",actor:"",classes:{},min:1,since:"",until:""},rowById={};
    factRows.forEach(function(r){rowById[r.id]=r;});
    each(document.querySelectorAll("input.filter"),function(input){
    input.addEventListener("input",function(){
    var q=input.value.trim().toLowerCase(),id=input.getAttribute("data-table");
    if(id==="fact-table"){state.q=q;apply();return;}
    each(document.getElementById(id).tBodies[0].rows,function(r){r.hidden=q!==""&&r.textContent.toLowerCase().indexOf(q)<0;});
    });});
    var svg=document.querySelector(".kg-svg"),nodes={},edges=[];
    if(svg){each(svg.querySelectorAll("g.node"),function(g){if(g.id.indexOf("actor-")===0)nodes[g.id.slice(6)]=g;});}
    each(document.querySelectorAll("#kg-edges i"),function(i){var el=document.getElementById(i.getAttribute("data-edge"));
    if(el)edges.push({el:el,s:i.getAttribute("data-s"),o:i.getAttribute("data-o"),rows:i.getAttribute("data-facts").split(" ").map(function(id){return rowById[id];}).filter(Boolean)});});
    function dated(){return state.since!==""||state.until!=="";}
    function inSpan(d){if(!d||d==="-")return false;var lo=d.length===4?d+"-01-01":d.length===7?d+"-01":d,hi=d.length===4?d+"-12-31":d.length===7?d+"-31":d;
    return (!state.since||hi>=state.since)&&(!state.until||lo<=state.until);}
    function evidence(r){if(state.classes[r.getAttribute("data-class")]===false)return 0;if(!dated())return parseInt(r.getAttribute("data-n"),10)||0;
    return r.getAttribute("data-dates").split(" ").filter(inSpan).length;}
    function touches(r,id){return r.getAttribute("data-s")===id||r.getAttribute("data-o")===id;}
    function labelOf(id){var g=nodes[id];if(g){var t=[];each(g.querySelectorAll("text"),function(x){t.push(x.textContent);});return t.join(" ");}
    var b=document.querySelector("button.show-facts[data-id='"+id.replace(/[^A-Za-z0-9_-]/g,"")+"']");return b?b.getAttribute("data-actor"):id;}
    var status=document.getElementById("filter-status"),panel=document.getElementById("selection");
    function apply(){
    var filtered=dated()||state.min>1||Object.keys(state.classes).some(function(k){return state.classes[k]===false;}),shown=0,near={},live={},neighbours=0;
    factRows.forEach(function(r){var ok=evidence(r)>=state.min&&(!state.actor||touches(r,state.actor))&&(state.q===""||r.textContent.toLowerCase().indexOf(state.q)>=0);
    r.hidden=!ok;if(ok)shown++;});
    edges.forEach(function(e){var n=0;e.rows.forEach(function(r){n+=evidence(r);});var ok=n>=state.min;
    e.el.classList.toggle("kg-off",!ok);if(ok){live[e.s]=live[e.o]=true;}
    var touch=ok&&state.actor!==""&&(e.s===state.actor||e.o===state.actor);e.el.classList.toggle("kg-near",touch);if(touch){near[e.s]=near[e.o]=true;}});
    Object.keys(nodes).forEach(function(id){var g=nodes[id];g.classList.toggle("kg-selected",id===state.actor);
    g.classList.toggle("kg-near",!!near[id]&&id!==state.actor);g.classList.toggle("kg-faded",filtered&&!live[id]);if(near[id]&&id!==state.actor)neighbours++;});
    if(svg)svg.classList.toggle("kg-focus",state.actor!=="");
    if(status)status.textContent="Showing "+shown+" of "+factRows.length+" facts"+(state.actor?" of "+labelOf(state.actor):"")+".";
    if(panel){panel.hidden=!state.actor;if(state.actor){document.getElementById("selection-text").textContent=labelOf(state.actor)+": "+neighbours+" neighbour"+(neighbours===1?"":"s")+" in the diagram, "+shown+" fact"+(shown===1?"":"s")+" in the table.";
    var a=nodes[state.actor]&&nodes[state.actor].querySelector("a"),href=a?(a.getAttribute("href")||a.getAttribute("xlink:href")||""):"",link=document.getElementById("selection-link");
    link.hidden=href.indexOf("https://www.wikidata.org/")!==0;if(!link.hidden)link.href=href;}}
    }
    function select(id){state.actor=id||"";apply();}
    var form=document.getElementById("filters");
    function readFilters(){if(!form)return;each(form.querySelectorAll("input[name=class]"),function(c){state.classes[c.value]=c.checked;});
    state.min=Math.max(1,parseInt(document.getElementById("filter-min").value,10)||1);
    state.since=document.getElementById("filter-since").value;state.until=document.getElementById("filter-until").value;apply();}
    if(form){form.addEventListener("input",readFilters);form.addEventListener("change",readFilters);
    form.addEventListener("reset",function(){setTimeout(readFilters,0);});form.addEventListener("submit",function(e){e.preventDefault();});}
    var clear=document.getElementById("selection-clear");if(clear)clear.addEventListener("click",function(){select("");});
    document.addEventListener("keydown",function(e){if(e.key==="Escape"&&state.actor)select("");});
    var vb0=null,vb=null,pointers={},travel=0,dragged=false;
    if(svg&&svg.viewBox&&svg.viewBox.baseVal&&svg.viewBox.baseVal.width>0){var b0=svg.viewBox.baseVal;vb0={x:b0.x,y:b0.y,w:b0.width,h:b0.height};vb={x:vb0.x,y:vb0.y,w:vb0.w,h:vb0.h};}
    function setView(){vb.x=Math.max(vb0.x,Math.min(vb0.x+vb0.w-vb.w,vb.x));vb.y=Math.max(vb0.y,Math.min(vb0.y+vb0.h-vb.h,vb.y));
    svg.setAttribute("viewBox",[vb.x,vb.y,vb.w,vb.h].map(function(v){return v.toFixed(2);}).join(" "));svg.setAttribute("data-zoom",(vb0.w/vb.w).toFixed(3));}
    function toUser(x,y){var m=svg.getScreenCTM();if(!m)return null;var p=svg.createSVGPoint();p.x=x;p.y=y;return p.matrixTransform(m.inverse());}
    function zoomAt(f,x,y){if(!vb)return;var z=vb0.w/vb.w,nz=Math.max(1,Math.min(40,z*f));f=nz/z;if(f===1)return;
    var p=x===undefined?{x:vb.x+vb.w/2,y:vb.y+vb.h/2}:toUser(x,y);if(!p)return;
    vb.x=p.x-(p.x-vb.x)/f;vb.y=p.y-(p.y-vb.y)/f;vb.w/=f;vb.h/=f;setView();}
    function panBy(dx,dy){var m=svg.getScreenCTM();if(!m||!vb)return;vb.x-=dx/m.a;vb.y-=dy/m.d;setView();}
    each(document.querySelectorAll("button[data-zoom]"),function(b){b.addEventListener("click",function(){if(!vb)return;
    var z=b.getAttribute("data-zoom");if(z==="fit"){vb={x:vb0.x,y:vb0.y,w:vb0.w,h:vb0.h};setView();}else zoomAt(parseFloat(z));});});
    if(svg&&vb){
    svg.addEventListener("wheel",function(e){e.preventDefault();zoomAt(Math.exp(-e.deltaY*(e.deltaMode===1?0.05:0.002)),e.clientX,e.clientY);},{passive:false});
    svg.addEventListener("pointerdown",function(e){if(e.pointerType==="mouse"&&e.button!==0)return;pointers[e.pointerId]={x:e.clientX,y:e.clientY};travel=0;dragged=false;});
    window.addEventListener("pointermove",function(e){var p=pointers[e.pointerId];if(!p)return;var ids=Object.keys(pointers);
    if(ids.length===1){travel+=Math.abs(e.clientX-p.x)+Math.abs(e.clientY-p.y);if(travel>4){dragged=true;svg.classList.add("kg-panning");panBy(e.clientX-p.x,e.clientY-p.y);}}
    else if(ids.length===2){var o=pointers[ids[0]===String(e.pointerId)?ids[1]:ids[0]],before=Math.hypot(p.x-o.x,p.y-o.y),after=Math.hypot(e.clientX-o.x,e.clientY-o.y);
    dragged=true;panBy((e.clientX-p.x)/2,(e.clientY-p.y)/2);if(before>0)zoomAt(after/before,(e.clientX+o.x)/2,(e.clientY+o.y)/2);}
    p.x=e.clientX;p.y=e.clientY;});
    function up(e){delete pointers[e.pointerId];if(!Object.keys(pointers).length)svg.classList.remove("kg-panning");}
    window.addEventListener("pointerup",up);window.addEventListener("pointercancel",up);
    svg.addEventListener("click",function(e){if(dragged){e.preventDefault();dragged=false;return;}
    var g=e.target.closest("g.node");
    if(g&&g.id.indexOf("actor-")===0){e.preventDefault();var id=g.id.slice(6);select(state.actor===id?"":id);}
    else if(!e.target.closest("g.edge"))select("");});}
    each(document.querySelectorAll("button.show-facts"),function(b){
    b.addEventListener("click",function(){select(b.getAttribute("data-id"));document.getElementById("facts").scrollIntoView();});});
    each(document.querySelectorAll("button.cell-button"),function(b){
    b.addEventListener("click",function(){var id=b.getAttribute("data-cell"),panel=document.getElementById(id),open=b.getAttribute("aria-expanded")==="true";
    each(document.querySelectorAll(".cell-facts"),function(p){p.hidden=true;});
    each(document.querySelectorAll("button.cell-button"),function(x){x.setAttribute("aria-expanded","false");});
    if(panel&&!open){panel.hidden=false;b.setAttribute("aria-expanded","true");panel.scrollIntoView({block:"nearest"});}});});
    var subject=document.getElementById("timeline-subject");
    function showTimeline(id){each(document.querySelectorAll(".timeline-chart"),function(c){c.hidden=c.id!==id;});}
    if(subject){subject.addEventListener("change",function(){showTimeline(subject.value);});
    if(location.hash.indexOf("#timeline=")===0){var want=location.hash.slice(10).replace(/[^a-z0-9-]/g,"");if(document.getElementById(want)){subject.value=want;showTimeline(want);}}}
    if(location.hash.indexOf("#cell=")===0){var cb=document.querySelector("button.cell-button[data-cell='"+location.hash.slice(6).replace(/[^a-z0-9-]/g,"")+"']");if(cb)cb.click();}
    var factFilter=document.querySelector("input.filter[data-table=fact-table]");
    if(location.hash.indexOf("#q=")===0&&factFilter){factFilter.value=decodeURIComponent(location.hash.slice(3));state.q=factFilter.value.trim().toLowerCase();}
    if(location.hash.indexOf("#actor=")===0){state.actor=decodeURIComponent(location.hash.slice(7));}
    readFilters();apply();
    document.documentElement.setAttribute("data-kg-ready","1");
    })();
    """
}
