/// Which part of a knowledge graph a diagram shows, and how.
///
/// The steps, in order: keep the evidence dated inside `dates`; fold people into the state or organization they represent
/// (`level: .state`); keep the listed predicates; merge parallel facts between a
/// pair into one edge; drop edges with less than `minEvidence` pieces of evidence;
/// keep what lies within `depth` steps of `focus`; then, above `maxNodes` actors,
/// keep the actors with most evidence and say in the legend what was left out.
///
/// ```swift
/// var view = DiagramView()
/// view.focus = "Russia"; view.depth = 2; view.level = .state
/// let diagram = try view.diagram(for: graph)
/// ```
public struct DiagramView: Sendable, Equatable {
    /// An actor (id, label or alias, any case) to centre the diagram on.
    public var focus: String?
    /// How many steps from `focus` to show (1 = its direct neighbours).
    public var depth: Int = 1
    /// Edges (after merging) with fewer pieces of evidence are left out.
    public var minEvidence: Int = 1
    /// Only these predicates are drawn; nil draws all of them.
    public var predicates: Set<Predicate>?
    public var level: DiagramLevel = .auto
    /// At most this many actors are drawn, those with most evidence.
    public var maxNodes: Int = DiagramView.defaultMaxNodes
    /// The layout engine; nil chooses by size (`dot` up to `hoverLabelThreshold` actors,
    /// `fdp` up to `sfdpThreshold`, then `sfdp`).
    public var layout: LayoutEngine?

    /// Only evidence of documents dated in this window (`--since`, `--until`).
    public var dates = DateWindow()
    /// Draw camps (`Camps`) as labelled clusters.
    public var camps: Bool = true

    /// At most this many actors by default: what a 1,600 × 1,000 window shows with
    /// legible labels (the Wikinews corpus's 185 states and organizations do not).
    public static let defaultMaxNodes = 40
    /// `level: .auto` folds people into states in a graph of more actors than this.
    public static let foldThreshold = 40
    /// Past this many actors, edge labels show only when the line is hovered.
    public static let hoverLabelThreshold = 25
    /// Above this many actors, a view with no layout of its own is drawn with `sfdp`.
    public static let sfdpThreshold = 60

    public init(focus: String? = nil, depth: Int = 1, minEvidence: Int = 1, predicates: Set<Predicate>? = nil,
                level: DiagramLevel = .auto, maxNodes: Int = DiagramView.defaultMaxNodes, layout: LayoutEngine? = nil,
                camps: Bool = true, dates: DateWindow = DateWindow()) {
        self.focus = focus
        self.depth = depth
        self.minEvidence = minEvidence
        self.predicates = predicates
        self.level = level
        self.maxNodes = maxNodes
        self.layout = layout
        self.camps = camps
        self.dates = dates
    }

    /// Parses a comma-separated list of predicate names or classes
    /// ("supports,opposes", "conflictual", "cooperative,leaderOf"), any case.
    /// - Throws: `RenderError.unknownPredicate` naming the word and the valid ones.
    public static func parsePredicates(_ list: String) throws -> Set<Predicate> {
        var result = Set<Predicate>()
        for raw in list.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let word = raw.lowercased()
            if let predicate = Predicate.allCases.first(where: { $0.rawValue.lowercased() == word }) {
                result.insert(predicate)
            } else if let cls = Predicate.Class.allCases.first(where: { $0.rawValue == word }) {
                result.formUnion(Predicate.allCases.filter { $0.predicateClass == cls })
            } else {
                throw RenderError.unknownPredicate(String(raw))
            }
        }
        return result
    }

    /// Builds the diagram of `graph` under this view.
    /// - Throws: `RenderError.unknownActor` when `focus` names no actor.
    public func diagram(for graph: KnowledgeGraph) throws -> Diagram {
        var omissions = Diagram.Omissions()
        // The date window comes first: everything after sees only its evidence.
        let graph = dates.apply(to: graph)
        if !dates.isEmpty { omissions.filters.append(dates.description) }
        var folded: [String: [String]] = [:]
        var working = graph
        // Fold before choosing predicates: folding reads the affiliation facts.
        switch level {
        case .state:
            (working, folded) = DiagramView.foldPeople(working)
            omissions.filters.append("people folded into the state or organization they represent")
        case .auto where focus == nil && graph.actors.count > DiagramView.foldThreshold:
            (working, folded) = DiagramView.foldPeople(working)
            omissions.filters.append("people folded into the state or organization they represent, as the graph has more than \(DiagramView.foldThreshold) actors (--level actor shows them)")
        case .auto, .actor:
            break
        }
        if let predicates {
            working = KnowledgeGraph(actors: working.sortedActors,
                                     facts: working.sortedFacts.filter { predicates.contains($0.predicate) },
                                     documents: working.documents.values.sorted { $0.id < $1.id })
            omissions.filters.append("relations: " + predicates.map(\.rawValue).sorted().joined(separator: ", "))
        }
        var edges = DiagramView.mergeEdges(working)
        if minEvidence > 1 {
            edges = edges.filter { $0.evidence >= minEvidence }
            omissions.filters.append("relations with at least \(minEvidence) pieces of evidence")
        }
        var shown = Set(edges.flatMap { [$0.from, $0.to] })
        if edges.isEmpty && minEvidence <= 1 && predicates == nil { shown = Set(working.actors.keys) }
        var pinned: String?
        if let focus {
            let centre = try DiagramView.resolve(focus, in: working, folded: folded)
            pinned = centre
            var reached: Set<String> = [centre]
            var frontier: Set<String> = [centre]
            for _ in 0..<max(depth, 0) {
                // Nothing new was reached: any further step reaches nothing either.
                if frontier.isEmpty { break }
                var next = Set<String>()
                for edge in edges {
                    if frontier.contains(edge.from) && !reached.contains(edge.to) { next.insert(edge.to) }
                    if frontier.contains(edge.to) && !reached.contains(edge.from) { next.insert(edge.from) }
                }
                reached.formUnion(next)
                frontier = next
            }
            edges = edges.filter { reached.contains($0.from) && reached.contains($0.to) }
            shown = reached
            let label = working.actors[centre]?.label ?? centre
            omissions.filters.append("within \(depth) step\(depth == 1 ? "" : "s") of \(label)")
        }
        // The view's graph, before the size cut: what the report lists.
        let keptFacts = edges.flatMap(\.facts)
        let viewGraph = KnowledgeGraph(actors: shown.sorted().compactMap { working.actors[$0] }, facts: keptFacts,
                                       documents: working.documents.values.sorted { $0.id < $1.id })

        var evidence: [String: Int] = [:]
        var quotes: [String: [Evidence]] = [:]
        for edge in edges {
            evidence[edge.from, default: 0] += edge.evidence
            evidence[edge.to, default: 0] += edge.evidence
            let all = edge.facts.flatMap(\.evidence)
            quotes[edge.from, default: []] += all
            quotes[edge.to, default: []] += all
        }
        omissions.actorsBeforeCut = shown.count
        if shown.count > maxNodes {
            let ranked = shown.sorted { a, b in
                if a == pinned { return true }
                if b == pinned { return false }
                let ea = evidence[a, default: 0], eb = evidence[b, default: 0]
                return ea != eb ? ea > eb : a < b
            }
            var kept = Set(ranked.prefix(maxNodes))
            let before = edges.count
            edges = edges.filter { kept.contains($0.from) && kept.contains($0.to) }
            // An actor whose every relation was cut would float alone: leave it out too.
            let linked = Set(edges.flatMap { [$0.from, $0.to] })
            kept = kept.filter { linked.contains($0) || $0 == pinned }
            omissions.actorsCut = shown.count - kept.count
            omissions.edgesCut = before - edges.count
            shown = kept
        }
        let nodes = shown.sorted().compactMap { id -> Diagram.Node? in
            guard let actor = working.actors[id] else { return nil }
            return Diagram.Node(actor: actor, evidence: evidence[id, default: 0], folded: folded[id] ?? [],
                                bestEvidence: Diagram.best(quotes[id] ?? []))
        }
        // dot's ranks read well for a few actors; past that, fdp keeps the drawing about
        // as wide as high (dot drew the Wikinews corpus's 32 states 1,942 × 2,000 pt, fdp
        // 1,422 × 1,266) and still draws camps as clusters; sfdp scales to thousands.
        let engine = layout ?? (nodes.count > DiagramView.sfdpThreshold ? .sfdp : nodes.count > DiagramView.hoverLabelThreshold ? .fdp : .dot)
        var diagram = Diagram(nodes: nodes, edges: edges, omissions: omissions, layout: engine, graph: viewGraph)
        diagram.labelsOnHover = nodes.count > DiagramView.hoverLabelThreshold
        if camps { diagram.camps = DiagramView.campsShown(Camps(graph), nodes: nodes) }
        return diagram
    }

    /// The camps with at least two of `nodes` that stand against another camp (a pair
    /// that only cooperates, far from the rest, is no side), with the ids of its nodes.
    static func campsShown(_ camps: Camps, nodes: [Diagram.Node]) -> [Diagram.CampCluster] {
        var members: [Int: [String]] = [:]
        for node in nodes {
            if let number = camps.number(of: node.actor.id) { members[number, default: []].append(node.actor.id) }
        }
        return camps.camps.compactMap { camp in
            guard let ids = members[camp.number], ids.count > 1, !camp.apart.isEmpty else { return nil }
            return Diagram.CampCluster(number: camp.number, name: camp.name, members: ids)
        }
    }

    /// Folds every person with a `leaderOf` or `memberOf` fact into the actor they
    /// represent (the one with most evidence; `leaderOf` wins ties), rewrites their
    /// facts onto it and drops the facts that become loops. Returns the new graph
    /// and, per actor, the labels of the people folded into it.
    static func foldPeople(_ graph: KnowledgeGraph) -> (KnowledgeGraph, [String: [String]]) {
        let into = peopleFolding(graph)
        var folded: [String: [String]] = [:]
        for (person, target) in into {
            folded[target, default: []].append(graph.actors[person]?.label ?? person)
        }
        for key in folded.keys { folded[key]?.sort() }
        var facts: [Fact] = []
        for var fact in graph.sortedFacts {
            fact.subject = into[fact.subject] ?? fact.subject
            fact.object = into[fact.object] ?? fact.object
            if fact.subject == fact.object { continue }
            facts.append(fact)
        }
        let actors = graph.sortedActors.filter { into[$0.id] == nil }
        return (KnowledgeGraph(actors: actors, facts: facts, documents: graph.documents.values.sorted { $0.id < $1.id }), folded)
    }

    /// Per person with a `leaderOf` or `memberOf` fact, the actor they represent: the
    /// one with most evidence, `leaderOf` winning ties (what `foldPeople` folds into).
    static func peopleFolding(_ graph: KnowledgeGraph) -> [String: String] {
        var best: [String: (target: String, evidence: Int, leader: Bool)] = [:]
        for fact in graph.sortedFacts where fact.predicate.predicateClass == .affiliation && !fact.negated {
            guard graph.actors[fact.subject]?.type == .person,
                  let target = graph.actors[fact.object], target.type != .person else { continue }
            let candidate = (target: target.id, evidence: fact.evidence.count, leader: fact.predicate == .leaderOf)
            if let known = best[fact.subject] {
                let better = candidate.evidence != known.evidence ? candidate.evidence > known.evidence
                    : candidate.leader != known.leader ? candidate.leader : candidate.target < known.target
                if !better { continue }
            }
            best[fact.subject] = candidate
        }
        return best.mapValues(\.target)
    }

    /// Merges the facts of `graph` into edges, in a stable order; facts whose ends
    /// are not actors of the graph are left out.
    static func mergeEdges(_ graph: KnowledgeGraph) -> [Diagram.Edge] {
        struct Key: Hashable {
            var from: String, to: String, cls: Predicate.Class, negated: Bool, hedged: Bool, symmetric: Bool
        }
        var groups: [Key: [Fact]] = [:]
        // A fact naming an actor the graph does not know cannot be drawn.
        for fact in graph.sortedFacts where graph.actors[fact.subject] != nil && graph.actors[fact.object] != nil {
            let symmetric = fact.predicate.isSymmetric
            let (a, b) = symmetric && fact.object < fact.subject ? (fact.object, fact.subject) : (fact.subject, fact.object)
            let key = Key(from: a, to: b, cls: fact.predicate.predicateClass, negated: fact.negated,
                          hedged: fact.modality != .asserted, symmetric: symmetric)
            groups[key, default: []].append(fact)
        }
        return groups.map { key, facts in
            let sorted = facts.sorted { x, y in
                x.evidence.count != y.evidence.count ? x.evidence.count > y.evidence.count : x.key < y.key
            }
            return Diagram.Edge(from: key.from, to: key.to, predicateClass: key.cls, negated: key.negated,
                                hedged: key.hedged, symmetric: key.symmetric, facts: sorted)
        }.sorted { $0.id < $1.id }
    }

    /// Finds the actor `name` stands for: its id, label or an alias, ignoring case;
    /// a person folded into a state stands for that state.
    static func resolve(_ name: String, in graph: KnowledgeGraph, folded: [String: [String]]) throws -> String {
        let wanted = name.lowercased()
        let slug = Actor.slug(name)
        if graph.actors[slug] != nil { return slug }
        if let actor = graph.sortedActors.first(where: { $0.label.lowercased() == wanted || $0.aliases.contains { $0.lowercased() == wanted } }) {
            return actor.id
        }
        if let (target, _) = folded.sorted(by: { $0.key < $1.key }).first(where: { $0.value.contains { $0.lowercased() == wanted } }) {
            return target
        }
        let near = graph.sortedActors.filter { $0.label.lowercased().contains(wanted) || wanted.contains($0.label.lowercased()) }
        throw RenderError.unknownActor(name, suggestions: near.prefix(5).map(\.label))
    }
}
