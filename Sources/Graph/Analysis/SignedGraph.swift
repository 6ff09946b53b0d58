/// The actors of a knowledge graph joined by signed weights: cooperative facts pull
/// two actors together (positive), conflictual ones push them apart (negative).
///
/// People who lead or belong to a state or organization are folded into it first
/// (`DiagramView.foldPeople`), so Putin's words count for Russia. Places and
/// agreements take no side and are left out, as are affiliation facts. A fact's
/// weight is `StanceWeight.weight(_:)`; the weights of all facts between two actors,
/// in either direction, are summed.
///
/// ```swift
/// let signed = SignedGraph(graph)
/// signed.frustration(of: [0, 0, 1])  // share of |weight| the partition goes against
/// ```
struct SignedGraph: Sendable {
    /// Actor ids, one per node, most evidence first (ties by id).
    let ids: [String]
    let index: [String: Int]
    /// Per node: (other node, summed weight), weight ≠ 0, sorted by other node.
    let neighbours: [[(node: Int, weight: Double)]]
    /// Pieces of signed evidence per node.
    let evidence: [Int]
    /// Nodes that are the subject of at least one conflictual fact: actors that take a
    /// stance against someone, not only ones others act against.
    let opposers: Set<Int>
    /// The graph after folding people: what camps and matrices are read from.
    let folded: KnowledgeGraph
    /// Per state or organization, the people folded into it (labels).
    let people: [String: [String]]
    /// Per person folded away, the actor they were folded into.
    let foldedInto: [String: String]

    /// Actor types that can take a side.
    static let sideTaking: Set<ActorType> = [.person, .country, .organization, .group]

    init(_ graph: KnowledgeGraph) {
        let (folded, people) = DiagramView.foldPeople(graph)
        self.folded = folded
        self.people = people
        foldedInto = DiagramView.peopleFolding(graph)
        var pairWeights: [Pair: Double] = [:]
        var counts: [String: Int] = [:]
        var opposing = Set<String>()
        for fact in folded.sortedFacts {
            let weight = StanceWeight.weight(fact)
            guard weight != 0, fact.subject != fact.object,
                  let a = folded.actors[fact.subject], let b = folded.actors[fact.object],
                  SignedGraph.sideTaking.contains(a.type), SignedGraph.sideTaking.contains(b.type) else { continue }
            pairWeights[Pair(fact.subject, fact.object), default: 0] += weight
            if weight < 0 { opposing.insert(fact.subject) }
            counts[fact.subject, default: 0] += fact.evidence.count
            counts[fact.object, default: 0] += fact.evidence.count
        }
        let ids = counts.keys.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var neighbours = Array(repeating: [(node: Int, weight: Double)](), count: ids.count)
        for (pair, weight) in pairWeights where weight != 0 {
            let i = index[pair.a]!, j = index[pair.b]!
            neighbours[i].append((j, weight))
            neighbours[j].append((i, weight))
        }
        for i in neighbours.indices { neighbours[i].sort { $0.node < $1.node } }
        self.ids = ids
        self.index = index
        self.neighbours = neighbours
        self.evidence = ids.map { counts[$0]! }
        self.opposers = Set(opposing.compactMap { index[$0] })
    }

    var count: Int { ids.count }

    /// Sum of |weight| over all pairs.
    var totalWeight: Double {
        neighbours.enumerated().reduce(0) { sum, item in
            sum + item.element.filter { $0.node > item.offset }.reduce(0) { $0 + abs($1.weight) }
        }
    }

    /// The share of all |weight| that `camp` (a camp number per node) goes against:
    /// cooperation between camps plus conflict inside one, over all weight. 0 is a
    /// perfectly balanced partition; putting everyone together scores the share of
    /// conflict, everyone alone the share of cooperation.
    func frustration(of camp: [Int]) -> Double {
        var against = 0.0, total = 0.0
        for i in 0..<count {
            for (j, w) in neighbours[i] where j > i {
                total += abs(w)
                if camp[i] == camp[j] ? w < 0 : w > 0 { against += abs(w) }
            }
        }
        return total == 0 ? 0 : against / total
    }

    /// Connected components (through any non-zero weight), each sorted, largest first.
    func components() -> [[Int]] {
        var seen = Array(repeating: false, count: count)
        var result: [[Int]] = []
        for start in 0..<count where !seen[start] {
            var stack = [start], members: [Int] = []
            seen[start] = true
            while let node = stack.popLast() {
                members.append(node)
                for (next, _) in neighbours[node] where !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
            result.append(members.sorted())
        }
        return result.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// Two actor ids in sorted order.
    struct Pair: Hashable {
        let a: String
        let b: String
        init(_ x: String, _ y: String) {
            (a, b) = x < y ? (x, y) : (y, x)
        }
    }
}

/// How strongly one fact pulls its two actors together or pushes them apart.
///
/// Each piece of evidence counts its predicate's `PredicateSpec.alignment` (+1 for
/// support, aid or cooperation, −1 for every conflictual predicate, 0 for meetings and
/// requests, +0.5 for brokering; the table says why), half of it when the fact is only
/// possible or planned. A negated fact ("did not back") says nothing about alignment and
/// counts 0, as do affiliations.
enum StanceWeight {
    static func weight(_ fact: Fact) -> Double {
        guard !fact.negated else { return 0 }
        var weight = fact.predicate.spec.alignment
        if fact.modality != .asserted { weight *= 0.5 }
        return weight * Double(fact.evidence.count)
    }
}
