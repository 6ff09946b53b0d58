import Language

/// What one document has established so far: its actors, the people named in it
/// (keyed by surname, so "Putin" and "Mr Putin" find "Vladimir Putin"), who leads or
/// serves which state, the most recent person and thing for pronouns, and the facts
/// found with all their evidence. One per document; discarded afterwards.
struct DocumentContext {
    struct Person {
        var actor: Int
        var nameTokens: Int
        var label: String
    }

    struct FactKey: Hashable {
        var subject: Int
        var predicate: Predicate
        var object: Int
        var negated: Bool
    }

    let lexicon = ActorLexicon.shared
    var actors: [Actor] = []
    var lexiconActor: [Int: Int] = [:]
    private var labelActor: [String: Int] = [:]
    var persons: [String: Person] = [:]
    /// Acronyms defined in the text ("Popular Mobilization Forces (PMF)") → actor.
    var acronyms: [String: Int] = [:]
    /// The last agreement named and its sentence, for a later "the agreement".
    var lastAgreement: (actor: Int, sentence: Int)? = nil
    /// First word of an agreement's name → the agreement ("SouthLink" → the SouthLink pipeline).
    var agreementsByName: [String: Int] = [:]
    /// Lower-cased full names → person actor.
    var fullNames: [String: Int] = [:]
    /// Person actor → the state or organization they lead or serve.
    var affiliation: [Int: Int] = [:]
    /// State or organization actor → the person who leads it.
    var leaderOf: [Int: Int] = [:]
    var lastPerson: (actor: Int, sentence: Int)? = nil
    var lastThing: (actor: Int, sentence: Int)? = nil
    var lastCountry: (actor: Int, sentence: Int)? = nil
    /// The last international organisation and armed group named, for "the bloc", "the group".
    var lastOrganization: (actor: Int, sentence: Int)? = nil
    /// The subject-most state of the last sentence that named one outside a phrase, for "the country".
    var salientCountry: (actor: Int, sentence: Int)? = nil
    var lastArmedGroup: (actor: Int, sentence: Int)? = nil
    /// The last group named of each kind ("rebels", "separatists"), for a later "the rebels".
    var lastGroup: [String: Int] = [:]
    /// The state last called a regime ("the Syrian regime"), for a later "the regime".
    var lastRegime: Int? = nil
    /// The state leading the last "X-led coalition" named, for a later "the coalition".
    var coalitionLeader: Int? = nil
    /// The state whose embassy was named last ("the US Embassy in London"), for a later "the embassy".
    var lastEmbassy: Int? = nil
    /// Who spoke last ("..., Putin said"), for "we" and "our" in quotes.
    var lastSpeaker: (actor: Int, sentence: Int)? = nil
    /// The actor attacked most often so far, for "ruled out ground troops".
    var lastEnemy: Int? = nil
    var attackedCount: [Int: Int] = [:]
    /// People introduced with a leader's title but no state ("President Putin"), most recent last.
    var titledLeaders: [(person: Int, title: String)] = []
    /// People named with a past title ("former President X"): their office is a fact, but they are
    /// not "the president" of later sentences.
    var formerHolders: Set<Int> = []
    /// People with a government title and no state ("Senator A"): placed in the story's state, if
    /// it has one, when the document ends. Sentence index and range, for the evidence.
    var unplacedOfficials: [(person: Int, sentence: Int, start: Int, end: Int, former: Bool)] = []
    /// Act noun → the actor that last owned it and the sentence ("Chile's withdrawal"), for a
    /// later "the withdrawal".
    var recentActs: [String: (actor: Int, sentence: Int)] = [:]
    /// Who took part in the last meeting the text reported, for a later "the talks", "the summit".
    var lastMeeting: (actors: [Int], sentence: Int)? = nil
    /// Country actor → how many times the document names it.
    var countryMentions: [Int: Int] = [:]

    /// The state the story is about: the most named, at least three times and twice as often as any other.
    var storyState: Int? {
        let ranked = countryMentions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, top.value >= 3 else { return nil }
        if ranked.count > 1 && ranked[1].value * 2 > top.value { return nil }
        return top.key
    }
    /// Person actor → the gender an honorific gave them ("Ms Ruiz").
    var genders: [Int: Gender] = [:]
    /// The people of the last sentences, most recent last (at most eight).
    var recentPersons: [Int] = []
    /// Person actor → the last sentence that named them.
    var lastSeen: [Int: Int] = [:]
    /// Person actor → the states named in a sentence with them, so that "the Syrian president"
    /// is guessed to be someone only when the text has put them next to Syria before.
    var coMentioned: [Int: Set<Int>] = [:]
    /// The last coordinated pair or list of people or states ("Chile and Peru"), for a later
    /// "they", "the two leaders", "both sides".
    var lastPlural: (actors: [Int], persons: Bool, sentence: Int)? = nil
    /// The facts found, merged with `Fact.merge`; their subject and object are filled in
    /// with actor ids when the document is done (`FactKey` holds the document actors).
    var facts: [FactKey: Fact] = [:]
    var factOrder: [FactKey] = []

    /// The document actor for a lexicon actor.
    mutating func actor(lexicon index: Int) -> Int {
        if let a = lexiconActor[index] { return a }
        let a = actors.count
        actors.append(lexicon.actors[index])
        lexiconActor[index] = a
        labelActor[lexicon.actors[index].label] = a
        return a
    }

    /// The document actor with this label and type, made if new (groups such as "Syrian rebels").
    mutating func actor(label: String, type: ActorType) -> Int {
        if let a = labelActor[label] { return a }
        if let l = lexicon.actorIndex(label: label) { return actor(lexicon: l) }
        let a = actors.count
        actors.append(Actor(label: label, type: type))
        labelActor[label] = a
        return a
    }

    /// The key a person is filed under: the last name, without "al-" and the like.
    static func surnameKey(_ lower: String) -> String {
        for prefix in ["al-", "el-", "al ", "bin-"] where lower.hasPrefix(prefix) && lower.count > prefix.count + 2 {
            return String(lower.dropFirst(prefix.count))
        }
        return lower
    }

    /// The person with this name, made if new; a longer name for a known surname
    /// becomes its label ("Obama" then "Barack Obama").
    mutating func person(tokens: [Token], text: CleanText, prefix: String = "") -> Int {
        let key = DocumentContext.surnameKey(tokens[tokens.count - 1].lower)
        var label = prefix
        for (k, t) in tokens.enumerated() {
            if k > 0 || !label.isEmpty { label += " " }
            label += String(String.UnicodeScalarView(text.scalars[Int(t.start)..<Int(t.end)]))
        }
        let full = label.lowercased()
        if let a = fullNames[full] { return a }
        if var known = persons[key] {
            let knownFirst = known.label.split(separator: " ").first.map { $0.lowercased() } ?? ""
            let newFirst = tokens.count > 1 ? tokens[0].lower : ""
            // "Robert Kennedy" after "John Kennedy" is someone else.
            let different = known.nameTokens > 1 && tokens.count > 1 && prefix.isEmpty && knownFirst != newFirst
            if !different {
                if tokens.count > known.nameTokens && prefix.isEmpty {
                    known.nameTokens = tokens.count
                    known.label = label
                    actors[known.actor].label = label
                    actors[known.actor].id = Actor.slug(label)
                    persons[key] = known
                }
                if tokens.count > 1 { fullNames[full] = known.actor }
                return known.actor
            }
        }
        let a = actors.count
        actors.append(Actor(label: label, type: .person))
        // A bare surname keeps meaning the first person of that name ("Biden" after "Hunter Biden" is Joe).
        if persons[key] == nil { persons[key] = Person(actor: a, nameTokens: prefix.isEmpty ? tokens.count : 1, label: label) }
        if tokens.count > 1 {
            fullNames[full] = a
            // "Kim Jong-un" is later "Mr Kim": the first name is a key too when free.
            let first = DocumentContext.surnameKey(tokens[0].lower)
            if persons[first] == nil, prefix.isEmpty { persons[first] = Person(actor: a, nameTokens: tokens.count, label: label) }
        }
        return a
    }

    /// The Wikidata ids of the states named so far.
    var stateIDs: Set<String> {
        Set(actors.lazy.filter { $0.type == .country }.compactMap(\.wikidata))
    }

    /// The person of the people table, made if new and filed under their surname.
    mutating func person(known p: PeopleTable.Person, token: String) -> Int {
        let full = p.label.lowercased()
        if let a = fullNames[full] { return a }
        let a = actors.count
        actors.append(Actor(label: p.label, type: .person, wikidata: p.wikidata))
        fullNames[full] = a
        let words = full.split(separator: " ")
        let person = Person(actor: a, nameTokens: words.count, label: p.label)
        for key in [DocumentContext.surnameKey(String(words.last ?? "")), DocumentContext.surnameKey(token)] where persons[key] == nil {
            persons[key] = person
        }
        return a
    }

    /// Gives people of the people table their usual name and Wikidata id, so that
    /// "Erdogan" here and "Recep Tayyip Erdoğan" elsewhere are one node.
    mutating func canonicalizePeople(_ table: PeopleTable) {
        let states = stateIDs
        for k in actors.indices where actors[k].type == .person && actors[k].wikidata == nil {
            guard let p = table.resolve(actors[k].label, states: states) else { continue }
            // The spelling the article uses when it is the same name ("Kyriakos Mitsotakis"
            // for the table's accented form); the table's full name for a surname or variant.
            if PeopleTable.fold(actors[k].label) != PeopleTable.fold(p.label) { actors[k].label = p.label }
            actors[k].id = Actor.slug(p.label)
            actors[k].wikidata = p.wikidata
        }
    }

    /// Records a fact, or adds evidence to the same fact already found (at most 50
    /// pieces of evidence per fact: a story that repeats a fact more adds nothing).
    mutating func add(subject: Int, predicate: Predicate, object: Int, negated: Bool, modality: Modality,
                      confidence: Double, evidence: Evidence) {
        guard subject != object else { return }
        var key = FactKey(subject: subject, predicate: predicate, object: object, negated: negated)
        if predicate.isSymmetric && object < subject { key.subject = object; key.object = subject }
        if var known = facts[key] {
            let room = known.evidence.count < 50 || known.evidence.contains { EvidenceSpot($0) == EvidenceSpot(evidence) }
            known.merge(Fact(subject: "", predicate: predicate, object: "", negated: negated, modality: modality,
                             confidence: confidence, evidence: room ? [evidence] : []))
            facts[key] = known
        } else {
            facts[key] = Fact(subject: "", predicate: predicate, object: "", negated: negated, modality: modality,
                              confidence: confidence, evidence: [evidence])
            factOrder.append(key)
        }
    }
}
