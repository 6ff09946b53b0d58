/// Lemmas from suffix rules by part of speech, with a table of exceptions learned
/// from the treebank: every (form, tag) whose gold lemma the rules get wrong, keyed
/// by hash, plus the set of lemmas seen, which decides "used" → "use" over "us".
struct Lemmatizer: Sendable {
    /// hash(form + tag) → index into `exceptionLemmas`.
    let exceptions: KeyIndex
    let exceptionLemmas: [String]
    /// hash(lemma) of every verb, noun and adjective lemma seen.
    let known: KeyIndex

    func lemma(_ word: String, tag: String) -> String {
        if tag == "PROPN" { return word }
        let lower = WordShape.lower(word)
        if let k = exceptions[Lemmatizer.key(lower, tag)] { return exceptionLemmas[Int(k)] }
        if tag == "VERB" || tag == "AUX", let base = Lemmatizer.irregular[lower] { return base }
        return Lemmatizer.rule(lower, tag: tag, known: known)
    }

    /// Irregular past forms that news uses and a treebank of web text may lack.
    static let irregular: [String: String] = {
        let pairs = """
        flee fled, meet met, strike struck stricken, seek sought, fight fought, shoot shot, lead led, hold held, \
        send sent, spend spent, win won, lose lost, bring brought, buy bought, catch caught, teach taught, \
        think thought, tell told, sell sold, say said, make made, take took taken, give gave given, come came, \
        go went gone, begin began begun, break broke broken, choose chose chosen, drive drove driven, fall fell fallen, \
        fly flew flown, freeze froze frozen, grow grew grown, hide hid hidden, know knew known, rise rose risen, \
        run ran, see saw seen, shake shook shaken, speak spoke spoken, steal stole stolen, swear swore sworn, \
        throw threw thrown, write wrote written, bear bore borne, beat beaten, bleed bled, build built, deal dealt, \
        feed fed, feel felt, keep kept, lay laid, leave left, lend lent, mean meant, pay paid, stand stood, \
        stick stuck, sweep swept, swing swung, withdraw withdrew withdrawn, overthrow overthrew overthrown, \
        undertake undertook undertaken, uphold upheld, withhold withheld, forgive forgave forgiven, forbid forbade, \
        shed, spread, quit, cut, hit, hurt, put, set, bid, cast, let, upset, wage waged, oversee oversaw overseen
        """
        var map: [String: String] = [:]
        for group in pairs.split(separator: ",") {
            let words = group.split(separator: " ").map(String.init)
            guard let base = words.first else { continue }
            for form in words.dropFirst() where map[form] == nil { map[form] = base }
        }
        return map
    }()

    static func key(_ lower: String, _ tag: String) -> UInt64 {
        FeatureHash.feature(77, FeatureHash.string(lower), FeatureHash.string(tag))
    }

    static func rule(_ w: String, tag: String, known: KeyIndex) -> String {
        func isKnown(_ s: String) -> Bool { known[FeatureHash.string(s)] != nil }
        let n = w.count
        switch tag {
        case "NOUN":
            if n > 4 && w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
            if n > 4 && (w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("zes") || w.hasSuffix("ches") || w.hasSuffix("shes")) {
                return String(w.dropLast(2))
            }
            if n > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
                return String(w.dropLast())
            }
            return w
        case "VERB", "AUX":
            for (suffix, cut) in [("ies", 3), ("ied", 3)] where n > 4 && w.hasSuffix(suffix) {
                return String(w.dropLast(cut)) + "y"
            }
            if n > 4 && w.hasSuffix("ing") { return stem(String(w.dropLast(3)), isKnown) ?? w }
            if n > 3 && w.hasSuffix("ed") { return stem(String(w.dropLast(2)), isKnown) ?? w }
            if n > 3 && w.hasSuffix("es") {
                let base = String(w.dropLast(2))
                if isKnown(base) { return base }
                return String(w.dropLast())
            }
            if n > 2 && w.hasSuffix("s") && !w.hasSuffix("ss") { return String(w.dropLast()) }
            return w
        default:
            return w
        }
    }

    /// The verb stem once "-ed" or "-ing" is cut: "stopp" → "stop", "us" → "use";
    /// nil when what is left has no vowel ("fled" is not "fl" + "ed").
    private static func stem(_ s: String, _ isKnown: (String) -> Bool) -> String? {
        guard s.contains(where: { "aeiouy".contains($0) }) else { return nil }
        if isKnown(s + "e") && !isKnown(s) { return s + "e" }
        if isKnown(s) { return s }
        let chars = Array(s)
        if chars.count >= 3, chars[chars.count - 1] == chars[chars.count - 2], isKnown(String(chars.dropLast())) {
            return String(chars.dropLast())
        }
        if chars.count >= 3, chars[chars.count - 1] == chars[chars.count - 2], !"aeioulsz".contains(chars[chars.count - 1]) {
            return String(chars.dropLast())
        }
        if isKnown(s + "e") { return s + "e" }
        // consonant + vowel + consonant endings usually drop an "e": "creat" → "create"
        if chars.count >= 2, let last = chars.last, "cvzgs".contains(last), !"aeiou".contains(chars[chars.count - 2]) || last == "v" {
            return s + "e"
        }
        return s
    }

    static func train(_ sentences: [ParsedSentence]) -> Lemmatizer {
        var known = KeyIndex()
        for s in sentences {
            for (lemma, tag) in zip(s.lemmas, s.tags) where tag == "VERB" || tag == "AUX" || tag == "NOUN" || tag == "ADJ" {
                known[FeatureHash.string(lemma)] = 1
            }
        }
        // For each (form, tag) the most frequent gold lemma, when the rules miss it.
        var order: [UInt64] = []
        var seen: [UInt64: (form: String, tag: String, lemmas: [String: Int])] = [:]
        for s in sentences {
            for i in s.words.indices where s.tags[i] != "PROPN" {
                let lower = WordShape.lower(s.words[i])
                let key = key(lower, s.tags[i])
                if seen[key] == nil { order.append(key); seen[key] = (lower, s.tags[i], [:]) }
                seen[key]!.lemmas[s.lemmas[i], default: 0] += 1
            }
        }
        var exceptions = KeyIndex()
        var lemmas: [String] = []
        for key in order {
            let entry = seen[key]!
            let best = entry.lemmas.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
            if rule(entry.form, tag: entry.tag, known: known) != best {
                exceptions[key] = UInt32(lemmas.count)
                lemmas.append(best)
            }
        }
        return Lemmatizer(exceptions: exceptions, exceptionLemmas: lemmas, known: known)
    }
}
