/// Made-up knowledge graphs of a chosen size, for benchmarks and tests of the
/// diagrams at scale. The same size and seed give the same graph.
///
/// Actors are of every type (about a quarter people, each the leader or member of
/// a country or organization); facts follow a skewed distribution, so a few actors
/// gather much of the evidence, as in news.
public enum SyntheticGraph {
    /// A graph of `actors` actors and about `factsPerActor × actors` facts.
    public static func make(actors count: Int, factsPerActor: Double = 1.5, seed: UInt64 = 1) -> KnowledgeGraph {
        var random = SplitMix64(seed: seed)
        let types: [ActorType] = [.country, .country, .person, .person, .organization, .group, .place, .agreement]
        var actors: [Actor] = []
        for i in 0..<max(count, 2) {
            let type = types[i % types.count]
            let label = "\(type.rawValue) \(i + 1)"
            actors.append(Actor(id: "synthetic-\(i + 1)", label: label, type: type,
                                wikidata: i % 3 == 0 ? "Q\(1000 + i)" : nil))
        }
        let documentCount = max(1, count / 4)
        let documents = (0..<documentCount).map { DocumentInfo(id: "doc-\($0 + 1)", title: "Synthetic report \($0 + 1)", date: "2020-01-\(String(format: "%02d", $0 % 28 + 1))") }
        // Skewed pick: low indexes are far more likely (a rough power law).
        func pick() -> Int {
            let u = Double(random.next() % 1_000_000) / 1_000_000
            return min(actors.count - 1, Int(Double(actors.count) * u * u * u))
        }
        let predicates = Predicate.allCases.filter { $0.predicateClass != .affiliation }
        var facts: [Fact] = []
        var sentence = 0
        func evidence(_ n: Int) -> [Evidence] {
            (0..<n).map { _ in
                sentence += 1
                let document = documents[Int(random.next() % UInt64(documents.count))].id
                return Evidence(document: document, sentence: sentence, start: sentence * 100, end: sentence * 100 + 60,
                                text: "Synthetic sentence \(sentence) about the actors.", confidence: 0.5 + Double(random.next() % 50) / 100)
            }
        }
        for actor in actors where actor.type == .person {
            let target = actors[Int(random.next() % UInt64(actors.count / 2 + 1))]
            guard target.type == .country || target.type == .organization else { continue }
            let predicate: Predicate = random.next() % 3 == 0 ? .leaderOf : .memberOf
            facts.append(Fact(subject: actor.id, predicate: predicate, object: target.id, evidence: evidence(1 + Int(random.next() % 3))))
        }
        let total = Int(Double(actors.count) * factsPerActor)
        for i in 0..<total {
            // Every actor takes part in at least one fact, then skewed picks.
            let subject = i < actors.count ? i : pick()
            var object = pick()
            if object == subject { object = (subject + 1 + Int(random.next() % UInt64(actors.count - 1))) % actors.count }
            let predicate = predicates[Int(random.next() % UInt64(predicates.count))]
            let roll = random.next() % 20
            let n = 1 + Int(random.next() % 4) * Int(random.next() % 3)
            facts.append(Fact(subject: actors[subject].id, predicate: predicate, object: actors[object].id,
                              negated: roll == 0, modality: roll == 1 ? .possible : roll == 2 ? .planned : .asserted,
                              evidence: evidence(n)))
        }
        return KnowledgeGraph(actors: actors, facts: facts, documents: documents)
    }
}

/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
