/// The camps of a knowledge graph: blocs of actors that cooperate with each other
/// and clash with the other blocs, with the facts that hold each together and the
/// ones that set it apart (see `CampMethod` for how they are found).
///
/// ```swift
/// let camps = Camps(graph)
/// for camp in camps.camps { print(camp.name, camp.members.map(\.label)) }
/// camps.number(of: "vladimir-putin")  // Putin is in Russia's camp
/// ```
public struct Camps: Sendable {
    /// One bloc of at least two actors.
    public struct Camp: Sendable, Hashable {
        /// 1 for the camp with most evidence, then 2, 3…
        public var number: Int
        /// States, organizations, groups and unaffiliated people, most evidence first.
        public var members: [Actor]
        /// Ids of members that joined only as the enemy of the camp's adversary (`leaning`).
        public var leaning: [String]
        /// Per member id, the people folded into it (labels).
        public var people: [String: [String]]
        /// Pieces of signed evidence over the members.
        public var evidence: Int
        /// Cooperative facts between members, most evidence first.
        public var together: [Fact]
        /// Conflictual facts between a member and an actor of another camp, most evidence first.
        public var apart: [Fact]
        /// Facts that go against the partition: conflict inside the camp, most evidence first.
        public var strains: [Fact]

        /// "Russia, Syria, Iran": the three members with most evidence.
        public var name: String {
            members.prefix(3).map(\.label).joined(separator: ", ") + (members.count > 3 ? " \u{2026}" : "")
        }
    }

    public var camps: [Camp]
    /// Actors with a side-taking relation that belong to no camp of two or more.
    public var unaligned: [Actor]
    public var method: CampMethod
    /// The share of signed weight the partition goes against (0 = perfectly balanced).
    public var frustration: Double
    /// Camp number per actor id, folded people included.
    private var campOf: [String: Int]

    /// Finds the camps of `graph` with `method`.
    public init(_ graph: KnowledgeGraph, method: CampMethod = .greedy) {
        let signed = SignedGraph(graph)
        let raw = CampFinder(signed: signed).partition(method)
        self.method = method
        frustration = signed.frustration(of: raw)
        // Number the camps of two or more by evidence; the rest are unaligned.
        var groups: [Int: [Int]] = [:]
        for (node, c) in raw.enumerated() { groups[c, default: []].append(node) }
        let ordered = groups.values.filter { $0.count > 1 }.sorted { a, b in
            let ea = a.reduce(0) { $0 + signed.evidence[$1] }, eb = b.reduce(0) { $0 + signed.evidence[$1] }
            return ea != eb ? ea > eb : a[0] < b[0]
        }
        var campOf: [String: Int] = [:]
        for (n, nodes) in ordered.enumerated() {
            for node in nodes { campOf[signed.ids[node]] = n + 1 }
        }
        let leaning = Camps.leaning(signed, campOf: campOf)
        var members = ordered
        for (node, c) in leaning.sorted(by: { $0.key < $1.key }) {
            members[c - 1].append(node)
            campOf[signed.ids[node]] = c
        }
        for (person, target) in signed.foldedInto {
            if let c = campOf[target] { campOf[person] = c }
        }
        self.campOf = campOf
        var together: [Int: [Fact]] = [:], apart: [Int: [Fact]] = [:], strains: [Int: [Fact]] = [:]
        for fact in graph.sortedFacts where StanceWeight.weight(fact) != 0 {
            let a = campOf[fact.subject], b = campOf[fact.object]
            let cooperative = fact.predicate.predicateClass == .cooperative
            if let a, a == b {
                if cooperative { together[a, default: []].append(fact) } else { strains[a, default: []].append(fact) }
            } else if !cooperative, a != nil, b != nil {
                apart[a!, default: []].append(fact)
                apart[b!, default: []].append(fact)
            }
        }
        func ranked(_ facts: [Fact]?) -> [Fact] {
            (facts ?? []).sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.key < $1.key }
        }
        camps = members.enumerated().map { n, nodes in
            let members = nodes.compactMap { signed.folded.actors[signed.ids[$0]] }
            let leans = nodes.filter { leaning[$0] != nil }.map { signed.ids[$0] }
            var people: [String: [String]] = [:]
            for member in members { if let p = signed.people[member.id] { people[member.id] = p } }
            return Camp(number: n + 1, members: members, leaning: leans, people: people,
                        evidence: nodes.reduce(0) { $0 + signed.evidence[$1] },
                        together: ranked(together[n + 1]), apart: ranked(apart[n + 1]), strains: ranked(strains[n + 1]))
        }
        unaligned = groups.values.filter { $0.count == 1 }.flatMap { $0 }.filter { leaning[$0] == nil }.sorted()
            .compactMap { signed.folded.actors[signed.ids[$0]] }
    }

    /// Actors left alone whose every tie is conflict with one camp: the enemy of that
    /// camp's main adversary is counted with the adversary ("Saudi Arabia opposes
    /// Assad" puts Saudi Arabia with Assad's opponents). Among partitions of equal
    /// frustration, this is the one structural balance prefers. Returns camp numbers
    /// by node.
    private static func leaning(_ signed: SignedGraph, campOf: [String: Int]) -> [Int: Int] {
        var between: [Int: [Int: Double]] = [:]
        for i in 0..<signed.count {
            guard let a = campOf[signed.ids[i]] else { continue }
            for (j, w) in signed.neighbours[i] {
                guard let b = campOf[signed.ids[j]], a != b else { continue }
                between[a, default: [:]][b, default: 0] += w
            }
        }
        var result: [Int: Int] = [:]
        for i in 0..<signed.count where campOf[signed.ids[i]] == nil {
            let ties = signed.neighbours[i]
            guard !ties.isEmpty, ties.allSatisfy({ $0.weight < 0 }) else { continue }
            var hostility: [Int: Double] = [:]
            for (j, w) in ties { if let c = campOf[signed.ids[j]] { hostility[c, default: 0] -= w } }
            // It must oppose one camp only.
            guard hostility.count == 1, let (opposed, _) = hostility.first,
                  let adversary = between[opposed]?.filter({ $0.value < 0 }).min(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key })?.key
            else { continue }
            result[i] = adversary
        }
        return result
    }

    /// The camp number of an actor (a person counts in the camp of the state they
    /// represent), or nil when it is in none.
    public func number(of actorID: String) -> Int? {
        campOf[actorID]
    }
}
