/// Which facts `GraphStore.facts(matching:)` returns. Every field left nil matches all.
///
/// An actor is named by its id, its label or one of its aliases, case-insensitively
/// ("russia", "Russia", "the Kremlin" if that is an alias).
public struct FactFilter: Equatable, Sendable {
    /// The subject actor.
    public var subject: String?
    /// The object actor.
    public var object: String?
    /// An actor at either end.
    public var actor: String?
    public var predicate: Predicate?
    public var negated: Bool?
    /// Facts with at least this many pieces of evidence.
    public var minEvidence: Int?
    /// Facts stated by this document (its id).
    public var document: String?
    /// Only evidence from documents dated in this window (`--since`, `--until`); a fact
    /// with none there is left out, and undated documents are in no window.
    public var dates: DateWindow

    public init(subject: String? = nil, object: String? = nil, actor: String? = nil, predicate: Predicate? = nil,
                negated: Bool? = nil, minEvidence: Int? = nil, document: String? = nil, dates: DateWindow = DateWindow()) {
        self.subject = subject
        self.object = object
        self.actor = actor
        self.predicate = predicate
        self.negated = negated
        self.minEvidence = minEvidence
        self.document = document
        self.dates = dates
    }
}
