/// What one ingest changed in the store.
public struct IngestReport: Equatable, Sendable {
    /// Documents new to the store.
    public var added: [String] = []
    /// Documents already stored with other content: their earlier facts were replaced.
    public var replaced: [String] = []
    /// Documents already stored with the same content: nothing was done.
    public var unchanged: [String] = []
    /// Facts and evidence stored before and after.
    public var factsBefore = 0
    public var factsAfter = 0
    public var evidenceBefore = 0
    public var evidenceAfter = 0
    /// The build recorded for this ingest; nil when nothing changed.
    public var buildID: Int64?
    /// Triples left out because they name an actor the document does not define.
    public var warnings: [String] = []

    public init() {}

    /// True when the store was changed.
    public var changed: Bool { !added.isEmpty || !replaced.isEmpty }
}
