import Language

/// A plural title before a list of names: "Presidents Ana Ruiz of Chile and Marco
/// Vidal of Peru", "Foreign Ministers A and B". Each name is a person with the title;
/// "of STATE" after a name gives that person's affiliation.
extension MentionFinder {
    /// Plural title words → (singular title, leads).
    static let pluralTitles: [String: (String, Bool)] = [
        "presidents": ("president", true), "premiers": ("premier", true), "chancellors": ("chancellor", true),
        "kings": ("king", true), "leaders": ("leader", true), "ministers": ("minister", false),
        "senators": ("senator", false), "ambassadors": ("ambassador", false), "envoys": ("envoy", false),
    ]

    /// The names after a plural title at `i`: the end of the last one, or nil.
    func pluralTitle(at i: Int, _ t: [Token], _ s: inout SentenceState, _ doc: inout DocumentContext, _ text: CleanText,
                     _ affiliations: inout [(person: Int, org: Int, leads: Bool)]) -> Int? {
        let n = t.count
        var k = i
        // "Prime Ministers", "Foreign Ministers": one modifier before the plural head.
        if k + 1 < n, t[k].isCapitalized, ["prime", "foreign", "defence", "defense", "finance", "deputy"].contains(t[k].lower),
           t[k + 1].lower == "ministers" { k += 1 }
        guard let (_, leadsTitle) = MentionFinder.pluralTitles[t[k].lower], t[k].isCapitalized || k > i else { return nil }
        let leads = leadsTitle && !(k > i && t[i].lower != "prime")
        // First the names and their states, without touching the document; then, if two or more, the mentions.
        var names: [(first: Int, nameEnd: Int, end: Int, state: Int?)] = []
        var j = k + 1
        while j < n {
            let nameEnd = nameRun(t, j, limit: 4)
            guard nameEnd >= j + 2 else { break }
            var e = nameEnd
            var state: Int? = nil
            if e + 1 < n, t[e].lower == "of", let entry = lexicon.match(t, e + 1, limit: n), entry.role == .name,
               lexicon.actors[entry.actor].type == .country {
                state = entry.actor
                e += 1 + entry.tokens.count
            }
            names.append((j, nameEnd, e, state))
            // ", B of Peru and C of Bolivia"
            guard e + 1 < n, t[e].lower == "and" || t[e].lower == "," else { break }
            j = e + 1
            if j < n, t[j].lower == "and" { j += 1 }
        }
        guard names.count >= 2 else { return nil }
        for (index, name) in names.enumerated() {
            let p = doc.person(tokens: Array(t[name.first..<name.nameEnd]), text: text)
            if let state = name.state {
                let org = doc.actor(lexicon: state)
                affiliations.append((p, org, leads))
                doc.affiliation[p] = org
                if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = p }
            }
            append(&s, Mention(first: index == 0 ? i : name.first, end: name.end, actor: p, kind: .name), doc)
        }
        return names[names.count - 1].end
    }
}
