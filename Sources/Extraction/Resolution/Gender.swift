import Foundation

/// A person's grammatical gender, as far as the text or the given name tells it; it
/// keeps "she" from referring to a man and "he" from referring to a woman.
enum Gender: Sendable {
    case female, male

    /// The gender a third-person pronoun asks for: nil for "they", "it" and the rest.
    init?(pronoun: String) {
        switch pronoun {
        case "he", "him", "his", "himself": self = .male
        case "she", "her", "hers", "herself": self = .female
        default: return nil
        }
    }

    /// The gender an honorific gives the name after it: "Mr Vidal", "Ms. Ruiz".
    init?(honorific: String) {
        switch honorific {
        case "mr", "mr.", "sir", "lord": self = .male
        case "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady": self = .female
        default: return nil
        }
    }
}

/// Given names that tell a gender (`Resources/en/given-names.tsv`); a name borne by
/// men and women alike is in neither list.
struct GivenNames: Sendable {
    private var genders: [String: Gender] = [:]

    static let english: GivenNames = {
        guard let url = Bundle.module.url(forResource: "given-names", withExtension: "tsv", subdirectory: "Resources/en"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return GivenNames(tsv: "")
        }
        return GivenNames(tsv: text)
    }()

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { continue }
            let gender: Gender
            switch fields[0] {
            case "female": gender = .female
            case "male": gender = .male
            default: continue
            }
            for name in fields[1].split(separator: " ") { genders[String(name)] = gender }
        }
    }

    /// The gender of a full name's first word, if that given name tells one.
    func gender(ofName label: String) -> Gender? {
        guard let first = label.split(separator: " ").first else { return nil }
        let folded = first.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return genders[folded]
    }
}

extension DocumentContext {
    /// The gender of a person actor: from an honorific the text gave them, else from their given name.
    func gender(of actor: Int) -> Gender? {
        if let known = genders[actor] { return known }
        guard actors[actor].type == .person else { return nil }
        return GivenNames.english.gender(ofName: actors[actor].label)
    }

    /// Whether a pronoun asking for `wanted` may refer to `actor`.
    func fits(_ actor: Int, _ wanted: Gender?) -> Bool {
        guard let wanted, let known = gender(of: actor) else { return true }
        return known == wanted
    }
}
