import Language

/// Reads relations off a sentence's dependency tree: each verb or noun that a frame
/// names states its predicate between the actors its arguments refer to.
///
/// Arguments are found by relation, not by position: the subject is the verb's nsubj
/// (the `obl:agent` of a passive, the controller of an xcomp, the noun a relative
/// clause modifies, the subject of the verb it is coordinated with); objects sit in
/// the frame's slots. An argument refers to an actor when a mention covers it, when a
/// proxy noun's owner does ("Russian forces", "Syria's government"), or, for frames
/// that allow it, when the act's owner does ("condemned Peru's decision"). Coordinated
/// arguments ("France and Germany") each take part. Negation and modality come from
/// the verb's own dependents and from the verbs that govern it ("refused to back",
/// "plans to visit", "may strike").
struct ClauseReader {
    let frames: FrameTable

    /// One sentence: its mentions, from `MentionFinder`, and its parse, word for token.
    struct Sentence {
        let state: SentenceState
        let parse: ParsedSentence
        let children: [[Int]]

        init(_ state: SentenceState, _ parse: ParsedSentence) {
            self.state = state
            self.parse = parse
            var children = [[Int]](repeating: [], count: parse.count)
            for (i, h) in parse.heads.enumerated() where h >= 0 { children[h].append(i) }
            self.children = children
        }

        func rel(_ i: Int) -> String { parse.relations[i] }
        func lemma(_ i: Int) -> String { parse.lemmas[i] }
        func lower(_ i: Int) -> String { state.tokens[i].lower }
        func head(_ i: Int) -> Int { parse.heads[i] }
        func kids(_ i: Int, _ relation: String) -> [Int] { children[i].filter { parse.relations[$0] == relation } }
        func kids(_ i: Int, prefix: String) -> [Int] {
            children[i].filter { parse.relations[$0] == prefix || parse.relations[$0].hasPrefix(prefix + ":") }
        }
        /// The preposition of a nominal: "with" in "with Chile".
        func preposition(_ i: Int) -> String? {
            children[i].first { parse.relations[$0] == "case" }.map { lower($0) }
        }
        func isVerb(_ i: Int) -> Bool { parse.tags[i] == "VERB" || parse.tags[i] == "AUX" }
    }

    func read(_ state: SentenceState, _ parse: ParsedSentence, into out: inout [RelationFinder.Found]) {
        guard parse.count == state.tokens.count, !state.mentions.isEmpty else { return }
        let s = Sentence(state, parse)
        for i in 0..<parse.count {
            let tag = parse.tags[i]
            if tag == "VERB" {
                for frame in verbFrames(s, i) { readVerb(s, i, frame, into: &out) }
                if frames.cue("naming", s.lemma(i)) { readVerdict(s, i, into: &out) }
            } else if tag == "ADJ" {
                // "Chile is supportive of Peru": an adjective's frame sits with the nouns'.
                for frame in frames.nouns[s.lemma(i)] ?? frames.nouns[s.lower(i)] ?? [] { readNoun(s, i, frame, into: &out) }
            } else if tag == "NOUN" || tag == "PROPN" {
                let candidates = frames.nouns[s.lemma(i)] ?? frames.nouns[s.lower(i)] ?? []
                for frame in candidates { readNoun(s, i, frame, into: &out) }
                let copular = !s.kids(i, "cop").isEmpty
                if s.rel(i).hasPrefix("obl") || copular, let p = s.preposition(i), let phrase = frames.phrases[p + " " + s.lemma(i)] ?? frames.phrases[p + " " + s.lower(i)] {
                    for frame in phrase { readPhrase(s, i, frame, into: &out) }
                }
            }
        }
    }

    /// The frames of verb `v`: with its particle or fixed object first ("take over").
    private func verbFrames(_ s: Sentence, _ v: Int) -> [Frame] {
        let lemma = s.lemma(v)
        // A particle may come parsed as advmod ("pulled out of").
        for k in s.children[v] where s.rel(k) == "advmod" && k == v + 1 {
            if let f = frames.verbs[lemma + " " + s.lower(k)] { return f }
        }
        for k in s.children[v] where s.rel(k) == "compound:prt" || s.rel(k) == "obj" || s.rel(k) == "obl" {
            if s.rel(k) == "obl" {
                // "call on X", "appeal to X": the preposition is part of the verb when it follows
                // the verb, adverbs aside ("called Peru on Monday" is a phone call, not "call on").
                if let c = s.children[k].first(where: { s.rel($0) == "case" }), c > v,
                   (v + 1..<c).allSatisfy({ s.parse.tags[$0] == "ADV" }),
                   let f = frames.verbs[lemma + " " + s.lower(c)] { return f }
                continue
            }
            let word = s.rel(k) == "obj" ? s.lemma(k) : s.lower(k)
            if let f = frames.verbs[lemma + " " + word] { return f }
            // "took over a third of X" with the particle parsed as the object's preposition.
            if s.rel(k) == "obj", let c = s.children[k].first(where: { s.rel($0) == "case" }), c == v + 1,
               let f = frames.verbs[lemma + " " + s.lower(c)] { return f }
        }
        return frames.verbs[lemma] ?? []
    }

    // MARK: Verbs

    private func readVerb(_ s: Sentence, _ v: Int, _ frame: Frame, into out: inout [RelationFinder.Found]) {
        var frame = frame
        // "attacked Peru's decision", "attacked the proclamation by X": force against words is criticism of their owner.
        if frame.predicate == .attacks, let o = s.kids(v, "obj").first ?? s.kids(v, "nsubj:pass").first, s.state.mentionAt[o] < 0,
           frames.cue("utterance", s.lemma(o)) || frames.cue("utterance", s.lower(o)) {
            frame = Frame(kind: .verb, lemma: frame.lemma, predicate: .criticizes, objects: [.obj], owner: true)
        }
        let passive = !s.kids(v, "nsubj:pass").isEmpty || !s.kids(v, "aux:pass").isEmpty
        var subjects: [Int] = []
        var objects: [Int] = []
        if frame.stative && (passive || s.rel(v) == "acl") {
            // "who are aligned with Iran", "militias allied with Iran": the participle's bearer holds the position.
            for a in s.kids(v, "nsubj:pass") {
                guard frames.cue("relative", s.lower(a)) else { subjects += actors(s, a, owner: false); continue }
                // The pronoun's antecedent: the noun the clause modifies, or the one right before it when the parser missed that.
                if s.rel(v) == "acl:relcl", s.head(v) >= 0 { subjects += actors(s, s.head(v), owner: false) }
                else if a > 0, ["NOUN", "PROPN"].contains(s.parse.tags[a - 1]) { subjects += actors(s, a - 1, owner: false) }
            }
            if s.rel(v) == "acl", s.head(v) >= 0 { subjects += actors(s, s.head(v), owner: false) }
            if subjects.isEmpty { subjects = subjectActors(s, v) }
            objects = objectActors(s, v, frame)
        } else if passive {
            for a in s.kids(v, "obl:agent") { subjects += actors(s, a, owner: false) }
            for a in s.kids(v, prefix: "obl") where s.preposition(a) == "by" { subjects += actors(s, a, owner: false) }
            for a in s.kids(v, "nsubj:pass") { objects += actors(s, a, owner: frame.owner) }
        } else {
            subjects = subjectActors(s, v)
            objects = objectActors(s, v, frame)
        }
        // "A and B signed the Andean accord": they back the agreement; their reciprocal reading is for "A and B signed".
        if frame.reciprocal, objects.isEmpty,
           s.kids(v, "obj").contains(where: { o in actors(s, o, owner: false).contains { s.state.mentions[$0].type == .agreement } }) { return }
        // "A and B signed a letter": putting names to one text is no cooperation.
        if frame.reciprocal, objects.isEmpty, s.kids(v, "obj").contains(where: { CueLexicon.messageNouns.contains(s.lemma($0)) || s.lemma($0) == "petition" }) { return }
        // "defeated Peru in the final", "beat Ruiz in the primary": a contest, not force.
        if frame.predicate == .attacks, ClauseReader.inContest(s.state.tokens, after: v) { return }
        // "asked why X did not act": a question, not a request.
        if frame.predicate == .requests, v + 1 < s.parse.count, ClauseReader.questionWords.contains(s.lower(v + 1)) { return }
        // "reopened on Sunday, joining two other hospitals": doing as others do, not membership.
        if frame.predicate == .memberOf, s.rel(v) == "advcl", s.lower(v).hasSuffix("ing") { return }
        // "The Andean Pact includes Chile": the object is the subject's member.
        if frame.reverse { swap(&subjects, &objects) }
        emit(s, v, frame, subjects: unique(subjects), objects: unique(objects), into: &out)
    }

    /// "called X a tyrant", "called Peru's plan a sham", "described X as reckless": a verdict
    /// on the object (or on the act the object owns), criticism when a word of it is scorn
    /// (cue class `scorn`), support when one is praise and none is scorn.
    private func readVerdict(_ s: Sentence, _ v: Int, into out: inout [RelationFinder.Found]) {
        // "calling it a sham": what "it" stands for is an act seldom named as an actor.
        guard let object = s.kids(v, "obj").first else { return }
        var objects: [Int]
        if ["it", "this", "that", "them"].contains(s.lower(object)) {
            // "commented on the Chilean-Peruvian accord, calling it void": an agreement named
            // before the verb in the same sentence; otherwise what "it" stands for is an act
            // seldom named as an actor ("calling it a sham").
            guard let agreement = s.state.mentions.indices.last(where: { s.state.mentions[$0].type == .agreement && s.state.mentions[$0].end <= v })
            else { return }
            objects = [agreement]
        } else {
            objects = unique(actors(s, object, owner: true))
        }
        var verdict = s.kids(v, "xcomp")
        for k in s.children[v] where s.rel(k).hasPrefix("obl") && s.preposition(k) == "as" { verdict.append(k) }
        // "called X a 'political maneuver'" may come parsed with the verdict as a second object.
        verdict += s.kids(v, "obj").dropFirst()
        guard !verdict.isEmpty else { return }
        var scorn = false, praise = false, invalid = false
        var queue = verdict
        var seen = 0
        while let w = queue.popLast(), seen < 24 {
            seen += 1
            if frames.cue("invalid", s.lemma(w)) || frames.cue("invalid", s.lower(w)) { invalid = true }
            if frames.cue("scorn", s.lemma(w)) || frames.cue("scorn", s.lower(w)) { scorn = true }
            if frames.cue("praise", s.lemma(w)) || frames.cue("praise", s.lower(w)) { praise = true }
            // "null and void", "a sham and a disgrace": a conjoined word is part of the verdict, a conjoined clause is not.
            queue += s.children[w].filter { k in
                !["acl:relcl", "advcl", "parataxis", "ccomp"].contains(s.rel(k)) && !(s.rel(k) == "conj" && s.isVerb(k))
            }
        }
        guard scorn || praise || invalid else { return }
        // Denying a thing's validity ("called the accord null and void") is a position against it.
        let predicate: Predicate = invalid ? .opposes : scorn ? .criticizes : .supports
        let frame = Frame(kind: .verb, lemma: s.lemma(v), predicate: predicate, objects: [.obj], owner: true)
        emit(s, v, frame, subjects: unique(subjectActors(s, v)), objects: objects, into: &out)
    }

    /// Words that open a question after "asked": "asked why X did not act" is no request.
    static let questionWords: Set<String> = ["why", "whether", "if", "how", "what", "when", "where", "who"]

    /// Contests one side wins without force ("defeated Peru in the final").
    static let contests: Set<String> = [
        "match", "game", "election", "vote", "primary", "race", "final", "tournament", "poll", "referendum", "contest",
        "runoff", "run-off", "ballot", "cup", "series", "championship", "caucus", "semifinal", "league", "debate",
    ]

    /// Whether "in/at/during the ... CONTEST" follows word `i` closely ("defeated Peru in the final").
    static func inContest(_ t: [Token], after i: Int) -> Bool {
        let end = min(t.count, i + 10)
        guard i + 1 < end else { return false }
        for k in (i + 1)..<end where contests.contains(t[k].lower) || (t[k].lower.hasSuffix("s") && contests.contains(String(t[k].lower.dropLast()))) {
            if (max(i + 1, k - 4)..<k).contains(where: { ["in", "at", "during"].contains(t[$0].lower) }) { return true }
        }
        return false
    }

    /// The actors that are the subject of verb `v`, inherited where the clause has none.
    private func subjectActors(_ s: Sentence, _ v: Int, depth: Int = 0) -> [Int] {
        guard depth < 4 else { return [] }
        // "after President Kato, urged X": a subject cut from its verb by a lone comma
        // belongs to a phrase before it.
        let nsubj = s.kids(v, "nsubj").filter { n in
            var end = n
            for k in s.children[n] where k > end && s.rel(k) != "punct" { end = k }
            // "the minister, Ana Ruiz, joined": a comma that closes an apposition the subject opened is its own.
            return !(end + 2 <= v && s.lower(end + 1) == "," && end + 2 == v
                && !s.children[n].contains { $0 > n && $0 < end && s.lower($0) == "," })
        }
        if let n = nsubj.first {
            if frames.cue("relative", s.lower(n)), s.rel(v) == "acl:relcl", s.head(v) >= 0 {
                return actors(s, s.head(v), owner: false)
            }
            return nsubj.flatMap { actors(s, $0, owner: false) }
        }
        let h = s.head(v)
        guard h >= 0 else { return [] }
        switch s.rel(v) {
        case "xcomp":
            if frames.cue("objectControl", s.lemma(h)), let o = s.kids(h, "obj").first ?? s.kids(h, "iobj").first { return actors(s, o, owner: false) }
            return s.isVerb(h) || s.parse.tags[h] == "ADJ" ? subjectActors(s, h, depth: depth + 1) : []
        case "advcl" where frames.cue("objectControl", s.lemma(h)) && s.kids(v, "mark").contains { s.lower($0) == "to" }:
            // "urged the coalition to strike X" parsed as an adverbial clause: still object control.
            if let o = s.kids(h, "obj").first ?? s.kids(h, "iobj").first { return actors(s, o, owner: false) }
            return s.isVerb(h) ? subjectActors(s, h, depth: depth + 1) : []
        case "advcl" where s.lower(v).hasSuffix("ing") && v > 0 && precedingNoun(s, v) != nil:
            // "the wildfires currently destroying X": a participle right after a common noun is that
            // noun's (a reduced relative the parser took for an adverbial clause), not the main subject's.
            return actors(s, precedingNoun(s, v)!, owner: false)
        case "advcl" where s.isVerb(h) && gerundDoer(s, v) != nil:
            return doers(s, gerundDoer(s, v)!)
        case "conj", "advcl":
            return s.isVerb(h) ? subjectActors(s, h, depth: depth + 1) : []
        case "acl:relcl":
            return actors(s, h, owner: false)
        case "acl":
            // "Chile's plan to back Peru": an intention's owner acts.
            if isIntention(s, h) {
                return s.children[h].filter { ["nmod:poss", "compound", "amod"].contains(s.rel($0)) }.flatMap { refer(s, $0, owner: false) }
            }
            // "forces loyal to X attacking Y": an active participle's subject is the noun.
            return s.parse.tags[v] == "VERB" && s.lower(v).hasSuffix("ing") ? actors(s, h, owner: false) : []
        default:
            return []
        }
    }

    /// Who does what a gerund of cause names: the object of the verb it hangs from
    /// ("sanctioned the airline for supporting X", "accused Peru of arming X"), or that
    /// verb's passive subject ("Peru was fined for arming X"); `nil` for other clauses.
    private func gerundDoer(_ s: Sentence, _ v: Int) -> Int? {
        guard s.lower(v).hasSuffix("ing"), s.kids(v, "mark").contains(where: { ["for", "of"].contains(s.lower($0)) }) else { return nil }
        let h = s.head(v)
        guard h >= 0 else { return nil }
        // "sanctioned the airline for supporting X" parsed with the clause under "airline".
        if s.rel(v) == "acl" {
            let g = s.head(h)
            return s.rel(h) == "obj" && g >= 0 && frames.cue("blame", s.lemma(g)) ? h : nil
        }
        guard frames.cue("blame", s.lemma(h)) else { return nil }
        return s.kids(h, "obj").first ?? s.kids(h, "nsubj:pass").first
    }

    /// The mentions a gerund's doer refers to; a pronoun is never the subject of the verb it
    /// is the object of ("Chile fined the firm, accusing it of ...": "it" is not Chile).
    private func doers(_ s: Sentence, _ doer: Int) -> [Int] {
        let found = coordinatedActors(s, doer)
        guard s.parse.tags[doer] == "PRON", s.head(doer) >= 0 else { return found }
        let subjects = Set(subjectActors(s, s.head(doer)).map { s.state.mentions[$0].actor })
        return found.filter { !subjects.contains(s.state.mentions[$0].actor) }
    }

    /// The mentions word `a` refers to, with those coordinated with it ("the US and its allies").
    private func coordinatedActors(_ s: Sentence, _ a: Int) -> [Int] {
        var words = [a] + s.kids(a, "conj")
        if s.rel(a) == "conj", s.head(a) >= 0 { words.append(s.head(a)) }
        return words.flatMap { actors(s, $0, owner: false) }
    }

    /// Drops the facts found by token position that name as their subject someone the tree
    /// shows is not the doer: the doer of "sanctioned the airline for supporting X" is the airline.
    func dropMisplacedDoers(_ found: inout [RelationFinder.Found], _ state: SentenceState, _ parse: ParsedSentence) {
        guard !found.isEmpty, parse.count == state.tokens.count else { return }
        let s = Sentence(state, parse)
        found.removeAll { misplacesDoer(s, $0) }
    }

    private func misplacesDoer(_ s: Sentence, _ f: RelationFinder.Found) -> Bool {
        guard f.first >= 0, f.last < s.parse.count, f.first <= f.last else { return false }
        var contradicted = false
        for k in f.first...f.last where s.parse.tags[k] == "VERB" && verbFrames(s, k).contains(where: { $0.predicate == f.predicate }) {
            let subjects: [Int]
            // "A and B signed the Andean accord": each backs the accord; signing one text is no cooperation.
            // "A and B signed an accord" made one between them, and they cooperate.
            if f.predicate.isSymmetric, s.kids(k, "obj").contains(where: { o in
                !s.kids(o, "det").contains { ["a", "an"].contains(s.lower($0)) }
                    && actors(s, o, owner: false).contains { s.state.mentions[$0].type == .agreement } }) {
                contradicted = true
                continue
            }
            if let doer = gerundDoer(s, k) {
                subjects = doers(s, doer)
            } else if !f.predicate.isSymmetric, case let words = ownSubjectWords(s, k), !words.isEmpty {
                subjects = words.flatMap { actors(s, $0, owner: false) }
                // "wildfires destroying the forest": a common noun that is no actor does it.
                // "missiles targeting X", "troops attacking X": the instrument's owner may be named elsewhere.
                // "saying the world should support him": a speaker's call on everyone is the speaker's stance.
                if subjects.isEmpty && words.contains(where: { s.parse.tags[$0] != "NOUN" || CueLexicon.governmentNouns.contains(s.lower($0))
                    || ClauseReader.everyone.contains(s.lemma($0)) }) { continue }
            } else {
                continue
            }
            if subjects.contains(where: { s.state.mentions[$0].actor == f.subject }) { return false }
            contradicted = true
        }
        return contradicted
    }

    /// Nouns for everyone or all states, whom a speaker calls on to do what the speaker wants.
    static let everyone: Set<String> = ["world", "community", "country", "nation", "everyone", "everybody", "people", "other", "government"]

    /// The words the tree gives active verb `v` as its own subject: its nsubj, or the noun a
    /// participle follows ("wildfires currently destroying"); none for passives and subjects
    /// inherited from other clauses.
    private func ownSubjectWords(_ s: Sentence, _ v: Int) -> [Int] {
        if !s.kids(v, "nsubj:pass").isEmpty || !s.kids(v, "aux:pass").isEmpty { return [] }
        let nsubj = s.kids(v, "nsubj")
        if !nsubj.isEmpty {
            return nsubj.contains(where: { frames.cue("relative", s.lower($0)) }) ? [] : nsubj
        }
        if s.rel(v) == "advcl" || s.rel(v) == "acl", s.lower(v).hasSuffix("ing"), v > 0, let n = precedingNoun(s, v) { return [n] }
        return []
    }

    /// The noun right before word `v`, adverbs aside ("wildfires currently destroying"), or `nil`.
    private func precedingNoun(_ s: Sentence, _ v: Int) -> Int? {
        var p = v - 1
        while p > 0, s.parse.tags[p] == "ADV" { p -= 1 }
        return s.parse.tags[p] == "NOUN" && s.state.mentionAt[p] < 0 ? p : nil
    }

    private func objectActors(_ s: Sentence, _ v: Int, _ frame: Frame) -> [Int] {
        for slot in frame.objects {
            var found: [Int] = []
            switch slot {
            case .obj:
                for o in s.kids(v, "obj") { found += actors(s, o, owner: frame.owner) }
            case .iobj:
                guard frame.predicate != .aids || givesMaterial(s, v) else { continue }
                for o in s.kids(v, "iobj") { found += actors(s, o, owner: false) }
            case .ccomp:
                // "demanded that Peru withdraw": the clause's subject is asked; "said that" is no request.
                for c in s.kids(v, "ccomp") where s.isVerb(c) {
                    for n in s.kids(c, "nsubj") { found += actors(s, n, owner: false) }
                }
            case .prep(let p):
                guard frame.predicate != .aids || givesMaterial(s, v) else { continue }
                for o in s.children[v] where s.rel(o).hasPrefix("obl") && s.rel(o) != "obl:agent" && s.preposition(o) == p {
                    found += actors(s, o, owner: frame.owner)
                }
                // "pulled out of X" with the phrase hung on the particle.
                for k in s.children[v] where s.rel(k) == "advmod" || s.rel(k) == "compound:prt" {
                    for o in s.children[k] where s.rel(o).hasPrefix("obl") && s.preposition(o) == p { found += actors(s, o, owner: frame.owner) }
                }
                // "X spoke with Y" parsed with the phrase under the object noun.
                for o in s.kids(v, "obj") {
                    for n in s.kids(o, prefix: "nmod") where s.preposition(n) == p { found += actors(s, n, owner: false) }
                }
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// "sent troops to X" is aid; "sent a letter to X" is not.
    private func givesMaterial(_ s: Sentence, _ v: Int) -> Bool {
        s.kids(v, "obj").contains { frames.cue("material", s.lemma($0)) || frames.cue("material", s.lower($0)) }
    }

    // MARK: Nouns

    private func readNoun(_ s: Sentence, _ n: Int, _ frame: Frame, into out: inout [RelationFinder.Found]) {
        // Its owner: "Russia's support", "Russian support", "support from Russia", "criticism by X".
        var subjects: [Int] = []
        var victims: [Int] = []
        let victimOwned = frame.victim && !s.children[n].contains { s.rel($0).hasPrefix("nmod") && s.preposition($0) == "of" }
        for k in s.children[n] {
            let r = s.rel(k)
            if victimOwned && r == "nmod:poss" { victims += actors(s, k, owner: false); continue }
            // "Moscow talks", "a UN visit": a compound names the place, not the party.
            // A "compound" with a preposition of its own is a misparsed phrase ("according to X, supportive of Y").
            if r == "nmod:poss" || r == "amod" || (r == "compound" && frame.predicate != .meetsWith && s.preposition(k) == nil) {
                subjects += actors(s, k, owner: false)
            }
            if r.hasPrefix("nmod"), let p = s.preposition(k), p == "by" || p == "from" { subjects += actors(s, k, owner: false) }
        }
        // "Chile is a member of NATO": the copula's subject; "Chile, a member of NATO, ...": the noun it is apposed to.
        if subjects.isEmpty {
            if !s.kids(n, "cop").isEmpty {
                for k in s.kids(n, "nsubj") { subjects += actors(s, k, owner: false) }
            } else if s.rel(n) == "appos", s.head(n) >= 0 {
                subjects += actors(s, s.head(n), owner: false)
            }
        }
        if frame.victim, subjects.isEmpty {
            for k in agentPhrases(s, n) { subjects += actors(s, k, owner: false) }
        }
        // "claimed responsibility for the attack on X", "accepted responsibility for X's murder": who takes it did it.
        if subjects.isEmpty, isViolence(s, n), s.rel(n).hasPrefix("nmod"), s.preposition(n) == "for" {
            let r = s.head(n)
            if r >= 0, s.lemma(r) == "responsibility", s.rel(r) == "obj", s.head(r) >= 0,
               ["claim", "accept", "take", "admit", "bear", "assume"].contains(s.lemma(s.head(r))) {
                subjects = subjectActors(s, s.head(r))
            }
        }
        var objects: [Int] = victims
        var between: [Int] = []
        // An adjective's phrase is an obl: "supportive of Peru".
        let adjective = s.parse.tags[n] == "ADJ"
        for slot in frame.objects {
            guard case .prep(let p) = slot else { continue }
            for k in s.children[n] where (s.rel(k).hasPrefix("nmod") || (adjective && s.rel(k).hasPrefix("obl"))) && s.preposition(k) == p {
                if p == "between" { between += actors(s, k, owner: false) } else { objects += actors(s, k, owner: frame.owner) }
            }
            if !objects.isEmpty { break }
        }
        // "ordered Ruiz's killing", "carried out the attack": the verb's subject acts.
        // The noun as the object of a verb: "X held talks with Y", "X voiced support for Y".
        let h = s.head(n)
        if h >= 0 && s.isVerb(h) && (s.rel(n) == "obj" || s.rel(n) == "nsubj:pass") {
            // "ordered Ruiz's killing" is a killing by whoever ordered it; "condemned the killing" is not.
            if subjects.isEmpty && s.rel(n) == "obj" && (!isViolence(s, n) || frames.cue("perpetrate", s.lemma(h))) {
                subjects = subjectActors(s, h)
            }
            if objects.isEmpty {
                for slot in frame.objects {
                    guard case .prep(let p) = slot else { continue }
                    for k in s.children[h] where s.rel(k).hasPrefix("obl") && s.preposition(k) == p {
                        if p == "between" { between += actors(s, k, owner: false) } else { objects += actors(s, k, owner: frame.owner) }
                    }
                    if !objects.isEmpty { break }
                }
            }
        }
        if !between.isEmpty {
            emit(s, n, frame, subjects: unique(between), objects: [], into: &out)
        } else {
            emit(s, n, frame, subjects: unique(subjects), objects: unique(objects), into: &out)
        }
    }

    // MARK: Facts

    private func emit(_ s: Sentence, _ word: Int, _ frame: Frame, subjects: [Int], objects: [Int], into out: inout [RelationFinder.Found]) {
        if isFramed(s, word) { return }
        let (negated, modality) = polarity(s, word)
        let mentions = s.state.mentions
        func add(_ a: Int, _ b: Int) {
            let x = mentions[a], y = mentions[b]
            guard x.actor != y.actor else { return }
            if let t = frame.subjectType, x.type != t { return }
            if let t = frame.objectType, y.type != t { return }
            if frame.predicate == .brokers && y.type != .agreement { return }
            if frame.predicate == .memberOf && y.type != .organization && y.type != .group { return }
            if frame.predicate == .occupies && y.type != .place && y.type != .country { return }
            // "attacked his rival for the vote", "defeated him in the election": words, not force.
            if frame.predicate == .attacks && x.type == .person && y.type == .person
                && !["kill", "shoot", "assassinate", "murder", "execute", "poison"].contains(s.lemma(word)) { return }
            // A visit or a meeting is with an actor named as such, not with its troops.
            if frame.predicate == .meetsWith && y.kind == .adjective { return }
            if frame.predicate != .brokers && frame.objectType == nil && y.type == .agreement
                && frame.predicate != .supports && frame.predicate != .opposes && frame.predicate != .criticizes { return }
            let first = min(x.first, y.first, word), last = max(x.end - 1, y.end - 1, word)
            out.append(RelationFinder.Found(subject: x.actor, predicate: frame.predicate, object: y.actor, negated: negated,
                                            modality: modality, confidence: 0.8, first: first, last: last))
        }
        if objects.isEmpty {
            guard frame.reciprocal, subjects.count >= 2 else { return }
            for i in 0..<subjects.count { for j in (i + 1)..<subjects.count { add(subjects[i], subjects[j]) } }
            return
        }
        for a in subjects { for b in objects { add(a, b) } }
    }

    /// The "by" phrases of a noun, including one the parser hung on its of-phrase
    /// ("the killing of X by Y" with "by Y" under X).
    private func agentPhrases(_ s: Sentence, _ n: Int) -> [Int] {
        var out: [Int] = []
        for k in s.children[n] where s.rel(k).hasPrefix("nmod") {
            if s.preposition(k) == "by" { out.append(k) }
            if s.preposition(k) == "of" {
                for g in s.children[k] where s.rel(g).hasPrefix("nmod") && s.preposition(g) == "by" { out.append(g) }
            }
        }
        return out
    }

    /// A noun of violence whose owner may be its victim: "killing", "murder".
    private func isViolence(_ s: Sentence, _ n: Int) -> Bool {
        (frames.nouns[s.lemma(n)] ?? frames.nouns[s.lower(n)] ?? []).contains { $0.victim }
    }

    // MARK: Phrases

    /// "X patrols in cooperation with Y", "X returned at the request of Y": the phrase
    /// relates its argument to the subject of the clause it modifies.
    private func readPhrase(_ s: Sentence, _ n: Int, _ frame: Frame, into out: inout [RelationFinder.Found]) {
        // "Chile is under EU sanctions": the phrase is the clause, its subject the noun's own.
        let copular = !s.kids(n, "cop").isEmpty
        let h = copular ? n : s.head(n)
        guard h >= 0 else { return }
        var arguments: [Int] = []
        for slot in frame.objects {
            guard case .prep(let p) = slot else { continue }
            for k in s.children[n] {
                let r = s.rel(k)
                let owns = r == "nmod:poss" || r == "compound" || r == "amod" || (r.hasPrefix("nmod") && s.preposition(k) == "by")
                if p == "owner" ? owns : p == "poss" ? r == "nmod:poss" : (r.hasPrefix("nmod") && s.preposition(k) == p) {
                    arguments += actors(s, k, owner: false)
                }
            }
            if !arguments.isEmpty { break }
        }
        // "came under fire from Chile": the phrase's own preposition hung on the verb.
        if arguments.isEmpty, !copular {
            for slot in frame.objects {
                guard case .prep(let p) = slot, p != "owner", p != "poss" else { continue }
                for k in s.children[h] where k != n && s.rel(k).hasPrefix("obl") && s.preposition(k) == p { arguments += actors(s, k, owner: false) }
                if !arguments.isEmpty { break }
            }
        }
        guard !arguments.isEmpty else { return }
        let passive = !s.kids(h, "nsubj:pass").isEmpty
        let subjects = passive ? s.kids(h, "nsubj:pass").flatMap { actors(s, $0, owner: false) } : subjectActors(s, h)
        if frame.reverse {
            emit(s, n, frame, subjects: unique(arguments), objects: unique(subjects), into: &out)
        } else {
            emit(s, n, frame, subjects: unique(subjects), objects: unique(arguments), into: &out)
        }
    }

    /// A noun of intention whose clause says what is intended: "plan", "threat", "refusal".
    private func isIntention(_ s: Sentence, _ n: Int) -> Bool {
        s.parse.tags[n] == "NOUN" && (frames.cue("planned", s.lemma(n)) || frames.cue("possible", s.lemma(n)) || frames.cue("negating", s.lemma(n)))
    }

    /// Whether a verb of charge or threat governs the word: "threatened to strike X"
    /// states a threat, "accused X of backing Y" a charge, neither the act.
    private func isFramed(_ s: Sentence, _ word: Int) -> Bool {
        var w = word
        // "threatened to impose sanctions on X": a noun's clause is its verb's.
        if !s.isVerb(w), ["obj", "nsubj:pass"].contains(s.rel(w)) || s.rel(w).hasPrefix("obl"), s.head(w) >= 0, s.isVerb(s.head(w)) { w = s.head(w) }
        for _ in 0..<5 {
            let r = s.rel(w)
            // "accused X of backing and supplying Y": a conjunct shares its clause's frame.
            guard r == "xcomp" || r == "advcl" || r == "ccomp" || r == "acl" || r == "conj", s.head(w) >= 0 else { return false }
            w = s.head(w)
            if frames.cue("framing", s.lemma(w)) { return true }
        }
        return false
    }

    /// Whether the word is negated, and how firmly the text commits to it.
    private func polarity(_ s: Sentence, _ word: Int) -> (Bool, Modality) {
        var negated = false
        var modality = Modality.asserted
        var w = word
        var steps = 0
        while w >= 0 && steps < 5 {
            for k in s.children[w] {
                let r = s.rel(k)
                if (r == "advmod" || r == "det" || r == "cc:preconj") && frames.cue("negator", s.lower(k)) { negated.toggle() }
                if r == "aux" {
                    if frames.cue("plannedAux", s.lower(k)) || frames.cue("plannedAux", s.lemma(k)) { if modality == .asserted { modality = .planned } }
                    else if frames.cue("possibleAux", s.lower(k)) { modality = .possible }
                }
                if r == "mark" && s.lower(k) == "if" { modality = .possible }
            }
            if w != word {
                var lemma = s.lemma(w)
                if let prt = s.kids(w, "compound:prt").first { lemma += "_" + s.lower(prt) }
                if frames.cue("negating", lemma) || frames.cue("negating", s.lemma(w)) {
                    // "has not ruled out joining": a negated denial leaves it possible.
                    let denied = s.children[w].contains { s.rel($0) == "advmod" && frames.cue("negator", s.lower($0)) }
                    if denied { negated.toggle(); modality = .possible } else { negated.toggle() }
                }
                if frames.cue("possible", s.lemma(w)) { modality = .possible }
                else if frames.cue("planned", s.lemma(w)) && modality == .asserted { modality = .planned }
            }
            // Climb only through the verbs that govern this one ("refused to", "plans to", "ruled out sending troops to fight").
            let r = s.rel(w)
            // "backed away from its support for X": a noun left behind is negated by the verb it is left by.
            let leftFrom = r == "obl" && w == word && !s.isVerb(w) && s.preposition(w) == "from"
            guard r == "xcomp" || r == "advcl" || (r == "obj" && w == word) || (r == "nsubj:pass" && w == word) || leftFrom
                    || (r == "acl" && s.head(w) >= 0 && isIntention(s, s.head(w))) else { break }
            w = s.head(w)
            steps += 1
        }
        return (negated, modality)
    }

    // MARK: Arguments

    /// The mentions an argument word refers to, with the members of its coordination.
    private func actors(_ s: Sentence, _ a: Int, owner: Bool) -> [Int] {
        var out: [Int] = []
        var queue = [a]
        var seen = Set<Int>()
        while let t = queue.popLast(), seen.insert(t).inserted, seen.count < 16 {
            out += refer(s, t, owner: owner)
            for c in s.children[t] where s.rel(c) == "conj" && !startsClause(s, after: t, c) { queue.append(c) }
            queue += peopleJoinedInside(s, t)
        }
        return out
    }

    /// "Presidents A of Chile and B of Peru signed": the parser may hang B on the last
    /// word of the first person's mention ("Chile") rather than on its head; a person
    /// joined to any word inside a person's mention is in the list too.
    private func peopleJoinedInside(_ s: Sentence, _ t: Int) -> [Int] {
        let m = s.state.mentionAt[t]
        guard m >= 0, s.state.mentions[m].type == .person else { return [] }
        let mention = s.state.mentions[m]
        var out: [Int] = []
        for k in mention.first..<min(mention.end, s.parse.count) where k != t {
            for c in s.children[k] where s.rel(c) == "conj" && (c < mention.first || c >= mention.end) {
                let mc = s.state.mentionAt[c]
                if mc >= 0, s.state.mentions[mc].type == .person { out.append(c) }
            }
        }
        return out
    }

    /// Nouns of a war or crisis, named after where it happens, not after who fights it.
    static let warNouns: Set<String> = ["war", "conflict", "crisis", "civil war", "uprising", "insurgency"]

    /// The mentions one word refers to; a plural reference ("they", "the talks") is all it stands for.
    private func refer(_ s: Sentence, _ t: Int, owner: Bool) -> [Int] {
        let found = referOne(s, t, owner: owner)
        guard found.contains(where: { s.state.mentions[$0].plural }) else { return found }
        var out: [Int] = []
        for m in found {
            let mention = s.state.mentions[m]
            if mention.plural {
                out += s.state.mentions.indices.filter { s.state.mentions[$0].plural && s.state.mentions[$0].first == mention.first }
            } else {
                out.append(m)
            }
        }
        return out
    }

    private func referOne(_ s: Sentence, _ t: Int, owner: Bool) -> [Int] {
        let m = s.state.mentionAt[t]
        if m >= 0 { return [m] }
        // "Russian forces", "Syria's government", "the government of Syria".
        let proxy = frames.cue("proxy", s.lemma(t)) || frames.cue("proxy", s.lower(t))
        for c in s.children[t] {
            let r = s.rel(c)
            let mc = s.state.mentionAt[c]
            guard mc >= 0 else { continue }
            // "the Iraq War", "the Syria conflict": the place of a war is no party to it.
            if r == "compound", ClauseReader.warNouns.contains(s.lemma(t).lowercased()) { continue }
            if r == "flat" || (r == "compound" && (proxy || s.parse.tags[t] == "PROPN")) { return [mc] }
            if proxy && (r == "amod" || r == "nmod:poss" || (r.hasPrefix("nmod") && s.preposition(c) == "of")) { return [mc] }
            // "took over a third of the country", "seized parts of Syria", "Syrian territory": a part is its whole's.
            if frames.cue("part", s.lemma(t)) || frames.cue("part", s.lower(t)),
               r == "amod" || r == "nmod:poss" || (r.hasPrefix("nmod") && s.preposition(c) == "of") { return [mc] }
            if owner && isViolence(s, t) {
                // "condemned the killing of X by Y" is aimed at Y; "condemned X's killing" at no one named.
                let hasOf = s.children[t].contains { s.rel($0).hasPrefix("nmod") && s.preposition($0) == "of" }
                if r == "nmod:poss" && hasOf { return [mc] }
                continue
            }
            // "X's decision", "the decision of X", "the move by X"; not "the nationalization of X", whose X undergoes it.
            if owner && (r == "nmod:poss" || (r.hasPrefix("nmod") && (s.preposition(c) == "by"
                || (s.preposition(c) == "of" && (frames.cue("act", s.lemma(t)) || frames.cue("act", s.lower(t))))))) { return [mc] }
            // "called for G7 action", "condemned the Kremlin decision": a name before the act owns it.
            if owner && r == "compound" && s.parse.tags[t] == "NOUN" && frames.cue("act", s.lemma(t)) { return [mc] }
        }
        if owner && isViolence(s, t) {
            let agents = agentPhrases(s, t).flatMap { actors(s, $0, owner: false) }
            if !agents.isEmpty { return agents }
        }
        // "allies such as Germany", "nations including Chile": the named members.
        for c in s.children[t] where s.rel(c).hasPrefix("nmod") || s.rel(c) == "obl" {
            let p = s.preposition(c) ?? ""
            if p == "including" || p == "like" || p == "such" || (p == "as" && s.children[c].contains { s.lower($0) == "such" }) {
                let named = actors(s, c, owner: false)
                if !named.isEmpty { return named }
            }
        }
        // "the country's president, Ruiz": an apposition names the same actor.
        for c in s.children[t] where s.rel(c) == "appos" {
            let mc = s.state.mentionAt[c]
            if mc >= 0 { return [mc] }
        }
        return []
    }

    /// "defeated X and Peru would move in": a conjunct followed by a verb other than
    /// the one the whole list depends on ("France and Germany condemned") starts a clause.
    private func startsClause(_ s: Sentence, after first: Int, _ c: Int) -> Bool {
        var end = c
        for k in s.children[c] where (s.rel(k) == "flat" || s.rel(k) == "compound") && k > end { end = k }
        let next = end + 1
        guard next < s.parse.count, s.parse.tags[next] == "AUX" || s.parse.tags[next] == "VERB" else { return false }
        let verb = s.parse.tags[next] == "AUX" && s.head(next) >= 0 ? s.head(next) : next
        return verb != s.head(first)
    }

    private func unique(_ xs: [Int]) -> [Int] {
        var seen = Set<Int>()
        return xs.filter { seen.insert($0).inserted }
    }
}
