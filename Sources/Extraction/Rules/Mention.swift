import Language

/// A stretch of a sentence that refers to an actor.
struct Mention {
    enum Kind: UInt8 {
        case name         // a lexicon name, a metonym, a person's name
        case adjective    // a demonym before a noun: "Russian jets"
        case pronoun      // he, his, it, its, "his country"
        case description  // "the Russian leader", "the Kremlin chief"
    }

    /// Token range in the sentence.
    var first: Int
    var end: Int
    var actor: Int
    var kind: Kind
    /// Followed by "'s" or a possessive pronoun: it owns the next noun.
    var possessive: Bool = false
    /// A country named inside the mention ("rebels in eastern Ukraine").
    var country: Int? = nil
    /// The type of the actor.
    var type: ActorType = .country
    /// One of several actors that a plural reference stands for ("they", "the two leaders").
    var plural: Bool = false
}

/// One sentence being analysed: its tokens, mentions and coordination groups.
struct SentenceState {
    var tokens: [Token] = []
    var mentions: [Mention] = []
    /// Token index → mention index, or -1.
    var mentionAt: [Int] = []
    /// Mention index → index of the first mention of its coordination group.
    var groupStart: [Int] = []
    /// Mention index → one past the last mention of its group.
    var groupEnd: [Int] = []
    var index = 0
    /// Groups named in this sentence by kind ("rebels", "separatists"), for later "the rebels".
    var namedGroups: [(String, Int)] = []
    /// A state named as a regime in this sentence ("the Syrian regime"), for a later "the regime".
    var regime: Int? = nil
    /// A state whose embassy this sentence names, for a later "the embassy".
    var embassy: Int? = nil
    /// Every longer word capitalised: a Title Case headline.
    var titleCase = false
    /// Token where a mention ends → first token of the next mention, when what lies between
    /// joins them like "and" ("A and her Peruvian and Bolivian counterparts, B and C").
    var listJoins: [Int: Int] = [:]
    var start = 0
    var end = 0

    mutating func reset() {
        tokens.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
        mentionAt.removeAll(keepingCapacity: true)
        groupStart.removeAll(keepingCapacity: true)
        groupEnd.removeAll(keepingCapacity: true)
        namedGroups.removeAll(keepingCapacity: true)
        regime = nil
        embassy = nil
        listJoins.removeAll(keepingCapacity: true)
    }

    /// The actors of the coordination group of mention `m` ("France and Germany").
    func group(_ m: Int) -> ArraySlice<Mention> {
        mentions[groupStart[m]..<groupEnd[m]]
    }
}
