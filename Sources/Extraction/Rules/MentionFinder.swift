import Language

/// Finds the actor mentions of a sentence, left to right, longest first:
/// title + name patterns ("Russian President Vladimir Putin", which also yields the
/// `leaderOf` fact), lexicon names and metonyms, demonyms before government nouns,
/// "X-led" compounds, possessive governments ("Assad's forces"), definite
/// descriptions ("the Kremlin chief"), "Mr Putin", pronouns, and other capitalised
/// names. Each step looks at a bounded window, so the pass is linear.
struct MentionFinder {
    let lexicon = ActorLexicon.shared

    func find(_ s: inout SentenceState, _ doc: inout DocumentContext, _ text: CleanText, affiliations: inout [(person: Int, org: Int, leads: Bool)]) {
        let t = s.tokens
        let n = t.count
        s.mentionAt = Array(repeating: -1, count: n)
        var words = 0, capitals = 0
        // Three-letter words count unless a headline keeps them lower case ("Chile and Peru"): "met"
        // in "Ana Ruiz met Marco Vidal in Lima on Monday" shows the sentence is no headline.
        // A headline capitalises every long word but a preposition: "signed" in "Presidents A of
        // Chile and B of Peru signed the Paris Agreement" shows a sentence of many names.
        var lowerLongWord = false
        for tok in t where tok.isWord && (tok.lower.count > 3 || tok.lower.count == 3 && !MentionFinder.titleLowerWords.contains(tok.lower)) {
            words += 1
            if tok.isCapitalized { capitals += 1 }
            if tok.isLowerInitial, tok.lower.count > 3, !MentionFinder.headlineLowerWords.contains(tok.lower) { lowerLongWord = true }
        }
        s.titleCase = words >= 5 && capitals * 10 >= words * 9 && !lowerLongWord
        var i = 0
        while i < n {
            let step = mention(at: i, t, &s, &doc, text, &affiliations)
            i = max(i + 1, step)
        }
        noteAgreements(s, &doc)
        firstPerson(&s, &doc)
        // Possessives.
        for m in s.mentions.indices {
            let e = s.mentions[m].end
            if e < n && t[e].lower == "'s" { s.mentions[m].possessive = true }
        }
        for (m, mention) in s.mentions.enumerated() {
            for k in mention.first..<mention.end { s.mentionAt[k] = m }
        }
        coordinate(&s)
        // A plural reference is one group of its own.
        var m = 0
        while m < s.mentions.count {
            guard s.mentions[m].plural else { m += 1; continue }
            var e = m + 1
            while e < s.mentions.count, s.mentions[e].plural, s.mentions[e].first == s.mentions[m].first { e += 1 }
            for k in m..<e { s.groupStart[k] = m; s.groupEnd[k] = e }
            m = e
        }
    }

    /// "they", "the two leaders", "both countries": the people or states of the last coordinated list,
    /// when it was in the previous sentence and none has been named in this one yet.
    private func pluralReference(at i: Int, _ t: [Token], _ s: inout SentenceState, _ doc: DocumentContext) -> Int? {
        let n = t.count
        let w = t[i].lower
        var end = i
        var wantsPersons: Bool? = nil
        if w == "they" || w == "them" {
            end = i + 1
        } else if (w == "the" && i + 2 < n && t[i + 1].lower == "two") || (w == "both" && i + 1 < n) {
            let k = w == "the" ? i + 2 : i + 1
            switch t[k].lower {
            case "leaders", "men", "women", "ministers", "presidents", "diplomats", "sides": wantsPersons = t[k].lower == "sides" ? nil : true
            case "countries", "nations", "governments", "states", "neighbours", "neighbors": wantsPersons = false
            default: return nil
            }
            end = k + 1
        } else { return nil }
        let pronoun = w == "they" || w == "them"
        // A sentence that opens with "They" may look back past a sentence or two about one of them.
        let reach = pronoun && i == 0 && w == "they" ? 3 : pronoun ? 1 : 2
        guard let plural = doc.lastPlural, s.index > plural.sentence, s.index - plural.sentence <= reach,
              wantsPersons == nil || wantsPersons == plural.persons else { return nil }
        // Actors named earlier in this sentence are what "they" means ("Chile and Peru said they..."), and the speech rules resolve it.
        if pronoun, s.mentions.contains(where: { [.person, .country, .organization, .group].contains($0.type) }) { return nil }
        for a in plural.actors {
            var mention = Mention(first: i, end: end, actor: a, kind: .pronoun)
            mention.plural = true
            append(&s, mention, doc)
        }
        return end
    }

    /// Tries every pattern at token `i`; returns the token after what it consumed.
    private func mention(at i: Int, _ t: [Token], _ s: inout SentenceState, _ doc: inout DocumentContext, _ text: CleanText,
                         _ affiliations: inout [(person: Int, org: Int, leads: Bool)]) -> Int {
        let n = t.count
        let tok = t[i]
        // "Chancellor Ines Berg's spokesman, Tomas Lind": someone who serves the person serves their state.
        if tok.lower == "'s", let last = s.mentions.last, last.end == i, last.type == .person,
           let org = doc.affiliation[last.actor], let (after, leads) = titleMatch(t, i + 1), !leads {
            if let r = personAfterTitle(t, i + 1, after, false, affiliation: org, &s, &doc, text, &affiliations) { return r }
        }
        guard tok.isWord else { return i + 1 }

        if !s.titleCase, let end = agreementName(at: i, t, &s, &doc, text) { return end }
        if !s.titleCase, let end = pluralTitle(at: i, t, &s, &doc, text, &affiliations) { return end }
        if !s.titleCase, let end = counterparts(at: i, t, &s, &doc, text, &affiliations) { return end }

        // "X-led coalition", "Kremlin-backed" prefixes.
        if let dash = tok.lower.lastIndex(of: "-"), tok.lower.hasSuffix("-led") {
            let prefix = String(tok.lower[..<dash])
            if let l = lexicon.singleToken[prefix] ?? demonymActor(prefix) {
                var e = i + 1
                if e < n && ["coalition", "forces", "campaign", "alliance", "operation", "intervention", "mission", "strikes", "airstrikes", "bombing"].contains(t[e].lower) { e += 1 }
                let a = doc.actor(lexicon: l)
                if e - 1 > i, t[e - 1].lower == "coalition" || t[e - 1].lower == "alliance" { doc.coalitionLeader = a }
                append(&s, Mention(first: i, end: e, actor: a, kind: .name), doc)
                return e
            }
        }

        // "the rebels", "the separatists" after a named group of that kind.
        if tok.lower == "the", i + 1 < n, let kind = CueLexicon.groupNouns[t[i + 1].lower], t[i + 1].lower.hasSuffix("s"),
           !(i + 3 < n && (t[i + 2].lower == "in" || t[i + 2].lower == "of") && lexicon.match(t, i + 3, limit: n) != nil),
           let group = doc.lastGroup[kind] {
            append(&s, Mention(first: i, end: i + 2, actor: group, kind: .description), doc)
            return i + 2
        }

        // "the regime" after "the Syrian regime" / "the Assad regime": that state.
        if tok.lower == "the", i + 1 < n, t[i + 1].lower == "regime", let state = doc.lastRegime,
           !(i + 2 < n && (t[i + 2].lower == "of" || t[i + 2].lower == "'s")) {
            append(&s, Mention(first: i, end: i + 2, actor: state, kind: .description), doc)
            return i + 2
        }

        // "the embassy" after "the Chilean embassy" / "the US Embassy in Lima": that state.
        if tok.lower == "the", i + 1 < n, t[i + 1].lower == "embassy", let state = doc.lastEmbassy,
           !(i + 2 < n && t[i + 2].lower == "of") {
            append(&s, Mention(first: i, end: i + 2, actor: state, kind: .description), doc)
            return i + 2
        }

        // "the coalition" after "the Saudi-led coalition": its leader.
        if tok.lower == "the", i + 1 < n, t[i + 1].lower == "coalition" || t[i + 1].lower == "alliance", let leader = doc.coalitionLeader,
           !(i + 2 < n && t[i + 2].lower == "of") {
            append(&s, Mention(first: i, end: i + 2, actor: leader, kind: .description), doc)
            return i + 2
        }

        if let end = pluralReference(at: i, t, &s, doc) { return end }
        if let end = definiteDescription(at: i, t, &s, doc) { return end }

        // Pronouns: the first (subject-most) person or thing of this sentence so far, else of the last sentence that had one.
        if tok.lower == "he" || tok.lower == "him" || tok.lower == "his" || tok.lower == "she" || tok.lower == "her" {
            // "she" never refers to a man, nor "he" to a woman, when a given name or an honorific tells.
            let wanted = Gender(pronoun: tok.lower)
            let recent: Int? = {
                guard let last = doc.lastPerson, s.index - last.sentence <= 2 else { return nil }
                if doc.fits(last.actor, wanted) { return last.actor }
                return doc.recentPersons.last { doc.fits($0, wanted) && s.index - (doc.lastSeen[$0] ?? -10) <= 2 }
            }()
            var resolved: Int? = nil
            let people = s.mentions.filter { $0.type == .person && doc.fits($0.actor, wanted) }
            switch tok.lower {
            case "he", "she":
                // Subject pronoun: the subject-most person of the sentence, else of the last one.
                resolved = people.first?.actor ?? recent
            case "him":
                // Object pronoun: not the person right before it (the likely subject of its clause).
                let lastSeen = doc.recentPersons.last(where: { doc.fits($0, wanted) })
                // A person right after a verb or preposition is an object ("labeled Soleimani ... against him"): it can be him.
                let lastIsSubject = s.mentions.last.map { m in
                    m.first == 0 || !(t[m.first - 1].isLowerInitial && !["and", "or", "but", "the", "while", "as", "after", "before", "when"].contains(t[m.first - 1].lower))
                } ?? false
                if let last = s.mentions.last, last.type == .person, lastIsSubject {
                    resolved = people.last(where: { $0.actor != last.actor })?.actor ?? doc.recentPersons.last(where: { $0 != last.actor && doc.fits($0, wanted) })
                } else { resolved = people.last?.actor ?? lastSeen ?? recent }
            default:
                // Possessive: the most recent person.
                resolved = people.last?.actor ?? recent
            }
            guard let p = resolved else { return i + 1 }
            // "his Turkish counterpart Erdogan": the pronoun only determines the title.
            if (tok.lower == "his" || tok.lower == "her"), i + 1 < n, let entry = lexicon.match(t, i + 1, limit: n),
               titleMatch(t, i + 1 + entry.tokens.count) != nil { return i + 1 }
            if (tok.lower == "his" || tok.lower == "her") && i + 1 < n && ["country", "government", "administration", "nation", "state", "regime", "forces", "army", "military", "troops"].contains(t[i + 1].lower) {
                if let org = doc.affiliation[p], doc.actors[org].type == .country {
                    append(&s, Mention(first: i, end: i + 2, actor: org, kind: .pronoun), doc)
                    return i + 2
                }
                return i + 2
            }
            var m = Mention(first: i, end: i + 1, actor: p, kind: .pronoun)
            m.possessive = tok.lower == "his" || tok.lower == "her"
            append(&s, m, doc)
            return i + 1
        }
        if tok.lower == "its" || tok.lower == "it" {
            let isThing = { (m: Mention) in m.type != .person && m.type != .place && m.type != .agreement }
            var here = s.mentions.first(where: isThing)?.actor
            // "the US and its allies", "Moscow's takeover of Crimea and its support": the nearest thing.
            if tok.lower == "its", let near = s.mentions.last(where: { $0.type == .country || $0.type == .organization }), near.end >= i - 6 { here = near.actor }
            guard let thing = here ?? doc.lastThing.flatMap({ s.index - $0.sentence <= 1 ? $0.actor : nil }) else { return i + 1 }
            if tok.lower == "it" {
                // "it" as a dummy subject ("it is", "it was premature") is no actor.
                if i + 1 < n && ["is", "was", "'s", "seems", "appears", "remains", "makes", "took", "takes"].contains(t[i + 1].lower) { return i + 1 }
                if i + 2 < n && ["would", "will", "could", "may", "might", "has", "had"].contains(t[i + 1].lower) && ["be", "been", "take", "make"].contains(t[i + 2].lower) { return i + 1 }
            }
            var m = Mention(first: i, end: i + 1, actor: thing, kind: .pronoun)
            m.possessive = tok.lower == "its"
            append(&s, m, doc)
            return i + 1
        }

        // "Mr Putin", "Ms. Power".
        if ["mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms."].contains(tok.lower) {
            var j = i + 1
            if j < n && t[j].lower == "." { j += 1 }
            let name = nameRun(t, j, limit: 3)
            if name > j {
                let p = doc.person(tokens: Array(t[j..<name]), text: text)
                if let g = Gender(honorific: tok.lower), doc.genders[p] == nil { doc.genders[p] = g }
                append(&s, Mention(first: i, end: name, actor: p, kind: .name), doc)
                apposition(t, name, p, &doc, &affiliations)
                return name
            }
            return i + 1
        }

        // "the peace deal", "a peace deal for Syria", "the nuclear deal": an agreement named after its country.
        if (tok.lower == "peace" || tok.lower == "nuclear" || tok.lower == "ceasefire") && i + 1 < n,
           ["deal", "plan", "agreement", "accord", "accords", "settlement", "process", "pact", "treaty"].contains(t[i + 1].lower) {
            var e = i + 2
            var country: Int? = nil
            // "a peace agreement between Japan and Russia" is theirs, not the story's last state's.
            if e < n, t[e].lower == "between" { return e }
            if e + 1 < n, ["for", "in", "with", "on"].contains(t[e].lower), let entry = lexicon.match(t, e + 1, limit: n),
               lexicon.actors[entry.actor].type == .country {
                country = doc.actor(lexicon: entry.actor)
                e = e + 1 + entry.tokens.count
            } else if let m = s.mentions.last(where: { $0.type == .country || $0.country != nil }) {
                country = m.country ?? m.actor
            } else if let c = doc.lastCountry, s.index - c.sentence <= 3 {
                country = c.actor
            }
            if let country {
                let kind = tok.lower == "nuclear" ? "nuclear deal" : tok.lower == "ceasefire" ? "ceasefire" : "peace deal"
                let a = doc.actor(label: "\(doc.actors[country].label) \(kind)", type: .agreement)
                append(&s, Mention(first: i, end: e, actor: a, kind: .name), doc)
                return e
            }
            return e
        }

        // Titles without a preceding affiliation: "President Obama", "King Abdullah of Jordan".
        if let (after, title) = titleMatch(t, i) {
            if let r = personAfterTitle(t, i, after, title, affiliation: nil, &s, &doc, text, &affiliations) { return r }
        }

        // "the Chilean Red Cross" is a national body, not the international one the lexicon knows.
        if i > 0, t[i - 1].isCapitalized, let entry = lexicon.match(t, i, limit: n), entry.role == .name,
           lexicon.actors[entry.actor].type == .organization, let before = lexicon.match(t, i - 1, limit: i), before.role == .demonym {
            return i + entry.tokens.count
        }
        // "US$5 million", "HK$2": a state's code written against a currency sign is money.
        if i + 1 < n, t[i + 1].lower == "$", t[i + 1].start == t[i].end, tok.isAllCaps || tok.isCapitalized { return i + 1 }
        // Lexicon. ("West" after "Kanye West" is the person, not the bloc.)
        if let entry = lexicon.match(t, i, limit: n),
           !(entry.tokens.count == 1 && entry.role == .name && tok.isCapitalized
             && (doc.persons[DocumentContext.surnameKey(tok.lower)].map { $0.nameTokens >= 2 } ?? false)) {
            let e = i + entry.tokens.count
            let actorType = lexicon.actors[entry.actor].type
            // An affiliation before a title: "Russian President Vladimir Putin", "White House spokesman Josh Earnest", "Russia's top diplomat".
            if actorType == .country || actorType == .organization || actorType == .group {
                var j = e
                if j < n && t[j].lower == "'s" { j += 1 }
                if let (after, title) = titleMatch(t, j) {
                    let org = doc.actor(lexicon: entry.actor)
                    // "FBI director A" heads an agency of the state, not the state.
                    let agency = actorType == .country && MentionFinder.stateAgencies.contains(entry.tokens.joined(separator: " "))
                    if let r = personAfterTitle(t, i, after, title && !agency, affiliation: org, &s, &doc, text, &affiliations) { return r }
                }
            }
            // "the BBC's Ana Ruiz", "Amnesty's Ana Ruiz": someone speaking for the organization.
            if actorType == .organization, entry.role == .name, e + 1 < n, t[e].lower == "'s", t[e + 1].isCapitalized {
                let r = nameRun(t, e + 1, limit: 4)
                // A person's name: two to three words, none a participle ("the WHO's Monitored Emergency Use of ...").
                if r >= e + 3, r <= e + 4, !(r < n && (t[r].lower == "'s" || t[r].lower == "of")), !CueLexicon.organizationHeads.contains(t[r - 1].lower),
                   !t[(e + 1)..<r].contains(where: { $0.lower.hasSuffix("ed") || $0.lower.hasSuffix("ing") }),
                   !CueLexicon.placeHeads.contains(t[r - 1].lower), !CueLexicon.thingHeads.contains(t[r - 1].lower),
                   lexicon.match(t, e + 1, limit: n) == nil {
                    let org = doc.actor(lexicon: entry.actor)
                    append(&s, Mention(first: i, end: e, actor: org, kind: .name), doc)
                    let p = doc.person(tokens: Array(t[(e + 1)..<r]), text: text)
                    affiliations.append((p, org, false))
                    if doc.affiliation[p] == nil { doc.affiliation[p] = org }
                    append(&s, Mention(first: e + 1, end: r, actor: p, kind: .name), doc)
                    apposition(t, r, p, &doc, &affiliations)
                    return r
                }
            }
            switch entry.role {
            case .name, .capital:
                // "Amazon Environmental Research Institute", "Iran Air": a place's name that goes on
                // into an organization's name is the organization's.
                if actorType == .place || actorType == .country, e < n, t[e].isCapitalized {
                    let r = nameRun(t, e, limit: 4)
                    if r > e, CueLexicon.organizationHeads.contains(t[r - 1].lower), !MentionFinder.stateBodies.contains(t[r - 1].lower) {
                        return namedOrganization(i, r, t, &s, &doc, text, &affiliations)
                    }
                }
                // "Washington Post", "Moscow State University" are not the state.
                if entry.role == .capital || entry.tokens.count == 1, e < n, t[e].isCapitalized,
                   CueLexicon.organizationHeads.contains(t[e].lower) || ["post", "times", "state", "university", "journal", "herald", "consensus"].contains(t[e].lower) {
                    return e + 1
                }
                var m = Mention(first: i, end: e, actor: doc.actor(lexicon: entry.actor), kind: .name)
                if let c = lexicon.placeCountry[entry.actor] { m.country = doc.actor(lexicon: c) }
                // "the Andean Front (AF)": the acronym belongs to the mention, so "A (X) and B (Y)" coordinate.
                if e + 2 < n, t[e].lower == "(", t[e + 2].lower == ")", t[e + 1].isAllCaps {
                    m.end = e + 3
                    if doc.acronyms[t[e + 1].lower] == nil, lexicon.match(t, e + 1, limit: e + 2) == nil { doc.acronyms[t[e + 1].lower] = m.actor }
                }
                append(&s, m, doc)
                return m.end
            case .demonym:
                guard e < n else { return e }
                let next = t[e].lower
                if let kind = CueLexicon.groupNouns[next], let demonym = lexicon.demonymOf[entry.actor] {
                    let label = kind == "separatists" ? "\(demonym) separatists" : next == "opposition" ? "\(demonym) opposition" : "\(demonym) rebels"
                    let a = doc.actor(label: label, type: .group)
                    // "the Chilean opposition leader Ana Ruiz": she leads the group.
                    if let (after, title) = titleMatch(t, e + 1),
                       let r = personAfterTitle(t, i, after, title, affiliation: a, &s, &doc, text, &affiliations) { return r }
                    append(&s, Mention(first: i, end: e + 1, actor: a, kind: .name), doc)
                    return e + 1
                }
                if CueLexicon.governmentNouns.contains(next) {
                    // "Turkish troops", "Syrian government forces": the head nouns belong to the mention, so
                    // "Turkish troops and Syrian government forces" coordinate.
                    var end = e
                    while end < n, end < e + 2, CueLexicon.headNouns.contains(t[end].lower) { end += 1 }
                    // "Chilean Foreign Ministry spokesman Hugo Lara": whoever serves the body serves the state.
                    if end > e, let (after, _) = titleMatch(t, end),
                       let r = personAfterTitle(t, i, after, false, affiliation: doc.actor(lexicon: entry.actor), &s, &doc, text, &affiliations) { return r }
                    append(&s, Mention(first: i, end: end, actor: doc.actor(lexicon: entry.actor), kind: .adjective), doc)
                    return end
                }
                // "the Turkish offensive", "Russian support for X", "under EU sanctions": the state owns the act;
                // the mention is the adjective alone, so the act's noun stays free for its frame.
                if CueLexicon.actNouns.contains(next) {
                    append(&s, Mention(first: i, end: e, actor: doc.actor(lexicon: entry.actor), kind: .adjective), doc)
                    return e
                }
                // "a Chilean passenger jet", "Turkish drilling operations": one modifier before the state's noun.
                if e + 1 < n, t[e].isLowerInitial, t[e].isWord, CueLexicon.verbCues(next) == nil || next.hasSuffix("ing"),
                   !RelationFinder.determiners.contains(next), !CueLexicon.prepositions.contains(next),
                   CueLexicon.vehicleNouns.contains(t[e + 1].lower) || ["operations", "forces", "troops", "officials", "authorities"].contains(t[e + 1].lower) {
                    append(&s, Mention(first: i, end: e, actor: doc.actor(lexicon: entry.actor), kind: .adjective), doc)
                    return e
                }
                return e
            }
        }

        // "rebels in eastern Ukraine", "armed separatists in Syria": a group named after its country.
        if let kind = CueLexicon.groupNouns[tok.lower], tok.isLowerInitial, i + 2 < n, t[i + 1].lower == "in" {
            var j = i + 2
            if j < n, t[j].lower == "the" { j += 1 }
            if j < n, ["eastern", "east", "western", "west", "northern", "north", "southern", "south", "central"].contains(t[j].lower) { j += 1 }
            if j < n, let entry = lexicon.match(t, j, limit: n), lexicon.actors[entry.actor].type == .country,
               let demonym = lexicon.demonymOf[entry.actor] {
                var separatist = kind == "separatists"
                var first = i
                while first > 0, first > i - 3, ["separatist", "pro-russian", "moderate", "the", "a", "an"].contains(t[first - 1].lower), s.mentionAt.isEmpty || true {
                    if t[first - 1].lower == "separatist" { separatist = true }
                    first -= 1
                }
                if let last = s.mentions.last, last.end > first { first = i }
                let a = doc.actor(label: separatist ? "\(demonym) separatists" : "\(demonym) rebels", type: .group)
                let e = j + entry.tokens.count
                var m = Mention(first: first, end: e, actor: a, kind: .name)
                m.country = doc.actor(lexicon: entry.actor)
                append(&s, m, doc)
                return e
            }
        }

        // "pro-Russian separatists".
        if tok.lower.hasPrefix("pro-"), i + 1 < n, let kind = CueLexicon.groupNouns[t[i + 1].lower] {
            let rest = String(tok.lower.dropFirst(4))
            if let l = demonymActor(rest) ?? lexicon.singleToken[rest], let demonym = lexicon.demonymOf[l] {
                let a = doc.actor(label: "pro-\(demonym) \(kind == "separatists" ? "separatists" : "separatists")", type: .group)
                append(&s, Mention(first: i, end: i + 2, actor: a, kind: .name), doc)
                return i + 2
            }
        }

        if let a = doc.acronyms[tok.lower], tok.isAllCaps || (tok.isCapitalized && capitals(tok, text) >= 3) {
            append(&s, Mention(first: i, end: i + 1, actor: a, kind: .name), doc)
            return i + 1
        }

        // Capitalised names (not in Title Case headlines, where every word is capitalised).
        if tok.isCapitalized && !CueLexicon.nameStopWords.contains(tok.lower) && !s.titleCase {
            let e = nameRun(t, i, limit: 4)
            guard e > i else { return i + 1 }
            let last = t[e - 1].lower
            let key = DocumentContext.surnameKey(last)
            // "Assad's forces", "the Obama administration".
            if let known = doc.persons[key] {
                var j = e
                if j < n && t[j].lower == "'s" { j += 1 }
                if j < n, CueLexicon.forceNouns.contains(t[j].lower),
                   let org = doc.affiliation[known.actor] {
                    append(&s, Mention(first: i, end: j + 1, actor: org, kind: .name), doc)
                    return j + 1
                }
                let p = e - i >= 2 ? doc.person(tokens: Array(t[i..<e]), text: text) : known.actor
                append(&s, Mention(first: i, end: e, actor: p, kind: .name), doc)
                apposition(t, e, p, &doc, &affiliations)
                return e
            }
            // A bare surname of a head of state or government of a state the story names: "Assad".
            if e - i == 1, let known = PeopleTable.english.resolve(String(String.UnicodeScalarView(text.scalars[Int(tok.start)..<Int(tok.end)])),
                                                                  states: doc.stateIDs) {
                let p = doc.person(known: known, token: key)
                append(&s, Mention(first: i, end: e, actor: p, kind: .name), doc)
                apposition(t, e, p, &doc, &affiliations)
                return e
            }
            if e - i >= 2 {
                if CueLexicon.organizationHeads.contains(last) {
                    // "the Bread and Roses Party", "the Free Andean Party": capitalised words before the
                    // run that no rule took belong to the name, up to "the".
                    var first = i
                    let taken = s.mentions.last?.end ?? 0
                    let free = { (k: Int) in k >= taken }
                    while first > 1, free(first - 1), t[first - 1].isCapitalized, t[first - 1].isWord,
                          !RelationFinder.determiners.contains(t[first - 1].lower), first > i - 3 {
                        first -= 1
                    }
                    if first > 2, first > i - 3, t[first - 1].lower == "and", free(first - 2), t[first - 2].isCapitalized,
                       t[first - 3].lower == "the" { first -= 2 }
                    return namedOrganization(first, e, t, &s, &doc, text, &affiliations)
                }
                if CueLexicon.placeHeads.contains(last) || CueLexicon.thingHeads.contains(last) { return e }
                // A capitalised run that is all of a quotation ("won \"Best Hero\"", "the \"Andean Spring\"")
                // is a title or a slogan, not someone's name.
                if i > 0, e < n, MentionFinder.quoteMarks.contains(t[i - 1].lower), MentionFinder.quoteMarks.contains(t[e].lower) { return e }
                // A sentence-initial capital may be an ordinary word ("Asked if ...").
                if i == 0 && t[i].lower.hasSuffix("ed") { return i + 1 }
                let p = doc.person(tokens: Array(t[i..<e]), text: text)
                append(&s, Mention(first: i, end: e, actor: p, kind: .name), doc)
                apposition(t, e, p, &doc, &affiliations)
                return e
            }
            // A lone unknown name acts like a person where people act: "Putin said", "met Putin".
            if e == i + 1, i > 0, !tok.isAllCaps, tok.lower.count > 2, !tok.lower.contains("-"),
               (e < n && MentionFinder.speechVerbs.contains(t[e].lower) && t[e].lower != "according")
                || ["met", "meets", "urged", "urges", "asked", "accused", "criticized", "criticised", "thanked", "told", "phoned", "hosted", "praised"].contains(t[i - 1].lower) {
                let p = doc.person(tokens: [tok], text: text)
                append(&s, Mention(first: i, end: e, actor: p, kind: .name), doc)
                return e
            }
            return e
        }
        return i + 1
    }

    /// An organization the lexicon does not know, named by a capitalised run ending in an
    /// organization's head noun (`first..<end`): "the Andean Retailers Association". An acronym
    /// in brackets after it names it from now on; a title after it makes the next name its officer
    /// ("Andean Research Institute director Ana Ruiz").
    private func namedOrganization(_ first: Int, _ end: Int, _ t: [Token], _ s: inout SentenceState, _ doc: inout DocumentContext,
                                   _ text: CleanText, _ affiliations: inout [(person: Int, org: Int, leads: Bool)]) -> Int {
        let n = t.count
        let label = String(String.UnicodeScalarView(text.scalars[Int(t[first].start)..<Int(t[end - 1].end)]))
        let a = doc.actor(label: label, type: .organization)
        // "Popular Mobilization Forces (PMF)": the acronym names it from now on, and belongs to the mention.
        if end + 2 < n, t[end].lower == "(", t[end + 1].isAllCaps, t[end + 2].lower == ")" {
            doc.acronyms[t[end + 1].lower] = a
            append(&s, Mention(first: first, end: end + 3, actor: a, kind: .name), doc)
            return end + 3
        }
        var j = end
        if j < n && t[j].lower == "'s" { j += 1 }
        if let (after, leads) = titleMatch(t, j),
           let r = personAfterTitle(t, first, after, leads, affiliation: a, &s, &doc, text, &affiliations) { return r }
        append(&s, Mention(first: first, end: end, actor: a, kind: .name), doc)
        return end
    }

    /// Titles that belong to one state's government, when no state is named ("Secretary of State X").
    static let stateTitles: [String: String] = [
        "secretary of state": "United States", "foreign secretary": "United Kingdom", "home secretary": "United Kingdom",
        "taoiseach": "Ireland",
    ]

    /// Names of a state's agencies that the lexicon reads as the state ("the Pentagon", "the
    /// CIA"): their heads serve the state, they do not lead it.
    static let stateAgencies: Set<String> = [
        "pentagon", "state department", "cia", "central intelligence agency", "fbi", "federal bureau of investigation",
        "department of defense", "defense department", "department of state", "treasury department",
        "fsb", "gru", "mossad", "mi6", "mi5", "foreign office", "idf", "israel defense forces",
        "duma", "state duma", "knesset",
    ]

    /// Last words of the name of a body of a state's government ("National Police", "Intelligence Agency").
    static let stateBodies: Set<String> = [
        "police", "agency", "ministry", "army", "navy", "forces", "intelligence", "service", "guard", "parliament",
        "government", "department", "office", "command", "corps", "directorate", "bureau",
    ]

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stressed", "insisted", "declared", "stated",
        "explained", "noted", "argued", "warned", "asserted", "wrote", "tweeted", "according",
    ]

    /// "we", "us", "our" in a quote stand for the state of the speaker: the person or
    /// state next to a speech verb in the sentence ("..., Putin said"), else the last speaker.
    private func firstPerson(_ s: inout SentenceState, _ doc: inout DocumentContext) {
        let t = s.tokens
        let n = t.count
        var speaker: Int? = nil
        for (k, tok) in t.enumerated() where MentionFinder.speechVerbs.contains(tok.lower) {
            // "X said" / "said X" / "according to X"
            if let m = s.mentions.last(where: { $0.end <= k && $0.end >= k - 2 }), m.type == .person || m.type == .country || m.type == .organization {
                speaker = m.actor; break
            }
            // "told the Daily Times": who is told is no speaker.
            if !["told", "tell", "tells", "telling"].contains(tok.lower),
               let m = s.mentions.first(where: { $0.first > k && $0.first <= k + 2 }), m.type == .person || m.type == .country || m.type == .organization {
                speaker = m.actor; break
            }
        }
        if let speaker { doc.lastSpeaker = (speaker, s.index) }
        var added = false
        defer { if added { s.mentions.sort { $0.first < $1.first } } }
        // "I", "me", "my" in a quote are the speaker, a person: named in this sentence, or
        // the last one if the sentence is quoted speech.
        let quoted = t.contains { $0.lower == "\"" }
        if let who = speaker ?? (quoted ? doc.lastSpeaker.flatMap({ s.index - $0.sentence <= 2 ? $0.actor : nil }) : nil),
           doc.actors[who].type == .person {
            for k in 0..<n where MentionFinder.isFirstPersonSingular(t, k) && !s.mentions.contains(where: { $0.first <= k && k < $0.end }) {
                var m = Mention(first: k, end: k + 1, actor: who, kind: .pronoun)
                m.possessive = t[k].lower == "my"
                m.type = .person
                s.mentions.append(m)
                added = true
            }
        }
        guard t.contains(where: { $0.lower == "we" || $0.lower == "us" || $0.lower == "our" }) else { return }
        let who = speaker ?? doc.lastSpeaker.flatMap { s.index - $0.sentence <= 3 ? $0.actor : nil }
        guard let who else { return }
        let state = doc.actors[who].type == .person ? doc.affiliation[who] : who
        guard let state, [.country, .organization, .group].contains(doc.actors[state].type) else { return }
        for k in 0..<n where (t[k].lower == "we" || t[k].lower == "our" || (t[k].lower == "us" && !t[k].isAllCaps)) && !s.mentions.contains(where: { $0.first <= k && k < $0.end }) {
            var m = Mention(first: k, end: k + 1, actor: state, kind: .pronoun)
            m.possessive = t[k].lower == "our"
            m.type = doc.actors[state].type
            s.mentions.append(m)
            added = true
        }
    }

    /// "I", "me", "my" as the pronoun, not the numeral of "World War I" or "Phase I".
    static func isFirstPersonSingular(_ t: [Token], _ k: Int) -> Bool {
        switch t[k].lower {
        case "i": return t[k].isCapitalized && (k == 0 || !t[k - 1].isCapitalized || MentionFinder.quoteMarks.contains(t[k - 1].lower))
        case "me", "my": return !t[k].isAllCaps
        default: return false
        }
    }

    /// Mentions after a title: a name makes a person (and an affiliation fact); no
    /// name makes a description that stands for the leader already known.
    private func personAfterTitle(_ t: [Token], _ start: Int, _ after: Int, _ leads: Bool, affiliation: Int?,
                                  _ s: inout SentenceState, _ doc: inout DocumentContext, _ text: CleanText,
                                  _ affiliations: inout [(person: Int, org: Int, leads: Bool)]) -> Int? {
        let n = t.count
        let former = start > 0 && ["former", "ex-", "late", "then"].contains(t[start - 1].lower)
        var after = after
        var affiliation = affiliation
        var leads = leads
        // "President of Chile Ana Ruiz" names the state; "Ambassador to Chile Ana Ruiz" and
        // "Special Envoy for Chile Ana Ruiz" name the post, not the employer.
        if after + 2 < n, ["of", "to", "for"].contains(t[after].lower) {
            var k = after + 1
            if t[k].lower == "the" { k += 1 }
            if k < n, let entry = lexicon.match(t, k, limit: n), entry.role != .demonym,
               [.country, .organization].contains(lexicon.actors[entry.actor].type) {
                let e = k + entry.tokens.count
                if nameRun(t, e, limit: 4) >= e + 2 {
                    if t[after].lower == "of" && affiliation == nil {
                        affiliation = doc.actor(lexicon: entry.actor)
                        // "Lima director of Amnesty International A": a regional office, not the head.
                        if (max(0, start - 3)..<start).contains(where: { k in
                            lexicon.match(t, k, limit: start).map { k + $0.tokens.count == start && [.place, .country].contains(lexicon.actors[$0.actor].type) } ?? false
                        }) { leads = false }
                    }
                    after = e
                }
            }
        }
        // "United States Senator from Vermont A": the constituency is no part of the name.
        if after + 3 < n, t[after].lower == "from", t[after + 1].isCapitalized {
            let place = lexicon.match(t, after + 1, limit: n).map { after + 1 + $0.tokens.count } ?? after + 2
            if place < n, nameRun(t, place, limit: 4) >= place + 2 { after = place }
        }
        // "Supreme Leader Ayatollah Ali Khamenei": an honorific after the title.
        var honorific: Bool? = nil
        if let (next, l) = titleMatch(t, after), next < n, nameRun(t, next, limit: 4) > next, t[after].isCapitalized { after = next; honorific = l }
        // "The European Union's foreign policy chief, Federica Mogherini, ...": the name in apposition.
        if after + 1 < n, t[after].lower == ",", nameRun(t, after, limit: 4) == after {
            let e = nameRun(t, after + 1, limit: 4)
            // "..., Iran's top general, Ali Rostami" or "... killed the Iranian general, Ali Rostami at the airport".
            if e > after + 1, e - after - 1 >= 2, e >= n || t[e].lower == "," || t[e].lower == "." || t[e].isLowerInitial { after += 1 }
        }
        let nameEnd = nameRun(t, after, limit: 4)
        // "United States General Services Administration": a title word that begins a body's name names no person.
        if nameEnd > after, CueLexicon.organizationHeads.contains(t[nameEnd - 1].lower) || t[nameEnd - 1].lower == "administration" { return nil }
        if nameEnd > after {
            var org = affiliation
            var end = nameEnd
            // "King Abdullah of Jordan"
            if org == nil, nameEnd + 1 < n, t[nameEnd].lower == "of", let entry = lexicon.match(t, nameEnd + 1, limit: n),
               lexicon.actors[entry.actor].type == .country {
                org = doc.actor(lexicon: entry.actor)
                // "Republican committee member A of Georgia", "Senator B of Georgia": the US state, so the United States.
                if MentionFinder.usStateNames.contains(lexicon.actors[entry.actor].label),
                   (max(0, start - 3)..<after).contains(where: { MentionFinder.usPoliticsWords.contains(t[$0].lower) }),
                   let us = lexicon.actorIndex(label: "United States") {
                    org = doc.actor(lexicon: us)
                }
                end = nameEnd + 1 + entry.tokens.count
            } else if let body = org, doc.actors[body].type != .country, let second = honorific, nameEnd + 1 < n, t[nameEnd].lower == "of",
                      let entry = lexicon.match(t, nameEnd + 1, limit: n), lexicon.actors[entry.actor].type == .country {
                // "AU chairperson President A of Egypt": the second title names the state.
                let state = doc.actor(lexicon: entry.actor)
                let p = doc.person(tokens: Array(t[after..<nameEnd]), text: text)
                affiliations.append((p, state, second))
                if second && doc.leaderOf[state] == nil { doc.leaderOf[state] = p }
                end = nameEnd + 1 + entry.tokens.count
            }
            let royal = leads && ["king", "queen", "emir", "sultan", "prince", "crown", "shah", "amir"].contains(t[after - 1].lower)
            let prefix = royal ? String(String.UnicodeScalarView(text.scalars[Int(t[after - 1].start)..<Int(t[after - 1].end)])).capitalizedFirst : ""
            let p = doc.person(tokens: Array(t[after..<nameEnd]), text: text, prefix: prefix)
            // "Syrian President Bashar al-Assad's forces" are Syria's.
            if let org, !former, end + 1 < n, t[end].lower == "'s", CueLexicon.forceNouns.contains(t[end + 1].lower) {
                affiliations.append((p, org, leads))
                doc.affiliation[p] = org
                if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = p }
                append(&s, Mention(first: start, end: end + 2, actor: org, kind: .name), doc)
                return end + 2
            }
            // "his Turkish counterpart": a counterpart of a leader leads too.
            if t[after - 1].lower == "counterpart", start > 0, ["his", "her", "their"].contains(t[start - 1].lower),
               let other = s.mentions.last(where: { $0.type == .person }), doc.leaderOf.values.contains(other.actor) {
                leads = true
            }
            if let org, former {
                // "former US President Ana Ruiz" led the state, but is not "the US president" of later sentences.
                affiliations.append((p, org, leads))
                doc.formerHolders.insert(p)
            } else if let org {
                affiliations.append((p, org, leads))
                doc.affiliation[p] = org
                if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = p }
            } else if let state = MentionFinder.stateTitles[t[after - 1].lower == "state" && after >= 3 ? "secretary of state" : t[after - 1].lower == "secretary" && after >= 2 ? "\(t[after - 2].lower) secretary" : t[after - 1].lower],
                      !(start > 0 && t[start - 1].isWord && t[start - 1].isCapitalized), let l = lexicon.actorIndex(label: state) {
                // "Secretary of State Ana Ruiz" serves the United States; "Foreign Secretary Ana Ruiz" the United Kingdom.
                let org = doc.actor(lexicon: l)
                affiliations.append((p, org, leads))
                doc.affiliation[p] = org
            } else if start > 0, t[start - 1].lower == "and" || t[start - 1].lower == ",",
                      let previous = s.mentions.last, previous.type == .person, previous.end == start - 1,
                      let shared = affiliations.last(where: { $0.person == previous.actor })?.org,
                      doc.actors[shared].type == .country {
                // "Israeli prime minister A and energy minister B": the state of the first title is the second's too.
                affiliations.append((p, shared, false))
                doc.affiliation[p] = shared
            } else if !leads, !(start > 0 && t[start - 1].isWord && t[start - 1].isCapitalized),
                      CueLexicon.governmentTitleHeads.contains(t[after - 1].lower) {
                // "Senator A", "national security adviser B": an office of the state the story is about, if it is about one.
                doc.unplacedOfficials.append((p, s.index, s.start, s.end, former))
            } else if leads, !(start > 0 && t[start - 1].isWord && t[start - 1].isCapitalized),
                      let known = PeopleTable.english.resolve(doc.actors[p].label, states: doc.stateIDs),
                      let l = lexicon.stateIndex(wikidata: known.state) {
                // "President Ana Ruiz" with no state named: the people table knows which state she led.
                let org = doc.actor(lexicon: l)
                affiliations.append((p, org, true))
                if former { doc.formerHolders.insert(p) } else { doc.affiliation[p] = org }
            } else if leads && !former && !doc.titledLeaders.contains(where: { $0.person == p }),
                      // "Senate President X", "Red Cross chair X": an unknown body leads the title.
                      !(start > 0 && t[start - 1].isWord && t[start - 1].isCapitalized) {
                doc.titledLeaders.append((p, t[after - 1].lower))
                if doc.titledLeaders.count > 16 { doc.titledLeaders.removeFirst() }
            }
            append(&s, Mention(first: start, end: end, actor: p, kind: .name), doc)
            return end
        }
        // "the Russian leader", "the Kremlin chief", "the US president".
        if leads, let org = affiliation, !former {
            if let p = doc.leaderOf[org] {
                append(&s, Mention(first: start, end: after, actor: p, kind: .description), doc)
                return after
            }
            // No leader known yet: the most recent person with no affiliation, not named in this sentence.
            guard doc.actors[org].type == .country, t[start].lower == "the" || (start > 0 && ["the", "'s"].contains(t[start - 1].lower)),
                  !(after < t.count && t[after].lower == "'s") else { return nil }
            // Prefer someone already called "President" (the same title) without a state; else a recent person with none.
            let title = t[after - 1].lower
            let generic = ["leader", "chief", "head"].contains(title)
            for (p, known) in doc.titledLeaders.reversed() where doc.affiliation[p] == nil && (generic || known == title) {
                affiliations.append((p, org, true))
                doc.leaderOf[org] = p
                doc.affiliation[p] = org
                append(&s, Mention(first: start, end: after, actor: p, kind: .description), doc)
                return after
            }
            // Not the person right before the description: that is usually the clause's subject
            // ("Mr Obama urged ... to replace the Syrian president").
            let nearest = s.mentions.last(where: { $0.type == .person })?.actor
            // Only people named in this or the last two sentences: farther back, "the US president" is
            // more often someone not named at all.
            var candidates = doc.recentPersons.filter { s.index - (doc.lastSeen[$0] ?? -10) <= 2 }
            for m in s.mentions where m.type == .person { candidates.removeAll { $0 == m.actor }; candidates.append(m.actor) }
            // Only someone the text has already put next to that state: elsewhere the guess is wrong
            // more often than right ("the US president" after an unrelated person).
            // Someone named earlier in the same sentence qualifies ("failed to agree on Assad ... replace the Syrian president").
            for p in candidates.reversed() where doc.affiliation[p] == nil && p != nearest
                && (doc.coMentioned[p]?.contains(org) ?? false || s.mentions.contains { $0.actor == p }) {
                affiliations.append((p, org, true))
                doc.leaderOf[org] = p
                doc.affiliation[p] = org
                append(&s, Mention(first: start, end: after, actor: p, kind: .description), doc)
                return after
            }
        }
        return nil
    }

    /// "Samantha Power, the U.S. ambassador to the UN", "Ana Soto, Peru's foreign minister",
    /// "Omar Haddad, president of Tunisia": an affiliation stated in apposition.
    private func apposition(_ t: [Token], _ end: Int, _ person: Int, _ doc: inout DocumentContext,
                            _ affiliations: inout [(person: Int, org: Int, leads: Bool)]) {
        let n = t.count
        // "Ana Ruiz of the BBC", "Ana Ruiz of Amnesty International": she speaks for the organization.
        if end + 1 < n, t[end].lower == "of" {
            var k = end + 1
            if t[k].lower == "the" { k += 1 }
            if k < n, let entry = lexicon.match(t, k, limit: n), entry.role == .name, lexicon.actors[entry.actor].type == .organization,
               !(k + entry.tokens.count < n && t[k + entry.tokens.count].isCapitalized && t[k + entry.tokens.count].isWord),
               !(k + entry.tokens.count < n && t[k + entry.tokens.count].lower == "'s") {
                let org = doc.actor(lexicon: entry.actor)
                affiliations.append((person, org, false))
                if doc.affiliation[person] == nil { doc.affiliation[person] = org }
            }
            return
        }
        // "Ana Ruiz is the deputy leader of the Andean Front", "Ruiz was a spokesman for NATO".
        if end + 4 < n, ["is", "was", "became", "remains"].contains(t[end].lower) {
            var j = end + 1
            if ["the", "a", "an"].contains(t[j].lower) { j += 1 }
            if j < n, !["former", "ex-", "late"].contains(t[j].lower), let (after, leads) = titleMatch(t, j), after + 1 < n,
               t[after].lower == "of" || t[after].lower == "for" {
                var k = after + 1
                if k < n, t[k].lower == "the" { k += 1 }
                var org: Int? = nil
                // "head of Chile's navy" is Chile's; "head of Iran's Quds Force" the force's.
                if k < n, let entry = lexicon.match(t, k, limit: n), k + entry.tokens.count + 1 < n, t[k + entry.tokens.count].lower == "'s",
                   let inner = lexicon.match(t, k + entry.tokens.count + 1, limit: n), inner.role == .name,
                   [.organization, .group].contains(lexicon.actors[inner.actor].type) {
                    k += entry.tokens.count + 1
                }
                if k < n, let entry = lexicon.match(t, k, limit: n), entry.role != .demonym,
                   [.country, .organization, .group].contains(lexicon.actors[entry.actor].type),
                   // "a member of the Chilean Senate Committee": a longer name, not the state.
                   !(k + entry.tokens.count < n && t[k + entry.tokens.count].isCapitalized && t[k + entry.tokens.count].isWord) {
                    org = doc.actor(lexicon: entry.actor)
                } else if k < n, t[k].isAllCaps, let a = doc.acronyms[t[k].lower] { org = a }
                if let org {
                    affiliations.append((person, org, leads))
                    doc.affiliation[person] = org
                    if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = person }
                }
            }
            return
        }
        guard end + 2 < n, t[end].lower == "," else { return }
        if let m = mentionStart(of: end, t), m > 0, ["and", "or", "between"].contains(t[m - 1].lower) { return }
        var j = end + 1
        if ["the", "a", "an"].contains(t[j].lower) { j += 1 }
        guard j < n, !["former", "ex-", "late"].contains(t[j].lower) else { return }
        if let entry = lexicon.match(t, j, limit: n), [.country, .organization, .group].contains(lexicon.actors[entry.actor].type) {
            var k = j + entry.tokens.count
            if k < n, t[k].lower == "'s" { k += 1 }
            if let (after, leads) = titleMatch(t, k), appositionCloses(t, after) {
                let org = doc.actor(lexicon: entry.actor)
                affiliations.append((person, org, leads))
                doc.affiliation[person] = org
                if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = person }
            }
            return
        }
        // ", president of Tunisia"
        if let (after, leads) = titleMatch(t, j), after + 1 < n, t[after].lower == "of" || t[after].lower == "for", appositionCloses(t, after) {
            var k = after + 1
            if k < n, t[k].lower == "the" { k += 1 }
            if k < n, t[k].isAllCaps, let org = doc.acronyms[t[k].lower] {
                affiliations.append((person, org, leads))
                doc.affiliation[person] = org
                return
            }
            // ", head of Chile's navy" is Chile's; ", head of Iran's Quds Force" is the force's.
            var possessed = false
            if k < n, let entry = lexicon.match(t, k, limit: n), k + entry.tokens.count + 1 < n, t[k + entry.tokens.count].lower == "'s",
               let inner = lexicon.match(t, k + entry.tokens.count + 1, limit: n), inner.role == .name,
               [.organization, .group].contains(lexicon.actors[inner.actor].type) {
                k += entry.tokens.count + 1
                possessed = true
            }
            // "spokesperson for the Chilean National Police", "chief of the Chilean State Intelligence Agency":
            // a body of the state serves the state.
            if k < n, let entry = lexicon.match(t, k, limit: n), entry.role == .demonym, lexicon.actors[entry.actor].type == .country {
                var end = k + entry.tokens.count
                while end < n, end < k + entry.tokens.count + 4, t[end].isCapitalized, t[end].isWord { end += 1 }
                if end > k + entry.tokens.count, MentionFinder.stateBodies.contains(t[end - 1].lower) {
                    let org = doc.actor(lexicon: entry.actor)
                    affiliations.append((person, org, false))
                    doc.affiliation[person] = org
                    return
                }
            }
            // "director of the Chilean Retailers Association" serves the association, not Chile.
            if k < n, let entry = lexicon.match(t, k, limit: n), [.country, .organization, .group].contains(lexicon.actors[entry.actor].type),
               entry.role != .demonym, !(k + entry.tokens.count < n && t[k + entry.tokens.count].isCapitalized && t[k + entry.tokens.count].isWord),
               possessed || !(k + entry.tokens.count < n && t[k + entry.tokens.count].lower == "'s") {
                let org = doc.actor(lexicon: entry.actor)
                affiliations.append((person, org, leads))
                doc.affiliation[person] = org
                if leads && doc.leaderOf[org] == nil { doc.leaderOf[org] = person }
            }
        }
    }

    /// Whether an apposition's title at `after` ends the phrase: a comma, a dash, the end of the
    /// sentence, possibly after a short "to/of/for ..." phrase — not a verb ("..., the U.S. president came away").
    /// The first token of the name that ends at `end` (a run of capitalised words).
    private func mentionStart(of end: Int, _ t: [Token]) -> Int? {
        var k = end - 1
        while k > 0, t[k - 1].isCapitalized, end - k < 4 { k -= 1 }
        if k > 0, ["mr", "mrs", "ms", "dr", "."].contains(t[k - 1].lower) { k -= 1; if k > 0, t[k].lower == ".", ["mr", "mrs", "ms", "dr"].contains(t[k - 1].lower) { k -= 1 } }
        return k >= 0 ? k : nil
    }

    private func appositionCloses(_ t: [Token], _ after: Int) -> Bool {
        var k = after
        if k < t.count, ["to", "of", "for", "in", "at"].contains(t[k].lower) {
            while k < t.count, k < after + 7, ![",", ".", "--", ";", ")", ":"].contains(t[k].lower) { k += 1 }
        }
        return k >= t.count || [",", ".", "--", ";", ")", ":", "\"", "who", "and"].contains(t[k].lower)
    }

    /// A title at `i` (after optional "top", "senior", "deputy"...): the index after it and whether it leads.
    func titleMatch(_ t: [Token], _ i: Int) -> (Int, Bool)? {
        var j = i
        while j < t.count, ["top", "senior", "acting", "interim", "caretaker", "transitional", "incumbent", "sitting", "new", "then-", "outgoing", "incoming", "chief"].contains(t[j].lower), j - i < 2 {
            if t[j].lower == "chief", j + 1 < t.count, CueLexicon.titles[t[j + 1].lower] == nil { break }
            j += 1
        }
        // "foreign affairs minister", "deputy defence secretary": up to two modifiers before a title's head noun.
        guard j < t.count else { return nil }
        if let options = CueLexicon.titles[t[j].lower] {
            for option in options where j + option.tokens.count <= t.count {
                var ok = true
                for k in 0..<option.tokens.count where t[j + k].lower != option.tokens[k] { ok = false; break }
                if ok { return (j + option.tokens.count, option.leads) }
            }
        }
        // "foreign affairs minister", "deputy defence secretary": up to two modifiers before a title's head noun.
        var k = j
        while k < t.count, k < j + 2, t[k].isWord, !CueLexicon.conjunctions.contains(t[k].lower), !t[k].isCapitalized || t[k].lower == "foreign",
              !RelationFinder.determiners.contains(t[k].lower) || ["foreign", "military", "financial", "political", "diplomatic", "economic"].contains(t[k].lower) {
            k += 1
            if k < t.count, CueLexicon.titleHeads.contains(t[k].lower) { return (k + 1, false) }
        }
        return nil
    }

    /// The end of a run of capitalised name tokens starting at `i` (particles such as "al-", "bin" allowed inside).
    func nameRun(_ t: [Token], _ i: Int, limit: Int) -> Int {
        var j = i
        while j < t.count, j - i < limit {
            let tok = t[j]
            // "Theresa May", "Brian March": a month after a first name is a surname.
            let monthSurname = j > i && DateFinder.months[tok.lower] != nil && (tok.lower.count > 3 || tok.lower == "may") && tok.isCapitalized
            // "Volvo XC90" is no person; "John Major" is ("major general" is a title, "Major" alone is not).
            let title = CueLexicon.titles[tok.lower].map { options in
                options.contains { o in j + o.tokens.count <= t.count && (0..<o.tokens.count).allSatisfy { t[j + $0].lower == o.tokens[$0] } }
            } ?? false
            if tok.isCapitalized && tok.isWord && (!CueLexicon.nameStopWords.contains(tok.lower) || monthSurname) && !title
                && !tok.lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
                && !CueLexicon.prepositions.contains(tok.lower) && !(tok.lower.hasSuffix("ing") && tok.lower.count > 5)
                && !(tok.lower.hasSuffix("-backed") || tok.lower.hasSuffix("-led") || tok.lower.hasSuffix("-based") || tok.lower.hasSuffix("-era") || tok.lower.hasSuffix("-style"))
                && !(tok.isAllCaps && tok.lower.count > 4) {
                if j > i, lexicon.match(t, j, limit: t.count) != nil && lexicon.entries[tok.lower]?.first?.tokens.count == 1 && j + 1 >= t.count { break }
                j += 1
                continue
            }
            if j > i, j + 1 < t.count, t[j + 1].isCapitalized, ["al", "bin", "ibn", "de", "van", "von", "da", "di", "al-"].contains(tok.lower) {
                j += 1
                continue
            }
            if j > i, tok.lower.hasPrefix("al-") || tok.lower.hasPrefix("el-") { j += 1; continue }
            break
        }
        // A name never ends in a lexicon country ("Putin Russia"): trim it.
        var e = j
        // (A word may also begin longer names: "ISIS" and "ISIS fighters".)
        // An acronym trims too ("Defeat ISIS"); a word that is also a surname does not ("Ana West").
        while e > i, lexicon.entries[t[e - 1].lower]?.contains(where: { $0.tokens.count == 1
                  && ([.country, .place].contains(lexicon.actors[$0.actor].type) || t[e - 1].isAllCaps) }) == true,
              lexicon.match(t, e - 1, limit: t.count) != nil {
            e -= 1
        }
        return e
    }

    private func demonymActor(_ lower: String) -> Int? {
        guard let entries = lexicon.entries[lower] else { return nil }
        return entries.first { $0.tokens.count == 1 }?.actor
    }

    func append(_ s: inout SentenceState, _ m: Mention, _ doc: DocumentContext) {
        var m = m
        m.type = doc.actors[m.actor].type
        if m.type == .country, m.kind != .description, m.end <= s.tokens.count,
           (m.end > m.first && s.tokens[m.end - 1].lower == "embassy") || (m.end < s.tokens.count && s.tokens[m.end].lower == "embassy") {
            s.embassy = m.actor
        }
        if m.type == .country, m.end < s.tokens.count + 1, m.end > m.first, m.end <= s.tokens.count,
           s.tokens[m.end - 1].lower == "regime" || (m.end < s.tokens.count && s.tokens[m.end].lower == "regime") {
            s.regime = m.actor
        }
        if m.type == .group && m.kind == .name {
            let label = doc.actors[m.actor].label.lowercased()
            if label.hasSuffix("separatists") { s.namedGroups.append(("separatists", m.actor)) }
            if label.hasSuffix("rebels") || label.hasSuffix("opposition") { s.namedGroups.append(("rebels", m.actor)) }
        }
        s.mentions.append(m)
    }

    /// Records the agreements of a sentence's mentions, for a later "the agreement".
    func noteAgreements(_ s: SentenceState, _ doc: inout DocumentContext) {
        for m in s.mentions where m.type == .agreement { doc.lastAgreement = (m.actor, s.index) }
    }

    /// States of the United States that share their name with a country.
    static let usStateNames: Set<String> = ["Georgia"]
    /// Title words of US politics: before "A of Georgia" they name the US state.
    static let usPoliticsWords: Set<String> = [
        "republican", "democrat", "democratic", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
        "governor", "gov.", "gop", "lawmaker", "legislator",
    ]

    /// Quotation marks, as tokens.
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "``", "''"]

    /// Three-letter words a Title Case headline leaves in lower case.
    static let titleLowerWords: Set<String> = ["and", "the", "for", "but", "nor", "yet", "off", "out", "per", "via", "its"]

    /// Words of four letters or more that headlines in title case still write lower case.
    static let headlineLowerWords: Set<String> = [
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind",
        "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during", "except",
        "from", "inside", "into", "like", "near", "onto", "over", "past", "since", "than", "that", "through",
        "toward", "towards", "under", "until", "upon", "with", "within", "without", "when", "while",
    ]

    /// Links mentions joined by ",", "and", "or", "as well as", "nor" into groups.
    private func coordinate(_ s: inout SentenceState) {
        let count = s.mentions.count
        s.groupStart = Array(0..<count)
        s.groupEnd = Array(1...max(1, count)).prefix(count).map { $0 }
        guard count > 1 else { return }
        var runStart = 0
        var lastAnd = -1     // index of the last mention reached by an "and"/"or" link in this run
        var m = 1
        while m <= count {
            var link = 0 // 0: none, 1: comma only, 2: and/or
            if m < count {
                let a = s.mentions[m - 1], b = s.mentions[m]
                let gap = b.first - a.end
                // A clause after ", and" ("..., and Russia doesn't want") is no list.
                let clauseFollows = b.end < s.tokens.count && ["does", "do", "did", "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says"].contains(s.tokens[b.end].lower)
                // "cooperation with Russia and the Pentagon is sending": a new clause, not a list of objects.
                // ("is sending" starts a clause; "is set to", "are expected to" continue the phrase the list belongs to.)
                let verbAfter = b.end + 1 < s.tokens.count && (s.tokens[b.end + 1].lower.hasSuffix("ing") || s.tokens[b.end + 1].lower.hasSuffix("ed"))
                    && !["set", "expected", "scheduled", "due", "planned", "supposed"].contains(s.tokens[b.end + 1].lower)
                let aIsObject = a.first > 0 && CueLexicon.prepositions.contains(s.tokens[a.first - 1].lower) && verbAfter
                // "had defeated ISIS and Turkey would be moving": an object, then a new clause.
                var v = a.first - 1
                while v > 0, ["the", "a", "an"].contains(s.tokens[v].lower) { v -= 1 }
                let aAfterVerb = v >= 0 && v < a.first - 0 && s.tokens[v].isLowerInitial && CueLexicon.verbCues(s.tokens[v].lower) != nil
                    && !MentionFinder.speechVerbs.contains(s.tokens[v].lower)
                if s.listJoins[a.end] == b.first {
                    link = 2
                } else if gap >= 1 && gap <= 3 && m - runStart < 8 && !a.possessive && !b.possessive && !(clauseFollows && (s.tokens[a.end].lower == "," || aIsObject || aAfterVerb)) {
                    for k in a.end..<b.first {
                        let w = s.tokens[k].lower
                        if w == "and" || w == "or" || w == "nor" { link = 2; continue }
                        if w == "," {
                            // "the General Assembly, Mr Obama and Mr Putin": a comma joins like with like.
                            if (a.type == .person) != (b.type == .person) { link = 0; break }
                            link = max(link, 1); continue
                        }
                        if w == "as" || w == "well" || w == "even" || w == "both" || w == "also" || w == "the" || (k == b.first - 1 && (w == "his" || w == "her" || w == "their")) { continue }
                        link = 0
                        break
                    }
                }
            }
            if link == 2 { lastAnd = m }
            if link == 0 {
                // A list joined by commas must close with "and"/"or": "A, B and C". Cut trailing comma links.
                var end = m
                // "A, B, and other opponents", "A, B and others" close the list too.
                let after = s.mentions[m - 1].end
                var closes = false
                var k = after
                while k < min(s.tokens.count, after + 3) {
                    let w = s.tokens[k].lower
                    if w == "," || w == "and" { k += 1; continue }
                    closes = k > after && (w == "other" || w == "others" || w == "its" || w == "their" || w == "several")
                    break
                }
                if closes { lastAnd = m - 1 }
                if lastAnd < 0 { end = runStart + 1 } else if lastAnd < m { end = lastAnd + 1 }
                for k in runStart..<end { s.groupStart[k] = runStart; s.groupEnd[k] = end }
                runStart = end
                lastAnd = -1
                if end < m { m = end + 1; continue }
            }
            m += 1
        }
    }
}

extension String {
    var capitalizedFirst: String {
        guard let f = unicodeScalars.first else { return self }
        return String(f).uppercased() + String(unicodeScalars.dropFirst())
    }
}
