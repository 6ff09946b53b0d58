/// How firmly the text commits to a fact (ONTOLOGY.md, "Attributes").
public enum Modality: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case asserted
    case possible
    case planned

    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .asserted: return 0
        case .planned: return 1
        case .possible: return 2
        }
    }
}
