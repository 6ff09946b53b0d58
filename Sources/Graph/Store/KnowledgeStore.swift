import Foundation

/// What every graph store does, whatever keeps the data: the SQLite file of
/// `GraphStore` or a PostgreSQL database (the `PostgresStore` target).
///
/// Every command of kg works through this protocol, so a build, a query or an export
/// gives the same result on either store. Each implementation keeps its own SQL.
///
/// ```swift
/// let store: any KnowledgeStore = try StoreOpener().open("Output/kg.sqlite", create: true)
/// try store.ingest(extractions, afterEachDocument: nil)
/// let graph = try store.loadGraph()
/// ```
///
/// Thread safety: implementations are `Sendable` and may be used from any thread.
public protocol KnowledgeStore: AnyObject, Sendable {
    /// The store as the user named it, safe to print: a file path, or a database URL
    /// with its password masked.
    var path: String { get }

    /// Stores the extractions of one build (see `GraphStore.ingest` for the rules on
    /// unchanged, replaced and new documents). `afterEachDocument` is called after each
    /// document with its index, before that document is committed.
    /// - Throws: `StoreError`, or what the hook throws.
    @discardableResult
    func ingest(_ extractions: [DocumentExtraction], afterEachDocument: ((Int) throws -> Void)?) throws -> IngestReport

    /// The whole stored graph. - Throws: `StoreError`.
    func loadGraph() throws -> KnowledgeGraph
    /// Facts matching `filter`, most evidence first. - Throws: `StoreError`.
    func facts(matching filter: FactFilter) throws -> QueryResult
    /// Every actor with its fact and evidence counts, most facts first. - Throws: `StoreError`.
    func actorSummaries() throws -> [ActorSummary]
    /// The actors a name names (id, label or alias, ignoring ASCII case). - Throws: `StoreError`.
    func actors(named name: String) throws -> [Actor]
    /// Content hashes of every stored document. - Throws: `StoreError`.
    func knownContentHashes() throws -> Set<String>
    /// Row counts of the main tables. - Throws: `StoreError`.
    func counts() throws -> StoreCounts
    /// The id of the last build that changed the store. - Throws: `StoreError`.
    func latestBuildID() throws -> Int64?
    /// The migrations applied to this store, in order. - Throws: `StoreError`.
    func appliedMigrations() throws -> [String]
}

/// How much a store holds.
public struct StoreCounts: Equatable, Sendable {
    public var documents: Int
    public var actors: Int
    public var facts: Int
    public var evidence: Int
    public var builds: Int

    public init(documents: Int, actors: Int, facts: Int, evidence: Int, builds: Int) {
        self.documents = documents
        self.actors = actors
        self.facts = facts
        self.evidence = evidence
        self.builds = builds
    }
}

extension GraphStore: KnowledgeStore {}
