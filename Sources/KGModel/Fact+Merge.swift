extension Fact {
    /// Folds another statement of the same fact (same subject, predicate, object and
    /// negation) into this one. The one rule for combining facts: the extractor uses it
    /// within a document, the store within an incoming document, `KnowledgeGraph` across
    /// documents.
    ///
    /// - Evidence: the union, in order of arrival. A piece at the same place (same
    ///   document and offsets) as one already held is the same quote found twice: it is
    ///   not added, but when it states the fact more firmly the held piece takes its
    ///   modality, so the fact never ends up firmer than all of its quotes.
    /// - Modality: the firmest of the two (asserted, then planned, then possible); each
    ///   piece of evidence keeps its own.
    /// - Confidence: the higher of the two.
    ///
    /// Subject and object stay as they are; the caller files the fact under its key.
    ///
    /// ```swift
    /// var fact = Fact(subject: "russia", predicate: .attacks, object: "isis", modality: .possible, evidence: [a])
    /// fact.merge(Fact(subject: "russia", predicate: .attacks, object: "isis", modality: .asserted, evidence: [a, b]))
    /// // fact.modality == .asserted, fact.evidence == [a, b]
    /// ```
    public mutating func merge(_ other: Fact) {
        if !other.evidence.isEmpty {
            var held: [EvidenceSpot: Int] = [:]
            for (index, piece) in evidence.enumerated() where held[EvidenceSpot(piece)] == nil {
                held[EvidenceSpot(piece)] = index
            }
            for piece in other.evidence {
                let spot = EvidenceSpot(piece)
                if let index = held[spot] {
                    if let mine = evidence[index].modality, let theirs = piece.modality, theirs < mine {
                        evidence[index].modality = theirs
                    }
                } else {
                    held[spot] = evidence.count
                    evidence.append(piece)
                }
            }
        }
        modality = min(modality, other.modality)
        confidence = max(confidence, other.confidence)
    }
}

/// Where a piece of evidence is: two pieces at one place are one quote.
public struct EvidenceSpot: Hashable {
    let document: String
    let start: Int
    let end: Int

    public init(_ evidence: Evidence) {
        document = evidence.document
        start = evidence.start
        end = evidence.end
    }
}
