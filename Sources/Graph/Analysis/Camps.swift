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
        // Camps of two or more; the rest are unaligned, unless they lean to a side.
        var groups: [Int: [Int]] = [:]
        for (node, c) in raw.enumerated() { groups[c, default: []].append(node) }
        var members = groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        var campOf: [String: Int] = [:]
        for (n, nodes) in members.enumerated() {
            for node in nodes { campOf[signed.ids[node]] = n + 1 }
        }
        let leaning = Camps.leaning(signed, campOf: campOf, camps: members.count)
        for (node, c) in leaning.sorted(by: { $0.key < $1.key }) {
            while members.count < c { members.append([]) }
            members[c - 1].append(node)
        }
        // Number the camps by evidence, most first.
        func evidence(_ nodes: [Int]) -> Int { nodes.reduce(0) { $0 + signed.evidence[$1] } }
        members.sort { a, b in evidence(a) != evidence(b) ? evidence(a) > evidence(b) : a.min()! < b.min()! }
        campOf = [:]
        for (n, nodes) in members.enumerated() {
            for node in nodes { campOf[signed.ids[node]] = n + 1 }
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

    /// Actors left alone whose every tie is conflict with one camp, and that oppose
    /// someone themselves (not only targets of others): the enemy of that
    /// camp's main adversary is counted with the adversary ("Saudi Arabia opposes
    /// Assad" puts Saudi Arabia with Assad's opponents); when that camp has no
    /// adversary, two or more such actors whose ties all go to it form a camp of its
    /// opponents (on the example articles, the United States, NATO, the European
    /// Union, Saudi Arabia and "the West" against Russia's camp). Among partitions of
    /// equal frustration, these are the ones structural balance prefers. Returns a
    /// camp number per node; numbers past `camps` are new camps.
    private static func leaning(_ signed: SignedGraph, campOf: [String: Int], camps: Int) -> [Int: Int] {
        var between: [Int: [Int: Double]] = [:]
        for i in 0..<signed.count {
            guard let a = campOf[signed.ids[i]] else { continue }
            for (j, w) in signed.neighbours[i] {
                guard let b = campOf[signed.ids[j]], a != b else { continue }
                between[a, default: [:]][b, default: 0] += w
            }
        }
        var result: [Int: Int] = [:]
        var opponents: [Int: [Int]] = [:]
        // Only an actor that itself opposes someone leans: on the example articles the
        // Islamic State, which only Russia acts against, joined the United States.
        for i in 0..<signed.count where campOf[signed.ids[i]] == nil && signed.opposers.contains(i) {
            let ties = signed.neighbours[i]
            guard !ties.isEmpty, ties.allSatisfy({ $0.weight < 0 }) else { continue }
            var hostility: [Int: Double] = [:]
            for (j, w) in ties { if let c = campOf[signed.ids[j]] { hostility[c, default: 0] -= w } }
            // It must oppose one camp only.
            guard hostility.count == 1, let (opposed, _) = hostility.first else { continue }
            if let adversary = between[opposed]?.filter({ $0.value < 0 }).min(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key })?.key {
                result[i] = adversary
            } else if ties.allSatisfy({ campOf[signed.ids[$0.node]] != nil }) {
                opponents[opposed, default: []].append(i)
            }
        }
        var next = camps
        for (_, nodes) in opponents.sorted(by: { $0.key < $1.key }) where nodes.count > 1 {
            next += 1
            for node in nodes { result[node] = next }
        }
        return result
    }

    /// The camp number of an actor (a person counts in the camp of the state they
    /// represent), or nil when it is in none.
    public func number(of actorID: String) -> Int? {
        campOf[actorID]
    }
}
