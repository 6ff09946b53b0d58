/// Everything kg knows about one predicate, in one row: its class, whether it is
/// symmetric, which actor types it joins, how much it pulls two actors together or
/// apart, the PLOVER event category closest to it and a one-line definition.
///
/// `PredicateSpec.table` is the only place these facts are written down. The
/// vocabulary files (`docs/vocabulary.ttl`, the predicate table of
/// `docs/vocabulary.md`), the JSON-LD context, the diagram's legend, the report, the
/// exports' PLOVER column and the camps' stance weights all read it.
///
/// ```swift
/// Predicate.attacks.spec.plover        // .assault
/// Predicate.meetsWith.spec.isSymmetric // true
/// ```
public struct PredicateSpec: Sendable {
    /// The broad class of a predicate.
    public enum Class: String, Codable, CaseIterable, Hashable, Sendable {
        case cooperative
        case conflictual
        case affiliation
    }

    public let predicate: Predicate
    public let predicateClass: Class
    /// Holds in both directions: one triple states both, keyed with its ends sorted.
    public let isSymmetric: Bool
    /// Actor types the subject may have.
    public let subjectTypes: [ActorType]
    /// Actor types the object may have.
    public let objectTypes: [ActorType]
    /// How one asserted piece of evidence moves two actors toward one camp (+) or apart
    /// (−) in the signed graph of `kg camps` and `kg matrix`; 0 says nothing about sides.
    public let alignment: Double
    /// The PLOVER event category that fits best; nil for affiliations, which are states
    /// of affairs, not events.
    public let plover: PloverCategory?
    /// What the predicate means, in one sentence.
    public let definition: String

    /// Whether a triple with these actor types is one the vocabulary defines.
    public func allows(subject: ActorType, object: ActorType) -> Bool {
        subjectTypes.contains(subject) && objectTypes.contains(object)
    }
}

/// The categories of PLOVER, the Political Language Ontology for Verifiable Event
/// Records (https://github.com/openeventdata/PLOVER), in the order of its codebook.
/// Earlier versions of PLOVER named `demand` REQUEST and `disapprove` ACCUSE.
public enum PloverCategory: String, Codable, CaseIterable, Hashable, Sendable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case concede = "CONCEDE"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case investigate = "INVESTIGATE"
    case demand = "DEMAND"
    case disapprove = "DISAPPROVE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case crime = "CRIME"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"
}

extension PredicateSpec {
    /// People, states, organizations and groups: the actors that can act.
    public static let agents: [ActorType] = [.person, .country, .organization, .group]

    /// One row per predicate, in the order of `Predicate.allCases`.
    ///
    /// Alignment: support, aid and cooperation +1, every conflictual predicate −1.
    /// Meetings and requests 0: rivals meet and make demands of each other as often as
    /// allies do (on the seed articles, counting them half put Turkey and the United
    /// States in Russia's camp on the strength of summits alone). Brokering +0.5: the
    /// broker is on the side of the deal, not always of its parties.
    ///
    /// PLOVER: `brokers` is CONSULT because PLOVER files mediation under consultation;
    /// `occupies` is COERCE, the category for seizing and holding what another controls
    /// (the fighting that takes a territory is an `attacks` fact of its own).
    public static let table: [PredicateSpec] = {
        let a = agents
        return [
            PredicateSpec(predicate: .supports, predicateClass: .cooperative, isSymmetric: false,
                          subjectTypes: a, objectTypes: a + [.agreement], alignment: 1, plover: .support,
                          definition: "The subject is on the object's side: it stands up for, endorses or backs it."),
            PredicateSpec(predicate: .opposes, predicateClass: .conflictual, isSymmetric: false,
                          subjectTypes: a, objectTypes: a + [.agreement], alignment: -1, plover: .reject,
                          definition: "The subject is against the object: it rejects it or wants it gone."),
            PredicateSpec(predicate: .criticizes, predicateClass: .conflictual, isSymmetric: false,
                          subjectTypes: a, objectTypes: a + [.place, .agreement], alignment: -1, plover: .disapprove,
                          definition: "The subject finds fault with the object in public: condemns, blames or accuses it."),
            PredicateSpec(predicate: .threatens, predicateClass: .conflictual, isSymmetric: false,
                          subjectTypes: a, objectTypes: a + [.place], alignment: -1, plover: .threaten,
                          definition: "The subject warns the object of harm it could do to it."),
            PredicateSpec(predicate: .meetsWith, predicateClass: .cooperative, isSymmetric: true,
                          subjectTypes: a, objectTypes: a, alignment: 0, plover: .consult,
                          definition: "The two actors meet, talk or negotiate, in person or at a distance."),
            PredicateSpec(predicate: .requests, predicateClass: .cooperative, isSymmetric: false,
                          subjectTypes: a, objectTypes: a, alignment: 0, plover: .demand,
                          definition: "The subject calls on the object to do something."),
            PredicateSpec(predicate: .cooperatesWith, predicateClass: .cooperative, isSymmetric: true,
                          subjectTypes: a, objectTypes: a, alignment: 1, plover: .cooperate,
                          definition: "The two actors work together or commit to doing so."),
            PredicateSpec(predicate: .aids, predicateClass: .cooperative, isSymmetric: false,
                          subjectTypes: a, objectTypes: a + [.place, .agreement], alignment: 1, plover: .aid,
                          definition: "The subject gives the object something material: arms, money, troops, supplies or training."),
            PredicateSpec(predicate: .brokers, predicateClass: .cooperative, isSymmetric: false,
                          subjectTypes: a, objectTypes: [.agreement], alignment: 0.5, plover: .consult,
                          definition: "The subject mediates the deal or process that is the object."),
            PredicateSpec(predicate: .attacks, predicateClass: .conflictual, isSymmetric: false,
                          subjectTypes: a, objectTypes: a + [.place], alignment: -1, plover: .assault,
                          definition: "The subject uses armed force or violence against the object."),
            PredicateSpec(predicate: .sanctions, predicateClass: .conflictual, isSymmetric: false,
                          subjectTypes: a, objectTypes: a, alignment: -1, plover: .sanction,
                          definition: "The subject penalises the object without force: bans, embargoes, expulsions, restrictions."),
            PredicateSpec(predicate: .occupies, predicateClass: .conflictual, isSymmetric: false,
                          subjectTypes: [.country, .group], objectTypes: [.place, .country], alignment: -1, plover: .coerce,
                          definition: "The subject takes control of, annexes or holds the territory that is the object."),
            PredicateSpec(predicate: .leaderOf, predicateClass: .affiliation, isSymmetric: false,
                          subjectTypes: [.person], objectTypes: [.country, .organization, .group, .place], alignment: 0, plover: nil,
                          definition: "The subject is the person at the head of the object."),
            PredicateSpec(predicate: .memberOf, predicateClass: .affiliation, isSymmetric: false,
                          subjectTypes: a, objectTypes: [.country, .organization, .group], alignment: 0, plover: nil,
                          definition: "The subject holds a post in, works for or belongs to the object."),
        ]
    }()

    /// The row of every predicate.
    static let byPredicate: [Predicate: PredicateSpec] = Dictionary(uniqueKeysWithValues: table.map { ($0.predicate, $0) })

    /// The predicates of one class, in table order.
    public static func predicates(of predicateClass: Class) -> [Predicate] {
        table.filter { $0.predicateClass == predicateClass }.map(\.predicate)
    }

    /// The symmetric predicates, in table order.
    public static var symmetricPredicates: [Predicate] {
        table.filter(\.isSymmetric).map(\.predicate)
    }
}
