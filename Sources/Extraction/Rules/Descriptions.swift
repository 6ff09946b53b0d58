import Language

/// Definite descriptions that refer back to an actor already named: "the country",
/// "the nation" (the last state), "the bloc", "the alliance", "the organisation" (the
/// last international organisation), "the group", "the militants" (the last armed
/// group). The antecedent is the last actor of that type in this sentence before the
/// description, else in the last two sentences; with none, the description is no actor.
extension MentionFinder {
    static let stateDescriptions: Set<String> = ["country", "nation", "kingdom", "republic"]
    static let organizationDescriptions: Set<String> = ["bloc", "alliance", "organization", "organisation", "body", "agency", "union"]
    static let groupDescriptions: Set<String> = ["group", "militia", "movement", "militants", "insurgents", "faction"]
    /// Nouns that make "the country", "the group" part of a longer noun ("the country director").
    static let descriptionCompounds: Set<String> = [
        "director", "directors", "head", "chief", "leader", "leaders", "member", "members", "manager", "representative",
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "level", "stage", "phase", "chat", "page",
        "state", "states", "name", "size", "average", "team", "office",
    ]

    func definiteDescription(at i: Int, _ t: [Token], _ s: inout SentenceState, _ doc: DocumentContext) -> Int? {
        let n = t.count
        guard t[i].lower == "the", i + 1 < n else { return nil }
        let noun = t[i + 1].lower
        let type: ActorType
        if MentionFinder.stateDescriptions.contains(noun) { type = .country }
        else if MentionFinder.organizationDescriptions.contains(noun) { type = .organization }
        else if MentionFinder.groupDescriptions.contains(noun) { type = .group }
        else { return nil }
        // "the country of origin", "the group of seven", "the country director": not a reference.
        if i + 2 < n, t[i + 2].lower == "of" || MentionFinder.descriptionCompounds.contains(t[i + 2].lower) { return nil }
        let antecedent: Int?
        // "the group" may be an armed group or a named organisation ("the Andean Front").
        let fits = { (t: ActorType) in t == type || (type == .group && t == .organization) }
        if let here = s.mentions.last(where: { fits($0.type) && $0.end <= i }) {
            antecedent = here.actor
        } else {
            let recent: (actor: Int, sentence: Int)?
            switch type {
            case .country: recent = doc.salientCountry.flatMap { s.index - $0.sentence <= 2 ? $0 : nil } ?? doc.lastCountry
            case .organization: recent = doc.lastOrganization
            default:
                let group = doc.lastArmedGroup, organization = doc.lastOrganization
                recent = (group?.sentence ?? -1) >= (organization?.sentence ?? -1) ? group : organization
            }
            antecedent = recent.flatMap { s.index - $0.sentence <= 2 ? $0.actor : nil }
        }
        guard let actor = antecedent else { return nil }
        append(&s, Mention(first: i, end: i + 2, actor: actor, kind: .description), doc)
        return i + 2
    }
}
