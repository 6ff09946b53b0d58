import Language

/// Affiliations read off the tree: a person and a title noun joined by apposition
/// ("Ana Ruiz, the chief executive of Petroperu"; "Petroperu's director, Ana Ruiz"),
/// by a copula ("Ruiz was the deputy commander of the Andean Guard", "Ruiz, who is a
/// columnist for El Diario") or as the title before the name ("Andean Guard commander
/// Ana Ruiz"), with the body the title's owner names: its possessor, its compound or
/// adjective, or its "of", "for" or "at" phrase.
///
/// `MentionFinder` reads the titles it knows by position; this reader finds what sits
/// apart from the name, and the extractor keeps a position reading of the same person.
extension ClauseReader {
    struct Affiliation: Equatable {
        var person: Int
        var org: Int
        var leads: Bool
    }

    /// Last words of titles that place a person in a body, beside those of `CueLexicon`'s titles.
    static let titleNouns: Set<String> = {
        var words: Set<String> = ["constable", "columnist", "correspondent", "editor", "reporter", "journalist", "rapporteur",
                                  "researcher", "professor", "analyst", "economist", "officer", "employee", "staffer",
                                  "founder", "co-founder", "cofounder", "governor", "mayor", "executive"]
        for title in CueLexicon.leaderTitles + CueLexicon.memberTitles {
            if let last = title.split(separator: " ").last { words.insert(String(last)) }
        }
        // Words that name a role in an event as often as an office.
        words.subtract(["speaker", "counterpart", "delegate", "representative", "member", "deputy", "chair", "head", "general"])
        return words
    }()

    /// Modifiers that make a leader's title a lesser office.
    static let lesserModifiers: Set<String> = ["deputy", "vice", "assistant", "associate", "under", "junior", "senior"]

    func readAffiliations(_ state: SentenceState, _ parse: ParsedSentence) -> [Affiliation] {
        guard parse.count == state.tokens.count, state.mentions.count >= 2 else { return [] }
        let s = Sentence(state, parse)
        var out: [Affiliation] = []
        for n in 0..<parse.count where ["NOUN", "PROPN"].contains(parse.tags[n]) && state.mentionAt[n] < 0 {
            guard let leads = titleLeads(s, n) else { continue }
            let people = bearers(s, n)
            if people.isEmpty { continue }
            for o in bodies(s, n, leads: leads) {
                for p in people where state.mentions[p].actor != state.mentions[o].actor {
                    let a = Affiliation(person: state.mentions[p].actor, org: state.mentions[o].actor, leads: leads)
                    if !out.contains(a) { out.append(a) }
                }
            }
        }
        return out
    }

    /// Whether title noun `n` leads what it names (`nil` when `n` is no title, or a former one).
    private func titleLeads(_ s: Sentence, _ n: Int) -> Bool? {
        let head = s.lower(n)
        guard ClauseReader.titleNouns.contains(head) || (head == "head" || head == "member") && hasOfPhrase(s, n) else { return nil }
        var words = [head]
        var k = n - 1
        while k >= 0, s.head(k) == n, ["compound", "amod"].contains(s.rel(k)), s.state.mentionAt[k] < 0 {
            words.insert(s.lower(k), at: 0)
            k -= 1
        }
        // "the former Peruvian foreign minister": a modifier anywhere before the title ends the office.
        if s.children[n].contains(where: { $0 < n && ["former", "ex", "late", "then"].contains(s.lower($0)) }) { return nil }
        if words.contains(where: { ClauseReader.lesserModifiers.contains($0) }) { return false }
        let phrase = words.joined(separator: " ")
        for title in CueLexicon.leaderTitles where phrase == title || phrase.hasSuffix(" " + title) {
            // "chief negotiator" is no chief; "trade chief" is.
            if title == "chief" && words.count > 1 && head != "chief" { continue }
            return head != "executive" || words.contains("chief")
        }
        return head == "constable" && words.contains("chief")
    }

    private func hasOfPhrase(_ s: Sentence, _ n: Int) -> Bool {
        s.kids(n, prefix: "nmod").contains { s.preposition($0) == "of" }
    }

    /// The person mentions that bear title noun `n`.
    private func bearers(_ s: Sentence, _ n: Int) -> [Int] {
        var words: [Int] = []
        let h = s.head(n)
        if h >= 0, ["appos", "nmod:desc", "compound", "flat"].contains(s.rel(n)) { words.append(h) }
        words += s.kids(n, "appos")
        if !s.kids(n, "cop").isEmpty {
            for subject in s.kids(n, "nsubj") {
                // "Ruiz, who is the minister": the relative pronoun's antecedent.
                if frames.cue("relative", s.lower(subject)) { if s.rel(n) == "acl:relcl" && h >= 0 { words.append(h) } }
                else { words.append(subject) }
            }
        }
        var out: [Int] = []
        for w in words {
            let m = s.state.mentionAt[w]
            if m >= 0, s.state.mentions[m].type == .person, s.state.mentions[m].kind == .name, !out.contains(m) { out.append(m) }
        }
        return out
    }

    /// The bodies title noun `n` names: its owner, its name-like modifiers, its of/for/at phrase.
    private func bodies(_ s: Sentence, _ n: Int, leads: Bool) -> [Int] {
        var out: [Int] = []
        for k in s.children[n] {
            let r = s.rel(k)
            let phrase = r.hasPrefix("nmod") && r != "nmod:poss" ? s.preposition(k) : nil
            guard r == "nmod:poss" || r == "compound" || r == "amod" || ["of", "for", "at"].contains(phrase ?? "") else { continue }
            var words = [k]
            if phrase != nil { words += s.kids(k, "conj") }
            for w in words {
                let m = s.state.mentionAt[w]
                guard m >= 0 else { continue }
                let mention = s.state.mentions[m]
                // "the mayor of Lima", "the chief executive of Hong Kong" lead a place; no one is a member of one.
                guard [.organization, .group, .country].contains(mention.type) || leads && mention.type == .place && phrase == "of" else { continue }
                // "a professor at Lima": a place is where one works, not a body one serves.
                if phrase == "at" || phrase == "for", mention.type == .country { continue }
                // "the mayor of Moscow" governs a city, not the state its capital's name stands for.
                if ["mayor", "governor"].contains(s.lower(n)), mention.type == .country { continue }
                if !out.contains(m) { out.append(m) }
            }
        }
        return out
    }
}
