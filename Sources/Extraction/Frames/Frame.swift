/// One row of `frames.tsv`: a verb or noun lemma that states a predicate, and where
/// its object sits in the dependency tree.
struct Frame: Sendable, Equatable {
    enum Kind: String, Sendable {
        case verb
        case noun
        /// A prepositional phrase that states a relation of its clause's subject:
        /// "in cooperation with X", "at the request of X" (lemma "PREP NOUN").
        case phrase
    }

    /// Where an argument sits relative to the word that states the predicate.
    enum Slot: Sendable, Hashable {
        case obj
        case iobj
        /// The subject of the verb's clausal complement: "demanded that X leave".
        case ccomp
        /// A prepositional phrase: `obl:with` on a verb, `nmod:with` on a noun.
        case prep(String)
    }

    var kind: Kind
    /// The lemma, with a particle or fixed object after a space ("take over").
    var lemma: String
    var predicate: Predicate
    var objects: [Slot]
    var reciprocal = false
    /// The object may be the owner of the act it names: "condemned X's decision".
    var owner = false
    /// A noun of violence whose owner is its victim unless an of-phrase names one:
    /// "Ruiz's killing" (Ruiz is killed), "Chile's killing of Ruiz" (Chile kills).
    var victim = false
    /// A phrase whose argument acts on the clause's subject: "at the request of X" (X requests the subject).
    var reverse = false
    /// A verb whose passive participle states a lasting position of its subject, not an
    /// act done to it: "militias aligned with Iran", "Peru is allied with Chile".
    var stative = false
    var subjectType: ActorType? = nil
    var objectType: ActorType? = nil
}

/// Why a frames or cues file was refused.
enum FrameError: Error, Equatable, CustomStringConvertible {
    case badLine(file: String, line: Int, problem: String)

    var description: String {
        switch self {
        case .badLine(let file, let line, let problem): "\(file):\(line): \(problem)"
        }
    }
}
