import Language

/// Acts named again without their owner: "Chile announced its withdrawal from the pact.
/// Peru condemned the withdrawal." The second "the withdrawal" is Chile's, so Peru
/// criticizes Chile. An act noun with an owner in the sentence ("Chile's decision", "its
/// withdrawal", "the Chilean offensive", "the decision by Chile") is noted; a later
/// "the/this/that" + the same noun (or one of its class: "the offensive" ... "the operation";
/// "the move" for any act) with no owner of its own, within three sentences, refers
/// to that owner, for the frames that aim at an act's owner ("condemned the decision",
/// "welcomed the move"). Word-based: no parse is needed to note or resolve an act.
struct ActAntecedents {
    /// Nouns of acts that an owner performs (frames' `act` cue and the acts a state's adjective owns).
    let nouns: Set<String>

    init(frames: FrameTable) {
        nouns = CueLexicon.actNouns.union(frames.cues["act"] ?? []).union(ActAntecedents.generic)
    }

    /// Nouns of force that name one another's act: "launched an offensive ... the operation".
    static let military: Set<String> = [
        "offensive", "operation", "incursion", "invasion", "attack", "attacks", "assault", "airstrike", "airstrikes",
        "strike", "strikes", "bombing", "bombings", "shelling", "intervention", "campaign", "crackdown", "deployment",
    ]

    /// Nouns that name whatever act was last reported: "announced its withdrawal ... the move".
    static let generic: Set<String> = ["move", "step", "steps", "decision", "action", "actions", "measures"]

    /// The keys an act noun is noted under and looked up by: itself, its class, any act.
    private static func keys(_ noun: String) -> [String] {
        var keys = [noun]
        if military.contains(noun) { keys.append("#military") }
        keys.append("#any")
        return keys
    }

    /// Built once from the English tables, not per document.
    static let english = ActAntecedents(frames: FrameTable.english)

    /// Verbs whose subject performs the act that is their object.
    static let doingVerbs: Set<String> = [
        "announced", "announces", "announce", "ordered", "orders", "launched", "launches", "began", "begins", "started",
        "starts", "made", "makes", "took", "takes", "unveiled", "unveils", "imposed", "imposes",
    ]

    /// How far back, in sentences, an act's owner is still the one meant.
    static let window = 3

    /// Notes the acts this sentence names with an owner.
    func note(_ s: SentenceState, _ doc: inout DocumentContext) {
        let t = s.tokens
        for (i, tok) in t.enumerated() where nouns.contains(tok.lower) {
            // An act named again and resolved ("the invasion") keeps its owner in view.
            let resolved = s.mentionAt[i] >= 0 && s.mentions[s.mentionAt[i]].kind == .description && s.mentions[s.mentionAt[i]].first == i
            if let owner = resolved ? s.mentions[s.mentionAt[i]].actor : owner(of: i, s) {
                for key in ActAntecedents.keys(tok.lower) { doc.recentActs[key] = (owner, s.index) }
            }
        }
    }

    /// Nouns of a meeting that, named again without their parties ("joined the talks",
    /// "the conclusions of the summit"), mean the last meeting's participants.
    static let meetingNouns: Set<String> = ["talks", "meeting", "summit", "negotiations", "gathering", "conference", "discussions"]

    /// How far back, in sentences, a meeting's participants are still the ones meant.
    static let meetingWindow = 3

    /// The sentence with a mention added on each unowned definite act noun whose owner was
    /// noted recently, and plural mentions of the participants on "the talks" after a
    /// reported meeting; `nil` when there is none.
    func resolve(_ s: SentenceState, _ doc: DocumentContext) -> SentenceState? {
        let t = s.tokens
        var out: SentenceState? = nil
        if let meeting = doc.lastMeeting, s.index > meeting.sentence, s.index - meeting.sentence <= ActAntecedents.meetingWindow {
            for i in 1..<max(1, t.count) where ActAntecedents.meetingNouns.contains(t[i].lower) && s.mentionAt[i] < 0 {
                // "the talks with Peru", "the summit of the bloc": parties of their own.
                guard ["the", "those", "these"].contains(t[i - 1].lower),
                      !(i + 1 < t.count && ["with", "between", "of", "among", "by"].contains(t[i + 1].lower)) else { continue }
                var copy = out ?? s
                let first = copy.mentions.count
                copy.mentionAt[i] = first
                for a in meeting.actors {
                    var m = Mention(first: i, end: i + 1, actor: a, kind: .description)
                    m.type = doc.actors[a].type
                    m.plural = true
                    copy.mentions.append(m)
                }
                for _ in meeting.actors {
                    copy.groupStart.append(first)
                    copy.groupEnd.append(copy.mentions.count)
                }
                out = copy
            }
        }
        for i in 1..<max(1, t.count) where nouns.contains(t[i].lower) && s.mentionAt[i] < 0 {
            guard ["the", "this", "that"].contains(t[i - 1].lower), owner(of: i, s) == nil,
                  // "the decision of the court", "the move by X": an owner of its own, named or not.
                  !(i + 1 < t.count && ["of", "by", "from"].contains(t[i + 1].lower)),
                  let act = doc.recentActs[t[i].lower] ?? doc.recentActs[ActAntecedents.military.contains(t[i].lower) ? "#military" : ""]
                    ?? doc.recentActs[ActAntecedents.generic.contains(t[i].lower) ? "#any" : ""],
                  s.index - act.sentence <= ActAntecedents.window, s.index > act.sentence
            else { continue }
            var copy = out ?? s
            var m = Mention(first: i, end: i + 1, actor: act.actor, kind: .description)
            m.type = doc.actors[act.actor].type
            copy.mentionAt[i] = copy.mentions.count
            copy.mentions.append(m)
            copy.groupStart.append(copy.mentions.count - 1)
            copy.groupEnd.append(copy.mentions.count)
            out = copy
        }
        return out
    }

    /// The actor that owns the act noun at `i` in this sentence: a possessive or adjective
    /// mention right before it (one modifier allowed: "Chile's sudden withdrawal"), or a
    /// "by"/"of" phrase naming an actor right after it.
    private func owner(of i: Int, _ s: SentenceState) -> Int? {
        let t = s.tokens
        var k = i - 1
        if k >= 0, t[k].isLowerInitial, t[k].isWord, !["the", "this", "that", "a", "an"].contains(t[k].lower), s.mentionAt[k] < 0 { k -= 1 }
        if k >= 0, t[k].lower == "'s" { k -= 1 }
        if k >= 0, s.mentionAt[k] >= 0 {
            let m = s.mentions[s.mentionAt[k]]
            if m.possessive || m.kind == .adjective || (m.end == i && m.type != .person) || t[m.end].lower == "'s" { return m.actor }
        }
        // "Chile announced a troop withdrawal", "Peru launched an offensive": the doer owns the act.
        var v = i - 1
        while v > 0, i - v <= 3, t[v].isLowerInitial, t[v].isWord, !ActAntecedents.doingVerbs.contains(t[v].lower) { v -= 1 }
        if v > 0, ActAntecedents.doingVerbs.contains(t[v].lower) {
            var k = v - 1
            if k >= 0, t[k].isLowerInitial, t[k].lower.hasSuffix("ly") { k -= 1 }
            if k >= 0, s.mentionAt[k] >= 0 {
                let m = s.mentions[s.mentionAt[k]]
                if m.end == k + 1, m.kind != .adjective, m.type != .place, m.type != .agreement { return m.actor }
            }
        }
        var j = i + 1
        if j < t.count, ["by", "of"].contains(t[j].lower) {
            j += 1
            if j < t.count, t[j].lower == "the" { j += 1 }
            if j < t.count, s.mentionAt[j] >= 0 {
                let m = s.mentions[s.mentionAt[j]]
                if m.type != .place && m.type != .agreement { return m.actor }
            }
        }
        return nil
    }
}
