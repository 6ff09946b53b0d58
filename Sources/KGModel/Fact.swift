/// A triple with its attributes and every piece of evidence for it.
public struct Fact: Hashable, Codable, Sendable {
    /// What makes two facts the same fact (ONTOLOGY.md, "What counts as one fact").
    /// Symmetric predicates are keyed with their two ends in sorted order.
    public struct Key: Hashable, Comparable, Sendable {
        public var subject: String
        public var predicate: Predicate
        public var object: String
        public var negated: Bool

        public init(subject: String, predicate: Predicate, object: String, negated: Bool) {
            if predicate.isSymmetric && object < subject {
                self.subject = object
                self.object = subject
            } else {
                self.subject = subject
                self.object = object
            }
            self.predicate = predicate
            self.negated = negated
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.subject, a.predicate.rawValue, a.object, a.negated ? 1 : 0)
                < (b.subject, b.predicate.rawValue, b.object, b.negated ? 1 : 0)
        }
    }

    public var subject: String
    public var predicate: Predicate
    public var object: String
    public var negated: Bool
    public var modality: Modality
    public var confidence: Double
    public var evidence: [Evidence]

    public init(subject: String, predicate: Predicate, object: String, negated: Bool = false,
                modality: Modality = .asserted, confidence: Double = 0.8, evidence: [Evidence] = []) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.negated = negated
        self.modality = modality
        self.confidence = confidence
        self.evidence = evidence
    }

    public var key: Key {
        Key(subject: subject, predicate: predicate, object: object, negated: negated)
    }

    enum CodingKeys: String, CodingKey {
        case subject, predicate, object, negated, modality, confidence, evidence
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subject = try c.decode(String.self, forKey: .subject)
        predicate = try c.decode(Predicate.self, forKey: .predicate)
        object = try c.decode(String.self, forKey: .object)
        negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0.8
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}
