/// An RDF term in object position: an IRI or a literal (kg's exports use no blank nodes,
/// so every node can be named, linked and compared across formats).
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    /// A literal with its lexical form and datatype IRI; nil is a plain `xsd:string`.
    case literal(String, datatype: String?)

    static func string(_ value: String) -> RDFTerm { .literal(value, datatype: nil) }
    static func integer(_ value: Int) -> RDFTerm { .literal(String(value), datatype: Namespace.xsd + "integer") }
    static func boolean(_ value: Bool) -> RDFTerm { .literal(value ? "true" : "false", datatype: Namespace.xsd + "boolean") }

    /// A decimal with at most three fraction digits, in canonical-looking form ("0.8", "1.0").
    static func decimal(_ value: Double) -> RDFTerm {
        .literal(RDFTerm.decimalLexical(value), datatype: Namespace.xsd + "decimal")
    }

    static func decimalLexical(_ value: Double) -> String {
        // Confidences are 0…1; anything not finite or absurdly large is written as 0.
        guard value.isFinite, abs(value) < 1e12 else { return "0.0" }
        let scaled = (value * 1000).rounded()
        let negative = scaled < 0
        let thousandths = Int(abs(scaled))
        var fraction = String(thousandths % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + "\(thousandths / 1000).\(fraction)"
    }
}

/// One RDF triple whose subject is an IRI.
public struct RDFTriple: Hashable, Sendable {
    public var subject: String
    public var predicate: String
    public var object: RDFTerm

    public init(subject: String, predicate: String, object: RDFTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// A set of triples in a stable order: subjects in the order first given, and for
/// each subject its triples in the order given. Duplicates are kept once.
public struct RDFGraph: Sendable {
    public private(set) var subjects: [String] = []
    private var bySubject: [String: [(predicate: String, object: RDFTerm)]] = [:]
    private var seen: Set<RDFTriple> = []

    public init() {}

    public mutating func add(_ subject: String, _ predicate: String, _ object: RDFTerm) {
        let triple = RDFTriple(subject: subject, predicate: predicate, object: object)
        guard seen.insert(triple).inserted else { return }
        if bySubject[subject] == nil { subjects.append(subject) }
        bySubject[subject, default: []].append((predicate, object))
    }

    /// Adds every triple of `other`, in its order.
    public mutating func append(_ other: RDFGraph) {
        for subject in other.subjects {
            for statement in other.statements(about: subject) { add(subject, statement.predicate, statement.object) }
        }
    }

    /// The (predicate, object) pairs of one subject, in the order added.
    public func statements(about subject: String) -> [(predicate: String, object: RDFTerm)] {
        bySubject[subject] ?? []
    }

    /// Every triple, grouped by subject.
    public var triples: [RDFTriple] {
        subjects.flatMap { s in statements(about: s).map { RDFTriple(subject: s, predicate: $0.predicate, object: $0.object) } }
    }

    public var count: Int { seen.count }
}
