import Foundation

/// Heads of state and government with their Wikidata ids, states and dated offices,
/// read from `Resources/en/people.tsv` (made by `scripts/make-people-table.py` from
/// the Wikidata and Phoenix data in `../shared/data/actors`).
///
/// It gives one name to one person across documents ("Erdogan", "Recep Tayyip
/// Erdoğan") and lets a bare surname resolve when the story is about the person's
/// state ("Assad" in a story about Syria).
struct PeopleTable: Sendable {
    struct Person: Sendable, Equatable {
        var label: String
        var wikidata: String
        /// ISO 3166-1 alpha-3 code of the state.
        var country: String
        /// The state's Wikidata item, as kg's country table has it.
        var state: String
        var offices: [Office]

        /// The start of the person's latest office (ISO dates compare as strings).
        var latestStart: String { offices.map(\.start).max() ?? "" }
    }

    struct Office: Sendable, Equatable {
        var role: String
        var start: String
        var end: String?
    }

    private(set) var people: [Person] = []
    /// Folded full names and aliases → people.
    private var byName: [String: [Int]] = [:]

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4, !f[0].isEmpty, f[1].hasPrefix("Q") else { continue }
            let offices = f[3].split(separator: ";").compactMap { spell -> Office? in
                let parts = spell.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { return nil }
                let dates = parts[1].components(separatedBy: "..")
                return Office(role: parts[0], start: dates[0], end: dates.count > 1 && !dates[1].isEmpty ? dates[1] : nil)
            }
            let index = people.count
            people.append(Person(label: f[0], wikidata: f[1], country: f[2], state: f.count > 5 ? f[5] : "", offices: offices))
            var names = [f[0]]
            if f.count > 4 { names += f[4].split(separator: ";").map(String.init) }
            for name in Set(names.map(PeopleTable.fold)) where !name.isEmpty {
                if !(byName[name]?.contains(index) ?? false) { byName[name, default: []].append(index) }
            }
        }
    }

    /// Lower case, accents and apostrophes folded, spaces single: "Erdoğan" → "erdogan".
    static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
        return folded.split(separator: " ").joined(separator: " ")
    }

    /// The people a name may stand for.
    func candidates(_ name: String) -> [Person] {
        (byName[PeopleTable.fold(name)] ?? []).map { people[$0] }
    }

    /// The one person a name stands for, among those of the given states (Wikidata
    /// items) when it is ambiguous or a bare surname; nil when no single person fits.
    /// The states are asked for only when the table knows the name.
    func resolve(_ name: String, states stateList: @autoclosure () -> Set<String>) -> Person? {
        let all = candidates(name)
        guard !all.isEmpty else { return nil }
        let states = stateList()
        let bare = !name.contains(" ")
        let inStory = all.filter { states.contains($0.state) }
        if inStory.count == 1 { return inStory[0] }
        // Two holders of one name in the story's state ("Assad", father and son): the later one.
        if inStory.count > 1, Set(inStory.map(\.state)).count == 1 {
            let ranked = inStory.sorted { $0.latestStart > $1.latestStart }
            if ranked[0].latestStart > ranked[1].latestStart { return ranked[0] }
        }
        // A full name known for one person only needs no context; a bare surname does.
        if !bare && all.count == 1 { return all[0] }
        return nil
    }

    static let english: PeopleTable = {
        guard let url = Bundle.module.url(forResource: "people", withExtension: "tsv", subdirectory: "Resources/en"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return PeopleTable(tsv: "")
        }
        return PeopleTable(tsv: text)
    }()
}
