extension Fact {
    /// The modality of one piece of evidence: its own, or the fact's when it has none.
    public func modality(of evidence: Evidence) -> Modality {
        evidence.modality ?? modality
    }

    /// The evidence of the modality the fact is drawn and listed with: a fact is asserted
    /// only when some quote asserts it, and then only the asserting quotes count (its
    /// "×N" and its width); the hedged ones are in `modalityCounts`.
    public var firmEvidence: [Evidence] {
        evidence.filter { modality(of: $0) == modality }
    }

    /// How many pieces of evidence state the fact with each modality, firmest first.
    public var modalityCounts: [(modality: Modality, count: Int)] {
        var counts: [Modality: Int] = [:]
        for piece in evidence { counts[modality(of: piece), default: 0] += 1 }
        return counts.keys.sorted().map { ($0, counts[$0]!) }
    }

    /// "asserted 2, possible 3": the breakdown, or nil when every piece has one modality.
    public var modalityBreakdown: String? {
        let counts = modalityCounts
        guard counts.count > 1 else { return nil }
        return counts.map { "\($0.modality.rawValue) \($0.count)" }.joined(separator: ", ")
    }
}
