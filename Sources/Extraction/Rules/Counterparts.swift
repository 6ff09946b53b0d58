import Language

/// Counterparts listed by nationality and then by name: "his Peruvian and Bolivian
/// counterparts, Marco Vidal and Luis Arce, respectively". Each name is a person who
/// serves the state of the demonym in the same place of the list. After "A and her",
/// the names are coordinated with A: "A and her counterparts, B and C, met" is a meeting of three.
extension MentionFinder {
    /// The names after such a list of demonyms starting at `i`: the end of the last name, or nil.
    func counterparts(at i: Int, _ t: [Token], _ s: inout SentenceState, _ doc: inout DocumentContext, _ text: CleanText,
                      _ affiliations: inout [(person: Int, org: Int, leads: Bool)]) -> Int? {
        let n = t.count
        guard i > 0, ["his", "her", "their", "its"].contains(t[i - 1].lower) else { return nil }
        // The demonyms: "Greek, Cypriot and French".
        var states: [(first: Int, end: Int, actor: Int)] = []
        var k = i
        while k < n, let entry = lexicon.match(t, k, limit: n), entry.role == .demonym,
              lexicon.actors[entry.actor].type == .country {
            states.append((k, k + entry.tokens.count, entry.actor))
            k += entry.tokens.count
            if k < n, t[k].lower == "," { k += 1 }
            if k < n, t[k].lower == "and" { k += 1 }
        }
        guard states.count >= 2, k + 1 < n, t[k].lower == "counterparts", t[k + 1].lower == "," else { return nil }
        // The names: "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian".
        var names: [(first: Int, end: Int)] = []
        var j = k + 2
        while j < n, names.count < states.count {
            let end = nameRun(t, j, limit: 4)
            guard end >= j + 2 else { break }
            names.append((j, end))
            j = end
            if j < n, t[j].lower == "," { j += 1 }
            if j < n, t[j].lower == "and" { j += 1 }
        }
        guard names.count == states.count else { return nil }
        var end = names[names.count - 1].end
        // ", respectively" belongs to the list.
        if end + 1 < n, t[end].lower == ",", t[end + 1].lower == "respectively" { end += 2 }
        // A leader's counterparts lead their states; a minister's serve them.
        let owner = s.mentions.last.flatMap { $0.end == i && $0.type == .person ? $0.actor : nil }
        // "A and her Peruvian and Bolivian counterparts, B and C": A is one of the list.
        if owner != nil, i >= 2, t[i - 2].lower == "and" { s.listJoins[i] = names[0].first }
        let leads = owner.map { o in doc.leaderOf.values.contains(o) } ?? false
        for (name, state) in zip(names, states) {
            let p = doc.person(tokens: Array(t[name.first..<name.end]), text: text)
            let org = doc.actor(lexicon: state.actor)
            affiliations.append((p, org, leads))
            if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = p }
            if doc.affiliation[p] == nil { doc.affiliation[p] = org }
            append(&s, Mention(first: name.first, end: name.end, actor: p, kind: .name), doc)
        }
        return end
    }
}
