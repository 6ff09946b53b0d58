import Language

/// The built-in lexicon of actors: every state (names, aliases, demonyms, capitals,
/// seats of government), the major organizations, armed groups, territories and
/// agreements. Matching is by lower-cased token sequence, longest first.
///
/// Built once (`ActorLexicon.shared`); immutable afterwards, so safe to share.
final class ActorLexicon: Sendable {
    /// How a lexicon phrase refers to its actor.
    enum Role: UInt8, Sendable {
        case name       // "Russia", "the Kremlin", "ISIS"
        case demonym    // "Russian": the state when it modifies a government noun
        case capital    // "Moscow"
    }

    struct Entry: Sendable {
        var tokens: [String]
        var actor: Int
        var role: Role
        /// Token positions that must be capitalised in the text.
        var capitalMask: UInt8
        /// Token positions that must be written in capitals ("US", "IS", "WHO").
        var allCapsMask: UInt8
    }

    static let shared = ActorLexicon()

    let actors: [Actor]
    /// Lower-cased first token → entries, longest first.
    let entries: [String: [Entry]]
    /// For every country actor, its main demonym ("Russian"), for labels such as "Syrian rebels".
    let demonymOf: [Int: String]
    /// Lower-cased first token of a country name/alias → actor, for prefixes such as "Kremlin-backed".
    let singleToken: [String: Int]
    /// A territory → the state it lies in, when its name says so ("eastern Ukraine" → Ukraine).
    let placeCountry: [Int: Int]
    private let stateByWikidata: [String: Int]

    private init() {
        var actors: [Actor] = []
        var entries: [String: [Entry]] = [:]
        var demonymOf: [Int: String] = [:]
        var singleToken: [String: Int] = [:]

        func add(_ phrase: String, _ actor: Int, _ role: Role) {
            var tokens: [Token] = []
            let scalars = Array(phrase.unicodeScalars)
            Tokenizer.tokenize(scalars, 0, scalars.count, into: &tokens)
            guard !tokens.isEmpty, tokens.count <= 8 else { return }
            var capitalMask: UInt8 = 0, allCapsMask: UInt8 = 0
            for (k, t) in tokens.enumerated() {
                if t.isCapitalized && !(k == 0 && t.lower == "the") { capitalMask |= 1 << k }
                if t.isAllCaps { allCapsMask |= 1 << k }
            }
            let entry = Entry(tokens: tokens.map(\.lower), actor: actor, role: role, capitalMask: capitalMask, allCapsMask: allCapsMask)
            entries[tokens[0].lower, default: []].append(entry)
            if tokens.count == 1 && role != .demonym { singleToken[tokens[0].lower] = actor }
            // "the X" aliases also match without the article, and bare ones with it.
            if tokens.count > 1 && tokens[0].lower == "the" {
                let rest = Entry(tokens: Array(entry.tokens.dropFirst()), actor: actor, role: role,
                                 capitalMask: capitalMask >> 1, allCapsMask: allCapsMask >> 1)
                entries[rest.tokens[0], default: []].append(rest)
            }
        }

        for line in CountryTable.rows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharactersInSpaces() }
            guard f.count >= 6 else { continue }
            let index = actors.count
            let aliases = f[2].isEmpty ? [] : f[2].split(separator: ";").map(String.init)
            actors.append(Actor(label: f[0], type: .country, wikidata: f[1].isEmpty ? nil : f[1], aliases: aliases))
            add(f[0], index, .name)
            for a in aliases { add(a, index, .name) }
            let demonyms = f[3].split(separator: ";").map(String.init)
            if let first = demonyms.first { demonymOf[index] = first }
            for d in demonyms {
                add(d, index, .demonym)
                if d.hasSuffix("an") || d.hasSuffix("i") {
                    add(d + "s", index, .name) // "Russians", "Iraqis"
                }
            }
            for c in f[4].split(separator: ";") { add(String(c), index, .capital) }
            for m in f[5].split(separator: ";") {
                add(String(m), index, .name)
                add("the " + m, index, .name)
            }
        }
        for line in ActorTable.rows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharactersInSpaces() }
            guard f.count >= 4, let type = ActorType(rawValue: f[0]) else { continue }
            let index = actors.count
            let aliases = f[3].isEmpty ? [] : f[3].split(separator: ";").map(String.init)
            actors.append(Actor(label: f[1], type: type, wikidata: f[2].isEmpty ? nil : f[2], aliases: aliases))
            add(f[1], index, .name)
            for a in aliases { add(a, index, .name) }
        }
        // "Western" before a government noun is the West ("Western efforts", "Western powers").
        if let west = actors.firstIndex(where: { $0.label == "the West" }) { add("Western", west, .demonym) }
        if let europe = actors.firstIndex(where: { $0.label == "Europeans" }) { add("European", europe, .demonym) }
        for key in entries.keys { entries[key]!.sort { $0.tokens.count > $1.tokens.count } }
        self.actors = actors
        self.entries = entries
        self.demonymOf = demonymOf
        self.singleToken = singleToken
        var placeCountry: [Int: Int] = [:]
        let countryByLabel = Dictionary(actors.enumerated().filter { $0.element.type == .country }.map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for (index, actor) in actors.enumerated() where actor.type == .place {
            if let last = actor.label.split(separator: " ").last, let c = countryByLabel[String(last)] { placeCountry[index] = c }
        }
        self.placeCountry = placeCountry
        var stateByWikidata: [String: Int] = [:]
        for (index, actor) in actors.enumerated() where actor.type == .country {
            if let q = actor.wikidata, stateByWikidata[q] == nil { stateByWikidata[q] = index }
        }
        self.stateByWikidata = stateByWikidata
    }

    /// The longest entry matching `tokens[i...]`, honouring capitalisation.
    func match(_ tokens: [Token], _ i: Int, limit: Int) -> Entry? {
        guard let candidates = entries[tokens[i].lower] else { return nil }
        for e in candidates where i + e.tokens.count <= limit {
            var ok = true
            for k in 0..<e.tokens.count {
                let t = tokens[i + k]
                if t.lower != e.tokens[k] { ok = false; break }
                if e.capitalMask & (1 << k) != 0 && !t.isCapitalized { ok = false; break }
                if e.allCapsMask & (1 << k) != 0 && !(t.isAllCaps || t.lower.count == 1) { ok = false; break }
            }
            if ok { return e }
        }
        return nil
    }

    /// The country with this Wikidata item ("Q30" → the United States).
    func stateIndex(wikidata: String) -> Int? {
        stateByWikidata[wikidata]
    }

    func actorIndex(label: String) -> Int? {
        actors.firstIndex { $0.label == label }
    }
}

extension Substring {
    func trimmingCharactersInSpaces() -> String {
        var s = self[...]
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
