import Language

/// Agreements, treaties and joint projects named in the text become Agreement actors:
/// "the Andean Free Trade Area (AFTA) agreement", "the Chilean-Peruvian border
/// treaty", "the SouthLink pipeline". A name needs a capitalised word or two
/// modifiers from a closed list before its head noun ("the maritime border
/// agreement"); later "the agreement", "the border agreement" or "the SouthLink
/// project" refer back to the last agreement whose name they fit.
extension MentionFinder {
    /// Head nouns that name an agreement or a joint project.
    static let agreementHeads: Set<String> = [
        "agreement", "agreements", "deal", "treaty", "accord", "accords", "pact", "memorandum", "memoranda",
        "convention", "protocol", "pipeline", "project", "initiative", "charter",
    ]
    /// Heads that name an agreement only after a capitalised name ("the SouthLink pipeline", not "a gas pipeline").
    static let namedOnlyHeads: Set<String> = ["pipeline", "project", "initiative", "charter", "convention", "protocol"]

    /// Lower-case words that may stand in an agreement's name.
    static let agreementModifiers: Set<String> = [
        "trade", "free", "border", "maritime", "nuclear", "peace", "security", "military", "cooperation", "defence",
        "defense", "gas", "energy", "arms", "ceasefire", "cease-fire", "climate", "economic", "bilateral", "trilateral",
        "naval", "oil", "grain", "nonproliferation", "non-proliferation", "extradition", "transit", "investment",
        "partnership", "continental", "association", "withdrawal", "normalization", "normalisation", "framework",
        "demarcation", "boundary", "fishing", "water", "migration", "refugee", "sea", "air", "land",
    ]
    /// Words that end an agreement's name on the left.
    static let articles: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that", "these", "those", "no", "any",
        "some", "such", "every", "each",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// An agreement named at `i`: the mention's end, or nil.
    func agreementName(at i: Int, _ t: [Token], _ s: inout SentenceState, _ doc: inout DocumentContext, _ text: CleanText) -> Int? {
        let n = t.count
        let first = t[i].lower
        // "the agreement", "the deal": the last agreement named, when it is recent.
        if first == "the" || first == "this" || first == "that", i + 1 < n, MentionFinder.agreementHeads.contains(t[i + 1].lower),
           !MentionFinder.namedOnlyHeads.contains(t[i + 1].lower) || doc.lastAgreement.map({ doc.actors[$0.actor].label.lowercased().hasSuffix(t[i + 1].lower) }) == true,
           let last = doc.lastAgreement, s.index - last.sentence <= 6,
           !(i + 2 < n && ["on", "to", "with", "between", "for", "of"].contains(t[i + 2].lower)) {
            append(&s, Mention(first: i, end: i + 2, actor: last.actor, kind: .description), doc)
            doc.lastAgreement = (last.actor, s.index)
            return i + 2
        }
        guard !MentionFinder.articles.contains(first) else { return nil }
        // "the memoranda of understanding between Chile and Peru": the Chile-Peru memorandum of understanding.
        if MentionFinder.agreementHeads.contains(first), !MentionFinder.namedOnlyHeads.contains(first) {
            var end = i + 1
            if first.hasPrefix("memorand"), end + 1 < n, t[end].lower == "of", t[end + 1].lower == "understanding" { end += 2 }
            guard let (a, b) = parties(after: end, t, n) else { return nil }
            let noun = first == "memoranda" ? "memorandum" : first == "agreements" ? "agreement" : first == "accords" ? "accord" : first
            let label = "\(lexicon.actors[a].label)-\(lexicon.actors[b].label) \(noun)\(end > i + 1 ? " of understanding" : "")"
            let actor = doc.agreement(label: label, firstName: nil)
            append(&s, Mention(first: i, end: end, actor: actor, kind: .name), doc)
            doc.lastAgreement = (actor, s.index)
            return end
        }
        var k = i
        var named = 0, modifiers = 0
        var acronym: Int? = nil
        var paren = -1
        while k < n, k < i + 9 {
            let tok = t[k]
            let w = tok.lower
            if MentionFinder.agreementHeads.contains(w), k > i { break }
            if w == "(", k + 2 < n, t[k + 2].lower == ")", t[k + 1].isWord, capitals(t[k + 1], text) >= 2 {
                acronym = k + 1
                paren = k
                k += 3
                continue
            }
            guard tok.isWord else { return nil }
            if tok.isCapitalized || tok.isAllCaps {
                // Sentence-initial words and titles are no names; a determiner ends the phrase.
                if k == 0 && !tok.isAllCaps && CueLexicon.nameStopWords.contains(w) { return nil }
                if MentionFinder.articles.contains(w) { return nil }
                named += 1
            } else if MentionFinder.agreementModifiers.contains(w) {
                modifiers += 1
            } else if w.first.map({ $0.isNumber }) == true, k > i, MentionFinder.months.contains(t[k - 1].lower) {
                // "the November 27 agreement"
            } else {
                return nil
            }
            k += 1
        }
        guard k < n, k > i, MentionFinder.agreementHeads.contains(t[k].lower) else { return nil }
        // Agreements the lexicon knows ("the Minsk agreement") are its own; asked only once a head is found.
        if let known = lexicon.match(t, i, limit: n), lexicon.actors[known.actor].type == .agreement { return nil }
        let head = t[k].lower
        if MentionFinder.namedOnlyHeads.contains(head) && named == 0 { return nil }
        var end = k + 1
        if head.hasPrefix("memorand"), end + 1 < n, t[end].lower == "of", t[end + 1].lower == "understanding" { end += 2 }
        // "the Andean Free Trade Area (AFTA) agreement" is the Andean Free Trade Area.
        let labelEnd = paren > i ? paren : end
        let label = String(String.UnicodeScalarView(text.scalars[Int(t[i].start)..<Int(t[labelEnd - 1].end)]))
        let actor: Int
        if named > 0 || modifiers >= 2 {
            actor = doc.agreement(label: label, firstName: named > 0 ? t[i].lower : nil)
        } else if let last = doc.lastAgreement, doc.actors[last.actor].label.lowercased().hasSuffix(label.lowercased()) {
            // "the border agreement" after "the Chilean-Peruvian border agreement".
            actor = last.actor
        } else {
            return nil
        }
        if let acronym { doc.acronyms[t[acronym].lower] = actor }
        append(&s, Mention(first: i, end: end, actor: actor, kind: .name), doc)
        doc.lastAgreement = (actor, s.index)
        return end
    }

    /// The two states of "between A and B" at `k`.
    private func parties(after k: Int, _ t: [Token], _ n: Int) -> (Int, Int)? {
        guard k + 3 < n, t[k].lower == "between", let a = lexicon.match(t, k + 1, limit: n), a.role == .name,
              lexicon.actors[a.actor].type == .country else { return nil }
        let and = k + 1 + a.tokens.count
        guard and + 1 < n, t[and].lower == "and", let b = lexicon.match(t, and + 1, limit: n), b.role == .name,
              lexicon.actors[b.actor].type == .country, b.actor != a.actor else { return nil }
        return (a.actor, b.actor)
    }

    /// How many capital letters a token has ("AfCFTA": 5).
    func capitals(_ tok: Token, _ text: CleanText) -> Int {
        var count = 0
        for k in Int(tok.start)..<Int(tok.end) where text.scalars[k].properties.isUppercase { count += 1 }
        return count
    }
}

extension DocumentContext {
    /// The agreement actor with this name: the one already named with the same first
    /// name word ("SouthLink pipeline", "SouthLink project"), else a new one.
    mutating func agreement(label: String, firstName: String?) -> Int {
        if let firstName, let known = agreementsByName[firstName] { return known }
        // "the maritime border agreement", then "the Chilean-Peruvian maritime border agreement": one, with the longer name.
        let lower = label.lowercased()
        for (k, known) in actors.enumerated() where known.type == .agreement && lexiconActor.values.contains(k) == false {
            let other = known.label.lowercased()
            if lower.hasSuffix(" " + other) {
                actors[k].label = label
                actors[k].id = Actor.slug(label)
                if let firstName { agreementsByName[firstName] = k }
                return k
            }
            if other.hasSuffix(" " + lower) { return k }
        }
        let a = actor(label: label, type: .agreement)
        if let firstName, actors[a].type == .agreement { agreementsByName[firstName] = a }
        return a
    }
}
