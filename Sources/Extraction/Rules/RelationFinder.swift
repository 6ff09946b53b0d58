import Language

/// Finds the facts of one sentence from its mentions and predicate cues:
/// verbs (active, passive with a "by" agent, reciprocal "X and Y met"), nouns
/// ("Russia's support for Assad", "air strikes against ISIS", "talks between X and
/// Y"), "X-backed Y", "Y, an ally of X", and calls for someone to step down. Subjects
/// and objects expand over coordination; negation and modality come from the words
/// between the subject and the cue. Every search is bounded by a window.
struct RelationFinder {
    struct Found {
        var subject: Int
        var predicate: Predicate
        var object: Int
        var negated: Bool
        var modality: Modality
        var confidence: Double
        var first: Int
        var last: Int
    }

    /// Words that make replacing someone a succession: a race, an appointment, a departure.
    static let successionWords: Set<String> = [
        "race", "succeed", "successor", "resign", "resigned", "resigns", "resignation", "retire", "retired", "retirement",
        "died", "death", "appointed", "named", "nominated", "elected", "chosen", "tapped", "vacancy", "vacated", "seat",
    ]

    static let determiners: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "'s", "no", "any", "this", "that", "these",
        "those", "of", "for", "new", "further", "more", "continued", "military", "air", "financial", "political",
        "diplomatic", "economic", "direct", "strong", "full", "joint", "some", "such", "russian", "american", "western",
    ]
    /// Words after which a verb-like word is a noun: "the attack", "air strikes", "its backing".
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "no", "any", "this", "these", "those",
        "some", "such", "air", "every", "each", "another", "further", "more",
    ]
    static let auxiliaries: Set<String> = [
        "would", "will", "could", "should", "may", "might", "must", "can", "has", "have", "had", "is", "are", "was",
        "were", "did", "does", "do", "not", "also", "then", "later", "has", "wants", "want", "said", "says", "plans",
        "refused", "failed", "vowed", "promised", "agreed", "continues", "continued",
    ]
    /// Things a sanction can restrict on the way to or from a state.
    static let tradeNouns: Set<String> = [
        "flights", "travel", "trade", "imports", "exports", "shipments", "sales", "investment", "investments", "transfers",
        "visits", "visas", "deliveries", "oil", "arms", "goods", "remittances",
    ]
    static let copulas: Set<String> = ["is", "was", "are", "were", "became", "remains", "remained"]
    static let stepDown: Set<String> = ["step", "leave", "go", "resign", "quit", "exit", "departure", "ouster", "removal", "resignation", "stepping"]

    func find(_ s: SentenceState, _ doc: inout DocumentContext, into out: inout [Found]) {
        let t = s.tokens
        let n = t.count
        var lastSubject: Int? = nil
        for i in 0..<n {
            let w = t[i].lower
            // "ruled out Russian boots on the ground", "would not send ground troops to fight IS":
            // a refused military commitment is a negated, planned attack on the enemy.
            if w == "troops" || w == "boots" || w == "soldiers" || (w == "war" && i > 0 && t[i - 1].lower == "ground") {
                handleTroops(s, i, doc, &out, lastSubject: lastSubject)
                continue
            }
            if s.mentionAt[i] >= 0 { continue }
            guard t[i].isWord else { continue }

            // "Kremlin-backed RT"
            if let dash = w.lastIndex(of: "-"), dash != w.startIndex {
                let suffix = w[w.index(after: dash)...]
                if suffix == "backed" || suffix == "supported" || suffix == "sponsored" || suffix == "funded" || suffix == "armed" || suffix == "allied" {
                    let prefix = String(w[..<dash])
                    if let l = ActorLexicon.shared.singleToken[prefix] ?? ActorLexicon.shared.entries[prefix]?.first(where: { $0.tokens.count == 1 })?.actor,
                       let o = objectMention(s, i + 1, limit: 1) ?? appositionHead(s, i) {
                        let p: Predicate = (suffix == "funded" || suffix == "armed") ? .aids : .supports
                        let subject = doc.actor(lexicon: l)
                        for obj in s.group(o) { emit(&out, subject, p, obj.actor, false, .asserted, 0.85, i, obj.end - 1, doc, s) }
                    }
                    continue
                }
            }

            // "the Andean Front, led by Tomas Lind": he leads it.
            if (w == "led" || w == "headed"), i + 2 < n, t[i + 1].lower == "by", let p = objectMention(s, i + 2, limit: 3),
               s.mentions[p].type == .person, s.mentions[p].kind == .name {
                var h = i - 1
                if h >= 0, t[h].lower == "," { h -= 1 }
                if h >= 0, s.mentionAt[h] >= 0, [.country, .organization, .group].contains(s.mentions[s.mentionAt[h]].type),
                   s.mentions[s.mentionAt[h]].kind == .name {
                    emit(&out, s.mentions[p].actor, .leaderOf, s.mentions[s.mentionAt[h]].actor, false, .asserted, 0.8, h, s.mentions[p].end - 1, doc, s)
                    continue
                }
            }
            // "Y, an ally of X", "Y, a longtime Russian ally", "X and other opponents of Y", "Y, an adversary of X"
            if let relation = RelationFinder.relationNouns[w] {
                handleRelationNoun(s, i, relation, &out, doc)
                continue
            }

            // "called for Assad to step down", "called for his exit"
            if w == "for", i > 0, let cues = CueLexicon.verbCues(t[i - 1].lower), cues.contains(where: { $0.predicate == .requests }) || t[i - 1].lower.hasPrefix("call") {
                if let o = objectMention(s, i + 1, limit: 3) {
                    let after = s.mentions[o].end
                    var leaves = false
                    for k in (s.mentions[o].first)..<min(n, after + 4) where RelationFinder.stepDown.contains(t[k].lower) { leaves = true }
                    // "called for Assad to step down" is opposition; "called for Russia to halt the strikes" a request.
                    let asks = !leaves && after < n && t[after].lower == "to" && s.mentions[o].kind != .pronoun || (s.mentions[o].kind == .pronoun && !s.mentions[o].possessive && after < n && t[after].lower == "to")
                    if leaves || asks, let subj = subjectMention(s, i - 1, lastSubject: lastSubject) {
                        let attrs = attributes(s, from: s.mentions[subj].end, to: i - 1)
                        for a in s.group(subj) { for b in s.group(o) {
                            emit(&out, a.actor, leaves ? .opposes : .requests, b.actor, attrs.negated, attrs.modality, 0.75, a.first, b.end - 1, doc, s)
                        } }
                    }
                }
                continue
            }

            // "Obama insisted Assad must go", "said Assad has no place in Syria's future": the speaker opposes him.
            if (w == "must" || w == "should" || w == "has" || w == "needs"), i > 0, s.mentionAt[i - 1] >= 0 {
                let x = s.mentionAt[i - 1]
                var k = i + 1
                let denied = k < n && (t[k].lower == "not" || t[k].lower == "n't")
                if k < n, ["to", "not", "n't"].contains(t[k].lower) { k += 1 }
                let leaves = k < n && (["go", "leave", "resign", "quit", "step"].contains(t[k].lower)
                    || (t[k].lower == "be" && k + 1 < n && ["removed", "ousted", "replaced", "toppled"].contains(t[k + 1].lower))
                    || (t[k].lower == "no" && k + 1 < n && ["place", "role", "future"].contains(t[k + 1].lower)))
                let xFirst = s.mentions[s.groupStart[x]].first
                if leaves, !denied, xFirst >= 1 {
                    // The speaker: the subject of a speech verb right before X.
                    var v = xFirst - 1
                    if v >= 0, t[v].lower == "that" { v -= 1 }
                    let speechLike: Set<String> = ["said", "says", "insisted", "insists", "argued", "argues", "maintained", "maintains", "repeated", "believes", "stressed", "declared"]
                    if v >= 0, speechLike.contains(t[v].lower), let speaker = subjectMention(s, v, lastSubject: lastSubject) {
                        for a in s.group(speaker) { for b in s.group(x) {
                            emit(&out, a.actor, .opposes, b.actor, false, .asserted, 0.7, a.first, k, doc, s)
                        } }
                    }
                }
            }

            // "called Assad a tyrant", "branded him a war criminal"
            // ("named both A and B as terrorists", "described Y as a threat")
            var named = i + 1
            while named < n, named < i + 3, ["both", "the"].contains(t[named].lower), s.mentionAt[named] < 0 { named += 1 }
            if (w == "called" || w == "calling" || w == "calls" || w == "labelled" || w == "labeled" || w == "described" || w == "dubbed"
                || w == "named" || w == "branded" || w == "declared"),
               named < n, s.mentionAt[named] >= 0 {
                let o = s.mentionAt[named]
                let objectEnd = s.mentions[s.groupEnd[o] - 1].end
                var k = objectEnd
                if k < n, t[k].lower == "as" { k += 1 }
                if k < n, ["a", "an", "the"].contains(t[k].lower) || (k > objectEnd && CueLexicon.insults.contains(t[k].lower)) {
                    var insult = false
                    while k < min(n, objectEnd + 5) { if CueLexicon.insults.contains(t[k].lower) { insult = true; break }; k += 1 }
                    if insult, let subject = subjectMention(s, i, lastSubject: lastSubject) {
                        let attrs = attributes(s, from: s.mentions[subject].end, to: i)
                        for a in s.group(subject) { for b in s.group(o) { emit(&out, a.actor, .criticizes, b.actor, attrs.negated, attrs.modality, 0.75, a.first, k, doc, s) } }
                        continue
                    }
                }
            }

            // Nouns.
            if let noun = CueLexicon.nouns[w], isNominal(t, i, noun) {
                handleNoun(s, i, noun, doc, &out, lastSubject: lastSubject)
                continue
            }
            // "increased cooperation in recent years with Peru": a time phrase between the noun and its preposition.
            if let noun = CueLexicon.nouns[w], CueLexicon.verbCues(w) == nil, let prep = RelationFinder.prepAfterTimePhrase(t, i, noun) {
                handleNoun(s, i, noun, doc, &out, lastSubject: lastSubject, prepAt: prep)
                continue
            }

            // Verbs.
            guard !t[i].isCapitalized || i == 0, let cues = CueLexicon.verbCues(w) else { continue }
            // "air strikes", "the attack", "its backing": a noun, not a verb.
            if i > 0, RelationFinder.nounMarkers.contains(t[i - 1].lower), !w.hasSuffix("ing") { continue }
            // "after border clashes", "the arms deliveries": a plural after a noun that follows a preposition or article.
            if i >= 2, w.hasSuffix("s"), t[i - 1].isLowerInitial, s.mentionAt[i - 1] < 0, CueLexicon.verbCues(t[i - 1].lower) == nil,
               !RelationFinder.auxiliaries.contains(t[i - 1].lower), !t[i - 1].lower.hasSuffix("ly"),
               RelationFinder.isPreposition(t[i - 2].lower) || ["after", "before", "since"].contains(t[i - 2].lower) || RelationFinder.nounMarkers.contains(t[i - 2].lower) { continue }
            // "shielded him from UN sanctions", "protests against US strikes": a plural after a
            // name that is itself the object of a preposition is a noun, not the name's verb.
            if i >= 2, w.hasSuffix("s"), s.mentionAt[i - 1] >= 0 {
                let first = s.mentions[s.mentionAt[i - 1]].first
                if first >= 1, RelationFinder.isPreposition(t[first - 1].lower) { continue }
            }
            // "support for armed separatists": a participle used as an adjective.
            // ("the strike that killed X": "that" is a relative pronoun here, not a determiner.)
            if w.hasSuffix("ed"), i > 0, i + 1 < n, s.mentionAt[i + 1] >= 0, t[i - 1].lower != "that",
               RelationFinder.determiners.contains(t[i - 1].lower) || CueLexicon.prepositions.contains(t[i - 1].lower) { continue }
            // "provided they respect the law": a conjunction, not a verb of aid.
            if w == "provided" || w == "providing", i + 1 < n, ["they", "that", "he", "she", "it", "we", "you", "the"].contains(t[i + 1].lower) { continue }
            // "help legitimize": help before a verb is no support of its object.
            if (w == "help" || w == "helps" || w == "helped" || w == "helping"), i + 1 < n, s.mentionAt[i + 1] < 0,
               !RelationFinder.determiners.contains(t[i + 1].lower) { continue }
            // "amid striking troubles", "the fighting": a gerund used as a noun or adjective.
            if w.hasSuffix("ing"), i > 0, ["the", "a", "an", "amid", "its", "his", "their", "this"].contains(t[i - 1].lower) { continue }
            for cue in cues {
                // "back off", "back down": phrasal verbs with another meaning, unless the cue wants the particle ("shoot down").
                if cue.particle == nil, i + 1 < n, ["off", "down", "away"].contains(t[i + 1].lower) { continue }
                var objectStart = i + 1
                if let particle = cue.particle {
                    guard i + 1 < n, t[i + 1].lower == particle else { continue }
                    objectStart = i + 2
                }
                if handleVerb(s, i, objectStart, cue, doc, &out, lastSubject: &lastSubject) { break }
            }
        }
    }

    /// "the PMF, an Iranian-backed militia": the mention before ", a(n)" that the phrase describes.
    func appositionHead(_ s: SentenceState, _ i: Int) -> Int? {
        let t = s.tokens
        guard i >= 3, ["a", "an", "the"].contains(t[i - 1].lower), t[i - 2].lower == "," else { return nil }
        var k = i - 3
        if t[k].lower == ")", k >= 3, t[k - 2].lower == "(" { k -= 3 } // "Forces (PMF), an ..."
        let m = s.mentionAt[k]
        return m >= 0 ? m : nil
    }

    /// A preposition that puts a noun in a phrase rather than starting a clause ("after Russia annexed").
    static func isPreposition(_ w: String) -> Bool {
        CueLexicon.prepositions.contains(w) && w != "after" && w != "before" && w != "as" && w != "since" && w != "until"
    }

    static let intentionNouns: Set<String> = [
        "interest", "readiness", "willingness", "decision", "plan", "plans", "efforts", "effort", "attempt", "bid",
        "move", "call", "calls", "promise", "pledge", "offer", "refusal", "failure", "intention", "determination",
        "desire", "taking", "role", "participation", "involvement", "strategy", "push", "campaign", "policy",
    ]

    /// Nouns a name can modify ("a Security Council resolution", "the NATO summit").
    static let modifiedNouns: Set<String> = [
        "resolution", "resolutions", "report", "reports", "vote", "statement", "meeting", "summit", "session",
        "decision", "investigation", "inquiry", "rules", "law", "laws", "proposal", "charter", "treaty", "talks",
        "headquarters", "website", "sanctions", "embargo", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "delegation",
        "membership", "declaration", "data", "figures", "envoy", "forum", "conference",
    ]

    static let collectiveNouns: Set<String> = [
        "coalition", "alliance", "force", "forces", "mission", "troops", "fighters", "group", "groups", "militia",
        "rebels", "army", "partners", "allies", "countries", "nations", "states", "world", "community", "people",
    ]

    static let relationNouns: [String: (Predicate, Bool)] = [
        // noun: (predicate, true when "M, a NOUN of Z" means Z → M)
        "ally": (.supports, true), "allies": (.supports, true), "partner": (.cooperatesWith, true),
        "client": (.supports, true), "proxy": (.supports, true), "proxies": (.supports, true),
        "adversary": (.opposes, true), "enemy": (.opposes, true), "foe": (.opposes, true), "rival": (.opposes, true),
        "opponent": (.opposes, false), "opponents": (.opposes, false), "critic": (.criticizes, false), "critics": (.criticizes, false),
        "enemies": (.opposes, false), "foes": (.opposes, false), "supporters": (.supports, false), "backers": (.supports, false),
    ]

    private func handleRelationNoun(_ s: SentenceState, _ i: Int, _ relation: (Predicate, Bool), _ out: inout [Found], _ doc: DocumentContext) {
        let t = s.tokens
        let n = t.count
        // "his former rival": no longer so.
        if i > 0, ["former", "ex-", "erstwhile", "onetime", "one-time"].contains(t[i - 1].lower) { return }
        // "Russia's ally Syria", "its key ally, Iran", "Moscow's Syrian ally Assad".
        if relation.1, i + 1 < n {
            var k = i - 1
            var owner: Int? = nil
            while k >= 0, k >= i - 4 {
                let m = s.mentionAt[k]
                if m >= 0 {
                    let mention = s.mentions[m]
                    if mention.possessive { owner = m; break }
                    if mention.kind == .adjective { k = mention.first - 1; continue }
                    break
                }
                if !(t[k].lower == "'s" || (t[k].isWord && !t[k].isCapitalized)) { break }
                k -= 1
            }
            var j = i + 1
            if j < n, t[j].lower == "," { j += 1 }
            if let owner, j < n, s.mentionAt[j] >= 0 {
                let y = s.mentionAt[j]
                for a in s.group(owner) { for b in s.group(y) {
                    emit(&out, a.actor, relation.0, b.actor, false, .asserted, 0.75, a.first, b.end - 1, doc, s)
                } }
                return
            }
        }
        // Walk back over the noun's modifiers to the comma after M.
        var k = i - 1
        var inner: Int? = nil
        while k >= 0, k >= i - 5 {
            let w = t[k].lower
            // "M, a close ally of Z" and "M is a close ally of Z".
            if w == "," || RelationFinder.copulas.contains(w) { break }
            if s.mentionAt[k] >= 0 {
                let mk = s.mentions[s.mentionAt[k]]
                // "a longtime Russian ally", "Washington's main ally", "a close U.S. ally"
                if mk.kind == .adjective || mk.possessive || mk.end == i { inner = s.mentionAt[k]; k = mk.first - 1; continue } else { return }
            }
            if !(t[k].isWord && !t[k].isCapitalized) && w != "'s" { return }
            k -= 1
        }
        guard k >= 1, t[k].lower == "," || t[k].lower == "--" || RelationFinder.copulas.contains(t[k].lower) else { return }
        // The mention the phrase describes: right before the comma, or a few words before a dash
        // ("the Islamic State (IS) militant group -- an adversary of ...").
        var h = k - 1
        while h >= 0, h >= k - (t[k].lower == "--" ? 5 : 1), s.mentionAt[h] < 0 { h -= 1 }
        guard h >= 0, s.mentionAt[h] >= 0 else { return }
        let m = s.mentionAt[h]
        var z: Int? = inner
        if i + 1 < n, t[i + 1].lower == "of" { z = objectMention(s, i + 2, limit: 2) ?? z }
        guard let z else { return }
        let (predicate, reversed) = relation
        for a in s.group(m) {
            for b in s.group(z) {
                if reversed { emit(&out, b.actor, predicate, a.actor, false, .asserted, 0.75, a.first, max(i, b.end - 1), doc, s) }
                else { emit(&out, a.actor, predicate, b.actor, false, .asserted, 0.75, a.first, max(i, b.end - 1), doc, s) }
            }
        }
    }

    private func handleTroops(_ s: SentenceState, _ i: Int, _ doc: DocumentContext, _ out: inout [Found], lastSubject: Int?) {
        let t = s.tokens
        let n = t.count
        let attrs = attributes(s, from: 0, to: i)
        guard attrs.negated else { return }
        var owner: Int? = s.mentionAt[i] >= 0 && s.mentions[s.mentionAt[i]].kind == .adjective ? s.mentions[s.mentionAt[i]].actor : nil
        var k = owner == nil ? i - 1 : -1
        while k >= 0, k >= i - 3 {
            let m = s.mentionAt[k]
            if m >= 0 { if s.mentions[m].kind == .adjective { owner = s.mentions[m].actor }; break }
            k -= 1
        }
        if owner == nil {
            var v = i - 1
            while v >= 0, v >= i - 4, !["send", "sending", "sent", "deploy", "deploying", "commit", "committing", "put", "putting"].contains(t[v].lower) { v -= 1 }
            guard v >= 0, v >= i - 4, let subject = subjectMention(s, v, lastSubject: lastSubject) else { return }
            owner = s.mentions[subject].actor
        }
        guard var owner else { return }
        if doc.actors[owner].type == .person, let state = doc.affiliation[owner] { owner = state }
        var enemy: Int? = nil
        var j = i + 1
        while j < min(n, i + 12) {
            if ["fight", "against", "combat", "battle", "attack", "defeat"].contains(t[j].lower), let o = objectMention(s, j + 1, limit: 3) {
                enemy = s.mentions[o].actor
                break
            }
            j += 1
        }
        if enemy == nil, let o = (0..<i).reversed().first(where: { k in
            s.mentionAt[k] >= 0 && k > 0 && t[k - 1].lower == "against" }) { enemy = s.mentions[s.mentionAt[o]].actor }
        guard let enemy = enemy ?? doc.lastEnemy else { return }
        emit(&out, owner, .attacks, enemy, true, .planned, 0.7, max(0, i - 3), i, doc, s)
    }

    // MARK: Verbs

    private func handleVerb(_ s: SentenceState, _ i: Int, _ objectStart: Int, _ cue: CueLexicon.VerbCue, _ doc: DocumentContext,
                            _ out: inout [Found], lastSubject: inout Int?) -> Bool {
        let t = s.tokens
        let n = t.count
        // Passive: "was brokered (in February) by France and Germany".
        // ("alleged misconduct by X": an adjective, no passive.)
        if isParticiple(t[i].lower), (cue.preps ?? [""]).contains(""), !t[i].lower.hasPrefix("alleg"), isPassive(t, i) {
            var k = objectStart
            while k < min(n, objectStart + 8) {
                if t[k].lower == "by" { break }
                if CueLexicon.objectBarriers.contains(t[k].lower) { k = n; break }
                k += 1
            }
            // "the Andean Front is banned in Chile": a ban in a state is that state's.
            if cue.predicate == .sanctions, !(k < n && t[k].lower == "by"), objectStart + 1 < n, t[objectStart].lower == "in",
               let place = objectMention(s, objectStart + 1, limit: 1), s.mentions[place].type == .country,
               let patient = subjectMention(s, i, lastSubject: nil, patient: true), s.mentions[patient].first < i {
                let attrs = attributes(s, from: s.mentions[patient].end, to: i)
                for p in s.group(patient) { emit(&out, s.mentions[place].actor, .sanctions, p.actor, attrs.negated, attrs.modality, 0.75, p.first, s.mentions[place].end - 1, doc, s) }
                return true
            }
            guard k < n, t[k].lower == "by", let agent = objectMention(s, k + 1, limit: 3),
                  let patient = subjectMention(s, i, lastSubject: nil, patient: true) else { return false }
            let attrs = attributes(s, from: s.mentions[patient].end, to: i)
            for a in s.group(agent) {
                for p in s.group(patient) {
                    emit(&out, a.actor, cue.predicate, p.actor, attrs.negated, attrs.modality, 0.8, p.first, a.end - 1, doc, s)
                }
            }
            return true
        }
        // "a coalition to fight IS", "any attempt to support Assad": the noun is the subject, no actor.
        // (A verb "plans to" follows its subject; a noun follows a determiner or an adjective.)
        if i >= 3, t[i - 1].lower == "to", t[i - 2].isLowerInitial, s.mentionAt[i - 2] < 0,
           RelationFinder.intentionNouns.contains(t[i - 2].lower) || RelationFinder.collectiveNouns.contains(t[i - 2].lower),
           s.mentionAt[i - 3] < 0, t[i - 3].lower != "'s", t[i - 3].isWord,
           !["they", "we", "i", "you", "who", "which", "that", "and", "also", "still", "now"].contains(t[i - 3].lower) {
            // "urged the world to stick with Assad": a generic addressee; the one who urges advocates it.
            let generic = ["world", "community", "countries", "nations", "states", "people"].contains(t[i - 2].lower)
            let urged = (max(0, i - 6)..<(i - 2)).contains { k in CueLexicon.verbCues(t[k].lower)?.contains { $0.predicate == .requests } ?? false }
            if !(generic && urged) { return false }
        }
        // "X and Y agreed on a truce / to talks" is cooperation; "agreed that ...", "agreed with the idea" are opinions.
        if t[i].lower.hasPrefix("agree") && !(i + 1 < n && ["on", "to", "upon"].contains(t[i + 1].lower)) { return false }
        let byGerund = i > 0 && t[i].lower.hasSuffix("ing") && t[i - 1].lower == "by"
        guard let subject = subjectMention(s, i, lastSubject: lastSubject, clauseSubject: byGerund) else { return false }
        // "The airline angered Peru by supporting X": a mention right after a verb is its object, not
        // the one who does what "by" describes (a speech verb's or "that" clause's subject aside).
        if byGerund {
            var b = s.mentions[s.groupStart[subject]].first - 1
            while b >= 0, RelationFinder.determiners.contains(t[b].lower) { b -= 1 }
            if b >= 0, t[b].isLowerInitial, t[b].isWord, !RelationFinder.isPreposition(t[b].lower), !CueLexicon.conjunctions.contains(t[b].lower),
               !MentionFinder.speechVerbs.contains(t[b].lower), t[b].lower != "that" { return false }
        }
        // "urged the United States to work with Assad": a request, not the act itself.
        let groupFirst = s.mentions[s.groupStart[subject]].first
        if (max(0, groupFirst - 3)..<groupFirst).contains(where: { k in CueLexicon.verbCues(t[k].lower)?.contains { $0.predicate == .requests } ?? false }),
           s.mentions[s.groupEnd[subject] - 1].end < i { return false }
        lastSubject = subject
        let attrs = attributes(s, from: s.mentions[subject].end, to: i)
        let window = t[i].lower.hasPrefix("warn") ? 2 : cue.predicate == .requests ? 4 : 10
        // "warned that Lima would ...": the one warned is not named; the clause's subject is no object.
        if t[i].lower.hasPrefix("warn"), objectStart < n, t[objectStart].lower == "that" { return false }
        let object = objectMention(s, objectStart, limit: window, preps: cue.preps ?? CueLexicon.defaultPreps(cue.predicate))
        // "wrote to the Chilean embassy asking it to ...": the one written to is asked.
        if object == nil, cue.predicate == .requests, t[i].lower.hasSuffix("ing"),
           let addressee = (max(0, i - 7)..<i).reversed().first(where: { k in s.mentionAt[k] >= 0 && s.mentions[s.mentionAt[k]].first == k
               && k > 0 && (t[k - 1].lower == "to" || (k > 1 && t[k - 1].lower == "the" && t[k - 2].lower == "to")) }),
           s.mentionAt[addressee] != subject {
            let o = s.mentionAt[addressee]
            for a in s.group(subject) { for b in s.group(o) {
                emit(&out, a.actor, .requests, b.actor, attrs.negated, attrs.modality, 0.7, a.first, i, doc, s)
            } }
            lastSubject = subject
            return true
        }
        if object == nil, !cue.reciprocal {
            // "Assad, whom Russia has shielded": the object is the antecedent of "whom".
            let before = s.mentions[s.groupStart[subject]].first - 1
            if before >= 2, t[before].lower == "whom", t[before - 1].lower == ",", s.mentionAt[before - 2] >= 0 {
                let antecedent = s.mentionAt[before - 2]
                for a in s.group(subject) { for b in s.group(antecedent) {
                    emit(&out, a.actor, cue.predicate, b.actor, attrs.negated, attrs.modality, 0.75, b.first, i, doc, s)
                } }
                lastSubject = subject
                return true
            }
        }
        if object == nil || (object.map { s.mentions[$0].first > objectStart + 1 && t[objectStart].lower == "each" } ?? false) {
            // "Obama and Putin sparred", "the two leaders met". ("X and Y spoke of ..." names a topic.)
            guard cue.reciprocal, !(objectStart < n && t[objectStart].lower == "of") else { return false }
            // "they worked for the ministry" is no cooperation; "they worked together" is.
            if t[i].lower.hasPrefix("work"), !(objectStart..<min(n, objectStart + 3)).contains(where: { ["together", "closely", "jointly"].contains(t[$0].lower) }) { return false }
            // "A and B signed a letter": putting names to one text is no cooperation.
            if (objectStart..<min(n, objectStart + 3)).contains(where: { CueLexicon.messageNouns.contains(t[$0].lower) || t[$0].lower == "petition" }) { return false }
            let members = s.group(subject)
            guard members.count >= 2 else { return false }
            var predicate = cue.predicate
            var modality = attrs.modality
            // "X and Y agreed to resume talks": a meeting to come, not yet cooperation.
            if t[i].lower.hasPrefix("agree"), (i + 1..<min(n, i + 7)).contains(where: { k in
                CueLexicon.nouns[t[k].lower]?.predicate == .meetsWith || CueLexicon.verbCues(t[k].lower)?.contains { $0.predicate == .meetsWith } == true }) {
                predicate = .meetsWith
                if modality == .asserted { modality = .planned }
            }
            for a in members {
                for b in members where a.actor != b.actor {
                    if predicate.isSymmetric && a.actor > b.actor { continue }
                    emit(&out, a.actor, predicate, b.actor, attrs.negated, modality, 0.75, members.first!.first, i, doc, s)
                }
            }
            lastSubject = subject
            return true
        }
        if object == nil {
            // "Assad, whom Russia has shielded": the object is the antecedent of "whom".
            let before = s.mentions[s.groupStart[subject]].first - 1
            if before >= 2, t[before].lower == "whom", t[before - 1].lower == ",", s.mentionAt[before - 2] >= 0 {
                let antecedent = s.mentionAt[before - 2]
                for a in s.group(subject) { for b in s.group(antecedent) {
                    emit(&out, a.actor, cue.predicate, b.actor, attrs.negated, attrs.modality, 0.75, b.first, i, doc, s)
                } }
                lastSubject = subject
                return true
            }
        }
        guard let object else { return false }
        // "designated X as a terrorist group" sanctions; "designated X as minister" appoints.
        if t[i].lower.hasPrefix("designat"), !(i + 1..<min(n, i + 12)).contains(where: { ["terrorist", "terror", "terrorists", "sponsor", "extremist"].contains(t[$0].lower) }) { return false }
        // "alleged Iranian involvement", "alleged Iran's role" accuse; "alleged X was poisoned" does not.
        if t[i].lower.hasPrefix("alleg"), !(s.mentions[object].kind == .adjective || s.mentions[object].possessive) { return false }
        // "speaking to the Atlantic Council", "spoke to the UN General Assembly": an address, not a meeting.
        if cue.predicate == .meetsWith, t[i].lower.hasPrefix("spo") || t[i].lower.hasPrefix("speak") || t[i].lower.hasPrefix("talk"),
           objectStart < n, t[objectStart].lower == "to", s.mentions[object].type == .organization { return false }
        // "hosted Chilean troops" is cooperation with Chile, not a meeting.
        if t[i].lower.hasPrefix("host"), s.mentions[object].kind == .adjective,
           ["troops", "forces", "soldiers", "base", "bases", "military"].contains(t[s.mentions[object].end - 1].lower) || (s.mentions[object].end < n && ["troops", "forces", "soldiers", "base", "bases"].contains(t[s.mentions[object].end].lower)) {
            let attrsHost = attributes(s, from: s.mentions[subject].end, to: i)
            for a in s.group(subject) { emit(&out, a.actor, .cooperatesWith, s.mentions[object].actor, attrsHost.negated, attrsHost.modality, 0.75, a.first, s.mentions[object].end - 1, doc, s) }
            lastSubject = subject
            return true
        }
        // "replace the president" is a stance on a person; "replace the law" is nothing.
        if ["replace", "replaced", "replacing", "replaces", "depose", "deposed"].contains(t[i].lower) && s.mentions[object].type != .person { return false }
        // "joined the race to replace him", "was named to replace her after she retired": succession, not a stance.
        if t[i].lower.hasPrefix("replac"), t.contains(where: { RelationFinder.successionWords.contains($0.lower) }) { return false }
        // "sent a letter to X", "gave his award to X", "giving him six votes" are no aid.
        if cue.predicate == .aids {
            let notAid = { (k: Int) in CueLexicon.messageNouns.contains(t[k].lower) || CueLexicon.honourNouns.contains(t[k].lower) }
            if (objectStart..<s.mentions[object].first).contains(where: notAid) { return false }
            let after = s.mentions[object].end
            if (after..<min(n, after + 7)).prefix(while: { CueLexicon.prepositions.contains(t[$0].lower) == false && t[$0].isWord }).contains(where: notAid) { return false }
        }
        // "captured the U.S. embassy" takes no territory from the United States.
        if cue.predicate == .occupies && s.mentions[object].kind == .adjective { return false }
        lastSubject = subject
        // "work with Russia against Islamic State": the shared enemy is attacked.
        // "backed the government against the rebels": the side taken is fought too.
        if cue.predicate == .cooperatesWith || cue.predicate == .supports || cue.predicate == .aids {
            var after = s.mentions[s.groupEnd[object] - 1].end
            // "the government of X against Y"
            if after + 1 < n, t[after].lower == "of", let inner = objectMention(s, after + 1, limit: 4) { after = s.mentions[s.groupEnd[inner] - 1].end }
            if after + 1 < n, t[after].lower == "against", let enemy = objectMention(s, after + 1, limit: 2) {
                for a in s.group(subject) { for b in s.group(enemy) {
                    emit(&out, a.actor, .attacks, b.actor, attrs.negated, attrs.modality, 0.7, a.first, b.end - 1, doc, s)
                } }
            }
        }
        // "it would be a mistake not to work with X" argues for X: support.
        var predicate = cue.predicate
        var modality = attrs.modality
        let lemma = CueLexicon.irregular[t[i].lower] ?? t[i].lower
        if predicate == .attacks {
            let objectEnd = s.mentions[s.groupEnd[object] - 1].end
            // "attacked the senator for his vote", "hit out at Lima over the tariffs": words, not force.
            if lemma.hasPrefix("attack") || lemma == "hit", objectEnd < n, ["for", "over", "as"].contains(t[objectEnd].lower) { predicate = .criticizes }
            // "defeated the incumbent senator": an election, not a battle.
            if lemma.hasPrefix("defeat") || lemma.hasPrefix("beat"),
               s.mentions[subject].type == .person || s.mentions[object].type == .person { return false }
        }
        // "warned X of consequences", "warned X that they would pay a heavy price": a threat.
        if t[i].lower.hasPrefix("warn"), (i + 1..<min(n, i + 14)).contains(where: { k in
            ["consequences", "price", "retaliation", "retaliate", "response", "respond", "punishment", "war"].contains(t[k].lower) }) {
            predicate = .threatens
        }
        // "threatened to destroy X", "warned it would strike X": a threat.
        if predicate.predicateClass == .conflictual, i >= 2, t[i - 1].lower == "to", t[i - 2].lower.hasPrefix("threaten") {
            predicate = .threatens
            modality = .asserted
        }
        if predicate == .cooperatesWith, (max(0, i - 7)..<i).contains(where: { ["mistake", "error"].contains(t[$0].lower) }) { predicate = .supports }
        for a in s.group(subject) {
            for b in s.group(object) {
                emit(&out, a.actor, predicate, b.actor, attrs.negated, modality, 0.8, min(a.first, i), b.end - 1, doc, s)
            }
        }
        return true
    }

    private func isParticiple(_ w: String) -> Bool {
        w.hasSuffix("ed") || ["met", "fought", "struck", "sought", "taken", "given", "sent", "held", "shot", "hit", "led", "won", "stricken", "spoken"].contains(w)
    }

    private func isPassive(_ t: [Token], _ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 3 {
            let w = t[k].lower
            if CueLexicon.beForms.contains(w) { return true }
            if !(w.hasSuffix("ly") || w == "not" || w == "n't" || w == "also" || w == "jointly") { break }
            k -= 1; steps += 1
        }
        // Reduced relative: "a deal brokered by", "rebels backed by".
        if i + 1 < t.count, t[i + 1].lower == "by" { return true }
        if i + 2 < t.count, t[i + 2].lower == "by", t[i + 1].isWord, !t[i + 1].isCapitalized { return true }
        return false
    }

    // MARK: Nouns

    private func isNominal(_ t: [Token], _ i: Int, _ noun: CueLexicon.NounCue) -> Bool {
        // "to deal with Iran" is a verb; "a deal with Iran", "the trade deal with Iran" a noun.
        if t[i].lower == "deal", !(i > 0 && (RelationFinder.nounMarkers.contains(t[i - 1].lower) || t[i - 1].lower == "'s"
            || ["peace", "trade", "nuclear", "arms", "gas", "oil", "security", "border"].contains(t[i - 1].lower))) { return false }
        let gathering = (noun.predicate == .meetsWith || noun.predicate == .cooperatesWith) && i + 1 < t.count && t[i + 1].lower == "of"
        if i + 1 < t.count, noun.preps.contains(t[i + 1].lower) || ((t[i + 1].lower == "between" || t[i + 1].lower == "among") && noun.predicate != .supports) || gathering {
            if gathering { return true }
            if CueLexicon.verbCues(t[i].lower) == nil { return true }
            // "step up support for": a verb of this predicate does not take this preposition.
            if !CueLexicon.defaultPreps(noun.predicate).contains(t[i + 1].lower) { return true }
            if i > 0 && (RelationFinder.determiners.contains(t[i - 1].lower) || t[i - 1].lower.hasSuffix("-led")) { return true }
            if i > 0 && !t[i - 1].isWord { return false }
            // "levied sanctions against", "imposing fresh sanctions on": a verb takes no "against"/"on" here.
            if noun.predicate == .sanctions, i > 0, !RelationFinder.auxiliaries.contains(t[i - 1].lower), t[i - 1].lower != "to" { return true }
            // "Russia's support for", "US support for"
            return i > 0 && t[i - 1].isCapitalized
        }
        return false
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let timeWords: Set<String> = [
        "in", "on", "during", "over", "since", "the", "last", "past", "few", "recent", "several", "two", "three", "four",
        "five", "years", "months", "weeks", "days", "year", "month", "week", "decade", "decades", "recently", "also",
        "greatly", "significantly", "steadily", "this", "that", "time",
    ]

    /// The position of a noun's preposition after a short time phrase ("cooperation over the past decade with").
    static func prepAfterTimePhrase(_ t: [Token], _ i: Int, _ noun: CueLexicon.NounCue) -> Int? {
        guard i + 2 < t.count, timeWords.contains(t[i + 1].lower) else { return nil }
        var k = i + 1
        while k < t.count, k <= i + 7 {
            let w = t[k].lower
            if noun.preps.contains(w) && k > i + 2 { return k }
            if !(timeWords.contains(w) || w.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })) { return nil }
            k += 1
        }
        return nil
    }

    private func handleNoun(_ s: SentenceState, _ i: Int, _ noun: CueLexicon.NounCue, _ doc: DocumentContext, _ out: inout [Found], lastSubject: Int?,
                            prepAt: Int? = nil) {
        let t = s.tokens
        let n = t.count
        // "clashes between Turkish troops and Syrian forces": each side attacks the other.
        if noun.predicate == .attacks, i + 2 < n, t[i + 1].lower == "between", let o = objectMention(s, i + 2, limit: 3) {
            let members = s.group(o)
            if members.count >= 2 {
                for a in members { for b in members where a.actor != b.actor {
                    emit(&out, a.actor, .attacks, b.actor, false, .asserted, 0.7, i, members.last!.end - 1, doc, s)
                } }
            }
            return
        }
        // "talks between X and Y", "a meeting of leaders of X, Y and Z"
        if noun.predicate == .meetsWith || noun.predicate == .cooperatesWith {
            var k = i + 1
            if k < n, ["between", "among", "of"].contains(t[k].lower) {
                k += 1
                if k + 1 < n, t[k].lower == "leaders" || t[k].lower == "officials" || t[k].lower == "ministers", t[k + 1].lower == "of" { k += 2 }
                if let o = objectMention(s, k, limit: 3) {
                    let members = s.group(o)
                    if members.count >= 2 {
                        var attrs = attributes(s, from: max(0, i - 6), to: i)
                        // "a meeting of A, B and C is set to take place": the words after the group count too.
                        let after = members.last!.end
                        if attrs.modality == .asserted, (after..<min(n, after + 6)).contains(where: { ["set", "expected", "scheduled", "planned", "will", "due"].contains(t[$0].lower) }) {
                            attrs.modality = .planned
                        }
                        for a in members { for b in members where a.actor < b.actor {
                            emit(&out, a.actor, noun.predicate, b.actor, attrs.negated, attrs.modality, 0.75, i, members.last!.end - 1, doc, s)
                        } }
                        return
                    }
                }
            }
        }
        let prep = prepAt ?? i + 1
        var objectStart = prep + 1
        // "restrictions on flights to Cuba", "a ban on imports from Iran": the trade names its partner.
        if noun.predicate == .sanctions {
            var k = objectStart
            if k < n, ["all", "the", "any", "most"].contains(t[k].lower) { k += 1 }
            if k + 1 < n, RelationFinder.tradeNouns.contains(t[k].lower), ["to", "from", "with", "into"].contains(t[k + 1].lower) { objectStart = k + 2 }
        }
        guard prep < n, noun.preps.contains(t[prep].lower), let object = objectMention(s, objectStart, limit: 4) else { return }
        // The owner: "Russia's support", "its support", "US air strikes", "Russian backing".
        var subject: Int? = nil
        var k = i - 1
        while k >= 0, k >= i - 3 {
            let m = s.mentionAt[k]
            if m >= 0 {
                let mention = s.mentions[m]
                if mention.possessive || mention.kind == .adjective || mention.kind == .name && mention.end == i || (k + 1 < n && t[k + 1].lower == "'s") {
                    subject = m
                }
                break
            }
            let w = t[k].lower
            if !(w == "'s" || RelationFinder.determiners.contains(w) || (t[k].isWord && !t[k].isCapitalized && CueLexicon.verbCues(w) == nil)) { break }
            k -= 1
        }
        var confidence = 0.8
        var ownerFound = subject != nil
        if subject == nil {
            // A name inside a prepositional phrase ("the ban on Andes Air ... sanctions on Peru") does not own the noun.
            subject = subjectMention(s, i, lastSubject: lastSubject, phraseFallback: false)
            confidence = 0.65
            ownerFound = false
        }
        guard let subject else { return }
        // "to eliminate X in cooperation with Y": the object of a verb does not own a later noun phrase.
        let before = s.mentions[subject].first - 1
        if !ownerFound, i > 0, RelationFinder.isPreposition(t[i - 1].lower), before >= 0, t[before].isLowerInitial,
           CueLexicon.verbCues(t[before].lower) != nil || (before >= 1 && t[before - 1].lower == "to" && !CueLexicon.prepositions.contains(t[before].lower)) { return }
        var attrs = attributes(s, from: s.mentions[subject].end, to: i)
        // "NATO has suspended its cooperation with Russia": a negating verb before the owner counts too
        // ("has not changed its support" does not negate).
        if ownerFound && s.mentions[subject].kind != .name {
            let first = s.mentions[subject].first
            if (max(0, first - 3)..<first).contains(where: { CueLexicon.negatingVerbs.contains(t[$0].lower) }) { attrs.negated.toggle() }
        }
        // "threatened to impose sanctions on X": a threat, not the act.
        var predicate = noun.predicate
        let from = s.mentions[subject].end
        if predicate.predicateClass == .conflictual, from < i,
           (from..<i).contains(where: { k in t[k].lower.hasPrefix("threaten") && k + 1 < i && t[k + 1].lower == "to" }) {
            predicate = .threatens
            attrs.modality = .asserted
        }
        for a in s.group(subject) {
            for b in s.group(object) {
                emit(&out, a.actor, predicate, b.actor, attrs.negated, attrs.modality, confidence, min(a.first, i), b.end - 1, doc, s)
            }
        }
    }

    // MARK: Arguments

    /// The subject of a cue at `i`: the nearest mention to the left that is not the
    /// object of a preposition, within the clause; after "and"/"but" + auxiliary, the
    /// subject of the previous clause.
    func subjectMention(_ s: SentenceState, _ i: Int, lastSubject: Int?, patient: Bool = false, clauseSubject: Bool = false,
                        crossSpeech: Bool = false, phraseFallback: Bool = true) -> Int? {
        if clauseSubject {
            // "Russia surprised everyone by sending troops": the subject of the whole clause.
            // After ", and", the verb may belong to the clause before "said": "X said Y ..., and accused Z".
            var best: Int? = nil
            var k = i - 1
            while k >= 0 && k >= i - 25 {
                let w = s.tokens[k].lower
                if crossSpeech && MentionFinder.speechVerbs.contains(w) { best = nil; k -= 1; continue }
                // "X said the alliance would not ... but condemned Y": no actor after "said", so X.
                if best == nil && MentionFinder.speechVerbs.contains(w) { k -= 1; continue }
                if CueLexicon.subjectBarriers.contains(w) { break }
                if ["after", "before", "since", "while", "when", "whereas", "whilst"].contains(s.tokens[k].lower) && best != nil { break }
                let m = s.mentionAt[k]
                if m >= 0 {
                    let before = s.mentions[m].first - 1
                    if !(before >= 0 && RelationFinder.isPreposition(s.tokens[before].lower)) && s.mentions[m].type != .place { best = m }
                    k = s.mentions[m].first - 1
                    continue
                }
                k -= 1
            }
            if let best { return best }
        }
        let t = s.tokens
        var k = i - 1
        var fallback: Int? = nil
        var steps = 0
        while k >= 0 && steps < 20 {
            let w = t[k].lower
            if (w == "and" || w == "but"), k + 1 <= i, s.mentionAt[k + 1] < 0,
               k + 1 == i || RelationFinder.auxiliaries.contains(t[k + 1].lower) || (t[k + 1].lower.hasSuffix("ly") && k + 2 == i)
                // "labeled him a terrorist and levied sanctions against him": a second verb of the clause.
                || (t[k + 1].lower.hasSuffix("ed") && t[k + 1].isLowerInitial && k + 4 >= i && (k + 2..<i).allSatisfy({ s.mentionAt[$0] < 0 })) {
                // "to train and arm": the second infinitive shares the first one's subject; so does
                // "was open to working with Russia but did not support backing Assad".
                if let lastSubject { return lastSubject }
                if !clauseSubject, let subject = subjectMention(s, k, lastSubject: nil, clauseSubject: true, crossSpeech: k > 0 && t[k - 1].lower == ",") { return subject }
                return fallback
            }
            // ", speaking shortly after the US president," — skip a participle phrase between commas.
            if w == ",", fallback == nil {
                var c = k - 1
                while c > 0, c > k - 12, t[c].lower != "," { c -= 1 }
                if c > 0, c < k - 1, t[c].lower == ",", t[c + 1].isLowerInitial, t[c + 1].lower.hasSuffix("ing") {
                    k = c - 1
                    steps += 1
                    continue
                }
                // "Ana Soto, Peru's foreign minister, condemned": skip the apposition to the person.
                if c > 0, c < k - 1, t[c].lower == ",", s.mentionAt[c - 1] >= 0, s.mentions[s.mentionAt[c - 1]].type == .person,
                   (c + 1..<k).contains(where: { CueLexicon.titles[t[$0].lower] != nil }) {
                    return s.mentionAt[c - 1]
                }
                // "Chile and Peru, Bolivia's closest allies, condemned": the same for a relation noun.
                if c > 0, c < k - 1, t[c].lower == ",", s.mentionAt[c - 1] >= 0, s.mentions[s.mentionAt[c - 1]].type != .person,
                   (c + 1..<k).contains(where: { RelationFinder.relationNouns[t[$0].lower] != nil }),
                   !(c + 1..<k).contains(where: { t[$0].isLowerInitial && CueLexicon.verbCues(t[$0].lower) != nil && RelationFinder.relationNouns[t[$0].lower] == nil }) {
                    return s.mentionAt[c - 1]
                }
            }
            // "France and Germany said they would suspend...": "they" is the speakers.
            // "Peru said it would be a mistake not to work with Chile": the speaker advocates it.
            if MentionFinder.speechVerbs.contains(w), k + 1 < i, t[k + 1].lower == "they" || (t[k + 1].lower == "it" && s.mentionAt[k + 1] < 0), !clauseSubject {
                return subjectMention(s, k, lastSubject: lastSubject)
            }
            // "Chile and Peru said on Sunday they would ...": the same, across a time phrase.
            if w == "they", !clauseSubject, let v = (max(0, k - 5)..<k).last(where: { MentionFinder.speechVerbs.contains(t[$0].lower) }),
               (v + 1..<k).allSatisfy({ RelationFinder.timeWords.contains(t[$0].lower) || RelationFinder.weekdays.contains(t[$0].lower) || t[$0].lower == "that" }) {
                return subjectMention(s, v, lastSubject: lastSubject)
            }
            // "a collision which killed a cyclist": the noun before the pronoun is the subject; an actor only
            // when it is one ("the Chilean strike that hit Lima" is Chile's).
            if (w == "which" || w == "who" || w == "that") && k >= 1 && t[k - 1].lower != "," && !patient && fallback == nil {
                if s.mentionAt[k - 1] >= 0 { return s.mentionAt[k - 1] }
                let head = t[k - 1].lower
                if k >= 2, CueLexicon.nouns[head].map({ $0.predicate == .attacks }) ?? CueLexicon.governmentNouns.contains(head) {
                    let m = s.mentionAt[k - 2]
                    if m >= 0, s.mentions[m].kind == .adjective || s.mentions[m].kind == .name { return m }
                    if k >= 3, t[k - 2].lower == "'s" || s.mentionAt[k - 3] >= 0 && s.mentions[s.mentionAt[k - 3]].possessive { return s.mentionAt[k - 3] >= 0 ? s.mentionAt[k - 3] : nil }
                }
                if w != "that" { return nil }
            }
            if CueLexicon.subjectBarriers.contains(w) { break }
            // "..., committing to send troops": a participle clause takes the subject of its sentence.
            if w == "," && k + 1 < i && t[k + 1].lower.hasSuffix("ing") && t[k + 1].isLowerInitial && fallback == nil && !patient && !clauseSubject {
                return subjectMention(s, k, lastSubject: lastSubject, clauseSubject: true)
            }
            // "Saudi Arabia, which is bent on unseating Assad": the antecedent of the relative pronoun.
            if (w == "which" || w == "who") && k >= 2 && t[k - 1].lower == "," && s.mentionAt[k - 2] >= 0 && !patient {
                return s.mentionAt[k - 2]
            }
            let m = s.mentionAt[k]
            if m >= 0 {
                let mention = s.mentions[m]
                let type = mention.type
                // "Russia's decision to", "Obama's plan to train", "Western efforts to isolate": the owner of an intention acts.
                if mention.possessive, mention.end + 1 < i, RelationFinder.intentionNouns.contains(t[mention.end + 1].lower) { return m }
                if mention.kind == .adjective, mention.end < i, RelationFinder.intentionNouns.contains(t[mention.end].lower) { return m }
                // "its allies", "his spokesman": the owner is not the actor.
                // ("its air defences", "his army" are its own forces.)
                if mention.kind == .pronoun && mention.possessive && !(mention.end < t.count
                    && (CueLexicon.headNouns.contains(t[mention.end].lower) || ["defences", "defenses", "warplanes", "jets"].contains(t[mention.end].lower))) {
                    k = mention.first - 1; steps += 1; continue
                }
                if !patient && (type == .place || type == .agreement) { k = mention.first - 1; steps += 1; continue }
                // "with Kyiv and NATO accusing Moscow": the noun right before a gerund is its subject.
                // ("wrote to the embassy in Lima asking ...": a place in a phrase is no such subject.)
                if mention.end == i && t[i].lower.hasSuffix("ing") {
                    let g = s.mentions[s.groupStart[m]].first - 1
                    let prep = g >= 0 ? t[g].lower : ""
                    if !(RelationFinder.isPreposition(prep) && prep != "with" && prep != "without") { return m }
                }
                var before = mention.first - 1
                var groupFirst = s.mentions[s.groupStart[m]].first - 1
                // Look through articles: "by the United States and Britain".
                while before > 0, ["the", "a", "an", "both"].contains(t[before].lower) { before -= 1 }
                while groupFirst > 0, ["the", "a", "an", "both"].contains(t[groupFirst].lower) { groupFirst -= 1 }
                if (before >= 0 && RelationFinder.isPreposition(t[before].lower)) || (groupFirst >= 0 && RelationFinder.isPreposition(t[groupFirst].lower)) {
                    // A passive agent ("backed by the United States") never acts in the clause.
                    let prep = t[before >= 0 ? before : groupFirst].lower
                    // "the Syrian regime of President Assad": the head, not the "of" phrase, is the fallback.
                    // (For a noun, only a partner named with "with" shares it: "work with X in the fight against Y".)
                    if fallback == nil && prep != "by" && prep != "of" && !(groupFirst >= 0 && t[groupFirst].lower == "by")
                        && (phraseFallback || prep == "with" || prep == "alongside") { fallback = m }
                    k = min(before, groupFirst)
                    steps += 1
                    continue
                }
                return m
            }
            k -= 1
            steps += 1
        }
        return fallback
    }

    /// The first mention from `start` within `limit` tokens, stopping at clause barriers
    /// and other verbs. With `preps`, the mention must be introduced by one of them
    /// ("" for a direct object); "of" inside the phrase ("with the leaders of Turkey") is looked through.
    func objectMention(_ s: SentenceState, _ start: Int, limit: Int, preps: [String]? = nil) -> Int? {
        let t = s.tokens
        var k = start
        var lastPrep = ""
        while k < t.count && k < start + limit + 2 {
            let m = s.mentionAt[k]
            if m >= 0, s.mentions[m].kind == .pronoun, s.mentions[m].possessive, s.mentions[m].end < t.count {
                // "with our American partners": the owner is not the object.
                k = s.mentions[m].end
                continue
            }
            // "a Security Council resolution": the name modifies a noun; it is not the object.
            if m >= 0, s.mentions[m].end < t.count, s.mentions[m].kind == .name, RelationFinder.modifiedNouns.contains(t[s.mentions[m].end].lower) {
                k = s.mentions[m].end + 1
                continue
            }
            if m >= 0 {
                guard let preps else { return m }
                if preps.contains(lastPrep) { return m }
                k = s.mentions[m].end
                continue
            }
            let w = t[k].lower
            // "pledged funds and Syria is taxing goods": after "and", a name with its own verb starts a clause.
            if (w == "and" || w == "but"), k + 1 < t.count, s.mentionAt[k + 1] >= 0 {
                let e = s.mentions[s.mentionAt[k + 1]].end
                if e < t.count, ["is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could"].contains(t[e].lower) { return nil }
            }
            // "allies such as Chile", "partners including Peru": the examples are the object.
            if k > start, w == "such" || (w == "as" && t[k - 1].lower == "such") || (w == "including" && RelationFinder.collectiveNouns.contains(t[k - 1].lower)) {
                k += 1
                continue
            }
            if CueLexicon.objectBarriers.contains(w) || w == "," { return nil }
            // ("urged partners to", "armed allies of": a plural right after the verb is its object, not a verb.)
            if t[k].isWord, !t[k].isCapitalized, CueLexicon.verbCues(w) != nil, CueLexicon.nouns[w] == nil || (k > 0 && t[k - 1].lower == "to"),
               !(k == start && w.hasSuffix("s") && !w.hasSuffix("ss")),
               !(k > 0 && RelationFinder.determiners.contains(t[k - 1].lower)) { return nil }
            // Without a preposition list (nouns): a second preposition starts a location or a topic.
            if preps == nil && k > start && CueLexicon.prepositions.contains(w) && w != "of" { return nil }
            // "the government of President Assad" is Assad's government: "of" after a force noun is no preposition here.
            let ofForce = w == "of" && k > start && CueLexicon.forceNouns.contains(t[k - 1].lower)
            if CueLexicon.prepositions.contains(w) && !(w == "of" && !lastPrep.isEmpty) && !ofForce { lastPrep = w }
            k += 1
        }
        return nil
    }

    // MARK: Negation and modality

    func attributes(_ s: SentenceState, from: Int, to cue: Int) -> (negated: Bool, modality: Modality) {
        let t = s.tokens
        var negated = false
        var possible = false
        var planned = false
        var k = cue - 1
        let stop = max(0, max(from, cue - 9))
        while k >= stop {
            // Words inside names ("Theresa May") are no modal verbs.
            if s.mentionAt[k] >= 0 { k -= 1; continue }
            let w = t[k].lower
            if [";", "said", "says", "that", "--", "while", "who", "which", "but"].contains(w) { break }
            if w == "and" && s.mentionAt[k + 1] < 0 && !RelationFinder.auxiliaries.contains(t[k + 1].lower) { break }
            if w == "out" || w == "exclude" || w == "excluded" || w == "excludes" || w == "excluding" {
                // "ruled out", "has not ruled out", "don't exclude"
                var notBefore = false
                var j = k - 1
                while j >= max(0, k - 4) { if ["not", "n't", "never"].contains(t[j].lower) { notBefore = true }; j -= 1 }
                if w != "out" || (k > 0 && t[k - 1].lower.hasPrefix("rul")) {
                    if notBefore { possible = true; negated = false; return (false, .possible) }
                    negated.toggle()
                }
            } else if w == "premature" {
                negated = true
                planned = true
            } else if CueLexicon.negators.contains(w) {
                // "it would be a mistake not to cooperate" asserts the opposite of a negation.
                let mistake = (max(0, k - 4)..<k).contains { ["mistake", "wrong", "error"].contains(t[$0].lower) }
                if !mistake { negated.toggle() }
            } else if CueLexicon.negatingVerbs.contains(w) {
                let mistake = (max(0, k - 4)..<k).contains { ["mistake", "wrong", "error"].contains(t[$0].lower) }
                if !mistake { negated.toggle() }
            } else if CueLexicon.possibleWords.contains(w) {
                possible = true
            } else if CueLexicon.plannedWords.contains(w) {
                planned = true
            }
            k -= 1
        }
        // "Reports suggested Russia has targeted IS": hearsay before the subject.
        if !possible {
            var j = from - 1
            while j >= 0, j >= from - 5 {
                if ["suggested", "suggest", "suggests", "reportedly", "allegedly", "alleged", "claimed", "rumoured", "rumored"].contains(t[j].lower) { possible = true; break }
                j -= 1
            }
        }
        // "Obama's plan to train rebels": an intention's owner plans it.
        if !planned, from < cue, from < t.count, ["plan", "plans", "pledge", "promise", "intention", "proposal", "offer", "readiness", "willingness", "decision"].contains(t[min(from + 1, t.count - 1)].lower) || (from < t.count && ["plan", "plans", "pledge", "promise", "decision"].contains(t[from].lower)) {
            planned = true
        }
        return (negated, possible ? .possible : planned ? .planned : .asserted)
    }

    private func emit(_ out: inout [Found], _ subject: Int, _ predicate: Predicate, _ object: Int, _ negated: Bool,
                      _ modality: Modality, _ confidence: Double, _ first: Int, _ last: Int, _ doc: DocumentContext, _ s: SentenceState) {
        guard subject != object else { return }
        // A person and the state they lead or serve are one side ("Johnson ... help we can").
        if doc.affiliation[subject] == object || doc.affiliation[object] == subject { return }
        let st = doc.actors[subject].type, ot = doc.actors[object].type
        if st == .agreement || st == .place { return }
        if predicate == .brokers { guard ot == .agreement else { return } } else if ot == .agreement { return }
        if predicate == .occupies && !(ot == .place || ot == .country) { return }
        // "asked why X did not act": a question, not a request.
        if predicate == .requests, let k = (min(first, last)...min(s.tokens.count - 2, max(first, last))).first(where: { s.tokens[$0].lower.hasPrefix("ask") }),
           ClauseReader.questionWords.contains(s.tokens[k + 1].lower) { return }
        // "defeated Peru in the final": a contest, not force.
        if predicate == .attacks, ClauseReader.inContest(s.tokens, after: min(first, last)) { return }
        out.append(Found(subject: subject, predicate: predicate, object: object, negated: negated, modality: modality,
                         confidence: confidence, first: min(first, last), last: max(first, last)))
    }
}

