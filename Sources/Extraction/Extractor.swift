import Foundation
import Language

/// How the text of a document is marked up.
public enum SourceKind: String, Codable, CaseIterable, Sendable {
    case plain
    case markdown
    case html
}

/// Turns the text of one news article into actors and facts (ONTOLOGY.md).
///
/// The pipeline: `TextCleaner` (markup and page furniture out, offsets kept) →
/// `SentenceSplitter` → `Tokenizer` → `MentionFinder` (lexicon, people, titles,
/// coreference) → `RelationFinder` (predicate cues, negation, modality) → one fact per
/// (subject, predicate, object, negated) with all its evidence. Work is per document
/// and linear in its length.
///
/// Thread safety: a value type with no shared mutable state (the lexicons are
/// immutable statics); call it from any thread.
public struct Extractor: Sendable {
    /// Which readers find relations: the token rules (`RelationFinder`), the clause
    /// reader over the dependency parse (`ClauseReader`, frames as data), or both.
    struct Readers: OptionSet, Sendable {
        let rawValue: Int
        static let rules = Readers(rawValue: 1)
        static let clauses = Readers(rawValue: 2)
    }

    let readers: Readers

    /// Both readers: on the dev set the clause reader adds facts the rules miss
    /// (strict F1 0.460 -> 0.473) for 0.007 on the seeds.
    public init() { readers = Extractor.defaultReaders }

    /// `KG_READERS=clauses` runs the clause reader alone, for measuring; read once per process.
    static let defaultReaders: Readers = ProcessInfo.processInfo.environment["KG_READERS"] == "clauses" ? [.clauses] : [.rules, .clauses]

    init(readers: Readers) { self.readers = readers }

    /// Extracts one document.
    /// - Parameters:
    ///   - text: the text as read (HTML or Markdown included); evidence offsets point into it.
    ///   - kind: how it is marked up.
    ///   - id: the document id.
    ///   - source: where it was read from.
    public func extract(text: String, kind: SourceKind = .plain, id: String, source: String? = nil) -> DocumentExtraction {
        extract(TextCleaner.clean(text, kind: kind), id: id, source: source)
    }

    /// Extracts one document already cleaned.
    func extract(_ clean: CleanText, id: String, source: String?) -> DocumentExtraction {
        var ranges: [Range<Int>] = []
        SentenceSplitter.split(clean.scalars, into: &ranges)

        var doc = DocumentContext()
        var sentence = SentenceState()
        var found: [RelationFinder.Found] = []
        var affiliations: [(person: Int, org: Int, leads: Bool)] = []
        let mentions = MentionFinder()
        let relations = RelationFinder()
        let language = readers.contains(.clauses) ? try? LanguageModel.english : nil
        let reader = ClauseReader(frames: FrameTable.english)
        let acts = ActAntecedents.english

        // The headline is read last: its short names ("Merkel and Hollande press Putin") are known by then.
        var order = Array(ranges.indices)
        if order.count > 1 {
            let end = ranges[0].upperBound
            let last = clean.scalars[end - 1]
            let unpunctuated = !(last == "." || last == "!" || last == "?" || last == "\"" || last == "\u{201D}")
            if unpunctuated && (end >= clean.scalars.count || clean.scalars[end] == "\n") { order.append(order.removeFirst()) }
        }
        for index in order {
            let range = ranges[index]
            sentence.reset()
            sentence.index = index
            sentence.start = range.lowerBound
            sentence.end = range.upperBound
            Tokenizer.tokenize(clean.scalars, range.lowerBound, range.upperBound, into: &sentence.tokens)
            affiliations.removeAll(keepingCapacity: true)
            mentions.find(&sentence, &doc, clean, affiliations: &affiliations)
            if Extractor.trace { Extractor.traceMentions(sentence, doc) }
            found.removeAll(keepingCapacity: true)
            if readers.contains(.rules) { relations.find(sentence, &doc, into: &found) }
            // "Peru condemned the withdrawal": an act named again refers to its owner.
            let reading = acts.resolve(sentence, doc) ?? sentence
            acts.note(reading, &doc)
            // A fact needs two actors: a sentence naming fewer is not parsed.
            if let language, Set(reading.mentions.map(\.actor)).count >= 2 {
                let parse = language.analyze(tokens: reading.tokens, in: clean.scalars)
                var read: [RelationFinder.Found] = []
                reader.read(reading, parse, into: &read)
                reader.dropMisplacedDoers(&found, reading, parse)
                // Titles set apart from the name: kept where the position rules placed no one.
                for a in reader.readAffiliations(reading, parse) where !affiliations.contains(where: { $0.person == a.person }) {
                    affiliations.append((a.person, a.org, a.leads))
                }
                for f in read where !found.contains(where: { $0.subject == f.subject && $0.object == f.object && $0.predicate == f.predicate }) {
                    found.append(f)
                }
            }
            // The quote is cut only for sentences that gave something.
            let quote = affiliations.isEmpty && found.isEmpty ? nil : evidenceSpan(clean, range)
            for a in affiliations {
                if !doc.formerHolders.contains(a.person) {
                    doc.affiliation[a.person] = a.org
                    if a.leads, doc.leaderOf[a.org] == nil { doc.leaderOf[a.org] = a.person }
                }
                doc.add(subject: a.person, predicate: a.leads ? .leaderOf : .memberOf, object: a.org, negated: false,
                        modality: .asserted, confidence: 0.9, evidence: evidence(clean, sentence, index, range, quote, nil, 0.9))
            }
            for f in found {
                // "discussed it with wife A", "gave his son B money": family life, not politics.
                if Extractor.privatePredicates.contains(f.predicate),
                   Extractor.isKin(f.subject, in: sentence) || Extractor.isKin(f.object, in: sentence) { continue }
                if f.predicate == .attacks, Extractor.isContestOrWords(f, doc, sentence) { continue }
                // "the summit of Chile and Peru was attended by Chile's president": no one meets the state they serve.
                if f.predicate == .meetsWith || f.predicate == .cooperatesWith,
                   doc.affiliation[f.subject] == f.object || doc.affiliation[f.object] == f.subject { continue }
                if f.predicate == .attacks && !f.negated {
                    doc.attackedCount[f.object, default: 0] += 1
                    if doc.attackedCount[f.object]! >= doc.attackedCount[doc.lastEnemy ?? f.object] ?? 0 { doc.lastEnemy = f.object }
                }
                doc.add(subject: f.subject, predicate: f.predicate, object: f.object, negated: f.negated, modality: f.modality,
                        confidence: f.confidence, evidence: evidence(clean, sentence, index, range, quote, (f.first, f.last), f.confidence, f.modality))
            }
            // A meeting reported as fact: its participants are what a later "the talks" means.
            var participants: [Int] = []
            for f in found where f.predicate == .meetsWith && !f.negated && f.modality == .asserted {
                for a in [f.subject, f.object] where !participants.contains(a) { participants.append(a) }
            }
            if participants.count >= 2 { doc.lastMeeting = (participants, index) }
            for (kind, group) in sentence.namedGroups { doc.lastGroup[kind] = group }
            if let regime = sentence.regime { doc.lastRegime = regime }
            if let embassy = sentence.embassy { doc.lastEmbassy = embassy }
            // Antecedents for the pronouns of the next sentences: the subject-most person and thing.
            // The subject-most coordinated list of people or states, for "they" and "the two leaders".
            var m = 0
            while m < sentence.mentions.count {
                let members = sentence.group(m)
                let first = sentence.mentions[m]
                let inPhrase = first.first > 0 && RelationFinder.isPreposition(sentence.tokens[first.first - 1].lower)
                let persons = members.allSatisfy { $0.type == .person }
                let states = members.allSatisfy { $0.type == .country || $0.type == .organization }
                let actors = Array(Set(members.map(\.actor)))
                if actors.count >= 2, !inPhrase, !first.plural, persons || states {
                    doc.lastPlural = (members.map(\.actor).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }, persons, index)
                    break
                }
                m = sentence.groupEnd[m]
            }
            var personSet = false, thingSet = false
            var statesHere = Set<Int>()
            for m in sentence.mentions {
                if m.type == .country { statesHere.insert(m.actor) }
                if let c = m.country { statesHere.insert(c) }
            }
            if !statesHere.isEmpty {
                for m in sentence.mentions where m.type == .person { doc.coMentioned[m.actor, default: []].formUnion(statesHere) }
            }
            for m in sentence.mentions where m.type == .country { doc.countryMentions[m.actor, default: 0] += 1 }
            if let m = sentence.mentions.first(where: { m in
                m.type == .country && !m.possessive && !(m.first > 0 && CueLexicon.prepositions.contains(sentence.tokens[m.first - 1].lower))
            }) { doc.salientCountry = (m.actor, index) }
            for m in sentence.mentions {
                if m.type == .organization { doc.lastOrganization = (m.actor, index) }
                if m.type == .group { doc.lastArmedGroup = (m.actor, index) }
                if m.type == .country { doc.lastCountry = (m.actor, index) }
                if let c = m.country { doc.lastCountry = (c, index) }
                let inPhrase = m.first > 0 && CueLexicon.prepositions.contains(sentence.tokens[m.first - 1].lower)
                if m.type == .person {
                    if !personSet && !inPhrase { doc.lastPerson = (m.actor, index); personSet = true }
                    doc.recentPersons.removeAll { $0 == m.actor }
                    doc.recentPersons.append(m.actor)
                    doc.lastSeen[m.actor] = index
                    if doc.recentPersons.count > 8 { doc.recentPersons.removeFirst() }
                } else if m.type != .agreement && m.type != .place && !thingSet && !inPhrase {
                    doc.lastThing = (m.actor, index)
                    thingSet = true
                }
            }
        }
        if let state = doc.storyState {
            for o in doc.unplacedOfficials where doc.affiliation[o.person] == nil {
                let quote = evidenceSpan(clean, o.start..<o.end)
                var placed = SentenceState()
                placed.start = o.start
                placed.end = o.end
                doc.add(subject: o.person, predicate: .memberOf, object: state, negated: false, modality: .asserted, confidence: 0.7,
                        evidence: evidence(clean, placed, o.sentence, o.start..<o.end, quote, nil, 0.7))
            }
        }
        doc.canonicalizePeople(PeopleTable.english)
        return output(doc, clean, id: id, source: source)
    }

    /// `KG_TRACE=1` prints each sentence's mentions to standard error: a developer's aid
    /// for seeing why a fact was or was not found.
    static let trace = ProcessInfo.processInfo.environment["KG_TRACE"] != nil

    private static func traceMentions(_ s: SentenceState, _ doc: DocumentContext) {
        let words = s.tokens.map(\.lower).joined(separator: " ")
        let found = s.mentions.map { m in
            "[\(s.tokens[m.first..<m.end].map(\.lower).joined(separator: " ")) → \(doc.actors[m.actor].label) \(m.type.rawValue)]"
        }
        FileHandle.standardError.write(Data("trace: \(words)\n       \(found.joined(separator: " "))\n".utf8))
    }

    /// Whether two person names are one person's: one is the other's ending ("De Zoysa",
    /// "Louis De Zoysa"), accents and case aside.
    static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = PeopleTable.fold(a), y = PeopleTable.fold(b)
        return x == y || x.hasSuffix(" " + y) || y.hasSuffix(" " + x)
    }

    /// The quote of a sentence, or `nil` when it is too long to quote whole.
    private func evidenceSpan(_ clean: CleanText, _ range: Range<Int>) -> (start: Int, end: Int, text: String)? {
        guard range.count <= 600 else { return nil }
        let r = clean.originalRange(range.lowerBound, range.upperBound)
        return (r.start, r.end, clean.text(range.lowerBound, range.upperBound))
    }

    private func evidence(_ clean: CleanText, _ s: SentenceState, _ index: Int, _ range: Range<Int>,
                          _ quote: (start: Int, end: Int, text: String)?, _ tokens: (Int, Int)?, _ confidence: Double,
                          _ modality: Modality = .asserted) -> Evidence {
        // Each quote keeps how firmly it states the fact: merged facts take the firmest, not every quote does.
        if let quote {
            return Evidence(sentence: index, start: quote.start, end: quote.end, text: quote.text, confidence: confidence, modality: modality)
        }
        // A very long sentence: quote the stretch of tokens the fact came from.
        var a = range.lowerBound, b = min(range.upperBound, range.lowerBound + 300)
        if let (first, last) = tokens, first < s.tokens.count, last < s.tokens.count {
            a = Int(s.tokens[first].start)
            b = min(Int(s.tokens[last].end), a + 600)
        }
        let r = clean.originalRange(a, b)
        return Evidence(sentence: index, start: r.start, end: r.end, text: clean.text(a, b), confidence: confidence, modality: modality)
    }

    private func output(_ doc: DocumentContext, _ clean: CleanText, id: String, source: String?) -> DocumentExtraction {
        var used = Set<Int>()
        var merged: [Fact.Key: Fact] = [:]
        for key in doc.factOrder {
            guard let found = doc.facts[key] else { continue }
            let s = doc.actors[key.subject], o = doc.actors[key.object]
            // "De Zoysa" and "Louis De Zoysa" kept apart are still one person: no fact between them.
            if s.type == .person, o.type == .person, Extractor.samePerson(s.label, o.label) { continue }
            used.insert(key.subject)
            used.insert(key.object)
            var fact = found
            fact.subject = s.id
            fact.object = o.id
            fact.evidence.sort { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
            if var known = merged[fact.key] {
                known.merge(fact)
                merged[fact.key] = known
            } else {
                var f = fact
                f.subject = fact.key.subject
                f.object = fact.key.object
                merged[fact.key] = f
            }
        }
        var entities: [String: Actor] = [:]
        for a in used {
            var actor = doc.actors[a]
            actor.aliases = []
            entities[actor.id] = actor
        }
        var title = clean.metadata.title ?? clean.title
        // "Headline | Site name": the site name is no part of the headline.
        if let bar = title.range(of: " | ") { title = String(title[..<bar.lowerBound]) }
        while let last = title.unicodeScalars.last, last == " " { title.unicodeScalars.removeLast() }
        let meta = clean.metadata
        let info = DocumentInfo(id: id, title: title, date: meta.date, source: source, dateSource: meta.dateSource,
                                url: meta.url, siteName: meta.siteName, language: meta.language)
        return DocumentExtraction(document: info, entities: entities.keys.sorted().map { entities[$0]! },
                                  triples: merged.keys.sorted().map { merged[$0]! })
    }
}

extension Extractor {
    /// Cooperative predicates that, between relatives, are family life rather than politics.
    static let privatePredicates: Set<KGModel.Predicate> = [.meetsWith, .aids, .supports, .cooperatesWith]

    /// Words of bodily violence: between two people, "attacks" needs one of them.
    static let violenceWords: Set<String> = [
        "kill", "killed", "kills", "killing", "shoot", "shot", "shoots", "shooting", "assassinate", "assassinated",
        "assassination", "murder", "murdered", "murders", "execute", "executed", "poison", "poisoned", "poisoning",
        "stab", "stabbed", "assault", "assaulted", "beat", "beaten", "wounded", "strike", "struck", "airstrike", "bomb",
        "bombed", "abduct", "abducted", "kidnap", "kidnapped", "torture", "tortured", "arrest", "arrested",
    ]

    /// Whether an attack is words or a contest, not force: "Biden attacked Trump on taxes" (two
    /// people, no word of violence between them), "was defeated in the race by an SNP candidate".
    static func isContestOrWords(_ f: RelationFinder.Found, _ doc: DocumentContext, _ s: SentenceState) -> Bool {
        let t = s.tokens
        let first = max(0, f.first), last = min(t.count - 1, max(f.first, f.last))
        guard first <= last else { return false }
        let span = t[first...last]
        if doc.actors[f.subject].type == .person, doc.actors[f.object].type == .person,
           !span.contains(where: { violenceWords.contains($0.lower) }) { return true }
        if span.contains(where: { ["defeat", "defeated", "defeats", "beat", "beats", "beaten"].contains($0.lower) }),
           t.contains(where: { ClauseReader.contests.contains($0.lower) || ["margin", "seat", "seats", "constituency"].contains($0.lower) }) { return true }
        // "attacked Peru's decision": words attacked are criticised (the clause reader says so), not struck.
        for k in first...last where ["attack", "attacked", "attacks", "attacking"].contains(t[k].lower) {
            if (k + 1..<min(t.count, last + 4)).contains(where: { FrameTable.english.cue("utterance", t[$0].lower) }) { return true }
        }
        return false
    }

    /// Nouns of kinship that introduce a relative: "his wife, A", "with son B".
    static let kinNouns: Set<String> = [
        "wife", "husband", "spouse", "son", "daughter", "father", "mother", "brother", "sister", "widow", "widower",
        "fiancee", "fiancée", "fiance", "fiancé", "grandson", "granddaughter", "grandfather", "grandmother", "nephew",
        "niece", "cousin", "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother", "son-in-law",
        "daughter-in-law", "brother-in-law", "sister-in-law", "father-in-law", "mother-in-law", "girlfriend", "boyfriend",
    ]

    /// Whether the sentence introduces a person actor as someone's relative: "wife A", "his son, B".
    static func isKin(_ actor: Int, in s: SentenceState) -> Bool {
        let t = s.tokens
        for m in s.mentions where m.actor == actor && m.type == .person && m.kind == .name {
            var k = m.first - 1
            if k >= 0, t[k].lower == "," { k -= 1 }
            if k >= 0, kinNouns.contains(t[k].lower) { return true }
        }
        return false
    }
}
