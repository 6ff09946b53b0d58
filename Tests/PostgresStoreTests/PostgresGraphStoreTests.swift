import Foundation
import Graph
import PostgresStore
import XCTest

/// The PostgreSQL store against a real server: the same answers as the SQLite store
/// for the same ingests, concurrent writers, whole documents for readers, and the
/// schema checks. Skipped when KG_TEST_POSTGRES is unset.
final class PostgresGraphStoreTests: XCTestCase {
    // MARK: Fixtures (sentences written for these tests)

    static func document(_ id: String, source: String? = nil, hash: String, date: String? = "2020-03-01",
                         facts: [(String, Graph.Predicate, String, Bool, Modality, Double)],
                         actors extra: [Actor] = []) -> DocumentExtraction {
        let names = Set(facts.flatMap { [$0.0, $0.2] })
        var actors = names.sorted().map { name in
            Actor(label: name, type: ["Russia", "Syria", "France", "Germany", "Turkey", "Iran"].contains(name) ? .country : .organization,
                  aliases: name == "Russia" ? ["the Kremlin"] : [])
        }
        actors += extra
        let triples = facts.enumerated().map { index, fact in
            Fact(subject: Actor.slug(fact.0), predicate: fact.1, object: Actor.slug(fact.2), negated: fact.3,
                 modality: fact.4, confidence: fact.5,
                 evidence: [Evidence(sentence: index + 1, start: index * 40, end: index * 40 + 30,
                                     text: "\(fact.0) \(fact.1.rawValue) \(fact.2) (\(id))", confidence: fact.5, modality: fact.4)])
        }
        return DocumentExtraction(document: DocumentInfo(id: id, title: "Title of \(id)", date: date, source: source, contentHash: hash),
                                  entities: actors, triples: triples)
    }

    static let first = document("week-1", source: "/news/week-1.txt", hash: "h1", facts: [
        ("Russia", .supports, "Syria", false, .asserted, 0.8),
        ("France", .supports, "Germany", false, .possible, 0.6),
        ("Russia", .supports, "Syria", false, .asserted, 0.9),
    ])
    static let second = document("week-2", source: "/news/week-2.txt", hash: "h2", date: "2020-04-02", facts: [
        ("Russia", .supports, "Syria", false, .planned, 0.95),
        ("United Nations", .criticizes, "Russia", false, .asserted, 0.7),
        ("Turkey", .opposes, "Syria", true, .asserted, 0.5),
    ], actors: [Actor(label: "Russia", type: .country, wikidata: "Q159", aliases: ["Russian Federation"])])
    static let secondCopy = document("week-2-copy", source: "/news/copy.txt", hash: "h2", facts: [
        ("Iran", .supports, "Syria", false, .asserted, 0.9),
    ])
    static let firstChanged = document("week-1", source: "/news/week-1.txt", hash: "h1b", facts: [
        ("France", .supports, "Germany", false, .asserted, 0.7),
    ])

    /// The same ingests into SQLite (in memory) and PostgreSQL.
    func bothStores(_ ingests: [[DocumentExtraction]]) throws -> (GraphStore, PostgresGraphStore, [IngestReport], [IngestReport]) {
        let sqlite = try GraphStore.inMemory()
        let postgres = try PostgresGraphStore(url: try TestDatabase.make(self))
        var a: [IngestReport] = [], b: [IngestReport] = []
        for batch in ingests {
            a.append(try sqlite.ingest(batch))
            b.append(try postgres.ingest(batch, afterEachDocument: nil))
        }
        return (sqlite, postgres, a, b)
    }

    func assertSameAnswers(_ sqlite: GraphStore, _ postgres: PostgresGraphStore, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertSameGraph(postgres.loadGraph(), sqlite.loadGraph(), file: file, line: line)
        XCTAssertEqual(try postgres.counts(), try sqlite.counts(), file: file, line: line)
        XCTAssertEqual(try postgres.actorSummaries(), try sqlite.actorSummaries(), file: file, line: line)
        XCTAssertEqual(try postgres.knownContentHashes(), try sqlite.knownContentHashes(), file: file, line: line)
        let filters = [
            FactFilter(), FactFilter(actor: "russia"), FactFilter(actor: "the kremlin"), FactFilter(subject: "RUSSIA"),
            FactFilter(object: "Syria", negated: true), FactFilter(predicate: .supports, minEvidence: 2),
            FactFilter(document: "week-2"), FactFilter(dates: try DateWindow(since: "2020-04-01", until: nil)),
            FactFilter(actor: "Russia", minEvidence: 1, dates: try DateWindow(since: nil, until: "2020-03-31")),
            FactFilter(actor: "nobody"),
        ]
        for filter in filters {
            let (a, b) = (try sqlite.facts(matching: filter), try postgres.facts(matching: filter))
            XCTAssertEqual(b.facts, a.facts, "\(filter)", file: file, line: line)
            XCTAssertEqual(b.actors, a.actors, "\(filter)", file: file, line: line)
            XCTAssertEqual(b.documents, a.documents, "\(filter)", file: file, line: line)
        }
        for name in ["Russia", "russian federation", "SYRIA", "nobody"] {
            XCTAssertEqual(try postgres.actors(named: name), try sqlite.actors(named: name), name, file: file, line: line)
        }
    }

    func assertSameGraph(_ a: KnowledgeGraph, _ b: KnowledgeGraph, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.actors, b.actors, file: file, line: line)
        XCTAssertEqual(a.facts, b.facts, file: file, line: line)
        XCTAssertEqual(a.documents, b.documents, file: file, line: line)
    }

    // MARK: Same answers as SQLite

    func testIngestAndQueriesGiveWhatSQLiteGives() throws {
        let (sqlite, postgres, a, b) = try bothStores([[Self.first], [Self.second, Self.secondCopy, Self.first]])
        for (x, y) in zip(a, b) {
            XCTAssertEqual(y.added, x.added)
            XCTAssertEqual(y.unchanged, x.unchanged)
            XCTAssertEqual(y.factsAfter, x.factsAfter)
            XCTAssertEqual(y.evidenceAfter, x.evidenceAfter)
        }
        XCTAssertEqual(b[1].unchanged, ["week-2-copy", "week-1"], "a copy of stored bytes and an unchanged document store nothing")
        try assertSameAnswers(sqlite, postgres)
        let graph = try postgres.loadGraph()
        let russia = try XCTUnwrap(graph.actors["russia"])
        XCTAssertEqual(russia.wikidata, "Q159")
        XCTAssertEqual(russia.aliases, ["the Kremlin", "Russian Federation"])
        let fact = try XCTUnwrap(graph.facts.values.first { (fact: Fact) in fact.subject == "russia" && fact.object == "syria" })
        XCTAssertEqual(fact.modality, Modality.asserted, "the firmest mention wins")
        XCTAssertEqual(fact.confidence, 0.95, "the highest confidence wins")
        XCTAssertEqual(try postgres.latestBuildID(), try sqlite.latestBuildID())
        XCTAssertEqual(try postgres.appliedMigrations(), ["pg1-documents-actors-facts-evidence"])
    }

    func testAChangedDocumentReplacesItsEvidenceAsInSQLite() throws {
        let (sqlite, postgres, a, b) = try bothStores([[Self.first, Self.second], [Self.firstChanged]])
        XCTAssertEqual(b[1].replaced, ["week-1"])
        XCTAssertEqual(b[1].replaced, a[1].replaced)
        try assertSameAnswers(sqlite, postgres)
        let graph = try postgres.loadGraph()
        XCTAssertEqual(graph.facts.values.first { $0.subject == "france" }?.modality, .asserted)
        XCTAssertNil(graph.facts.values.first { $0.subject == "russia" && $0.object == "syria" }?.evidence.first { $0.document == "week-1" })
    }

    // MARK: Writers at once

    func testConcurrentWritersStoreEachDocumentOnceAndAgreeWithOneWriter() throws {
        let url = try TestDatabase.make(self)
        // Sixty documents sharing actors and facts, written by four writers whose shares overlap.
        let documents: [DocumentExtraction] = (0..<60).map { (n: Int) -> DocumentExtraction in
            let modality: Modality = n % 2 == 0 ? .asserted : .possible
            let confidence: Double = 0.5 + Double(n % 5) / 10
            let critic: String = ["France", "Germany", "Turkey", "Iran"][n % 4]
            let host: String = ["France", "Germany"][n % 2]
            let facts: [(String, Graph.Predicate, String, Bool, Modality, Double)] = [
                ("Russia", .supports, "Syria", n % 3 == 0, modality, confidence),
                (critic, .opposes, "Russia", false, .asserted, 0.6),
                ("Actor \(n % 7)", .meetsWith, host, false, .planned, 0.7),
            ]
            return Self.document("doc-\(n)", source: "/corpus/doc-\(n).txt", hash: "hash-\(n)", date: "2020-0\(1 + n % 9)-10", facts: facts)
        }
        let shares: [[DocumentExtraction]] = (0..<4).map { (writer: Int) -> [DocumentExtraction] in
            documents.indices.filter { $0 % 4 == writer || $0 % 10 == writer }.map { documents[$0] }
        }
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            do {
                let store = try PostgresGraphStore(url: url)
                try store.ingest(shares[writer], afterEachDocument: nil)
            } catch {
                errors.add(error)
            }
        }
        XCTAssertEqual(errors.all.map { "\($0)" }, [])
        let sqlite = try GraphStore.inMemory()
        try sqlite.ingest(documents)
        let postgres = try PostgresGraphStore(url: url)
        XCTAssertEqual(try postgres.counts().documents, 60)
        XCTAssertEqual(try postgres.counts().facts, try sqlite.counts().facts)
        XCTAssertEqual(try postgres.counts().evidence, try sqlite.counts().evidence)
        try assertSameGraph(postgres.loadGraph(), sqlite.loadGraph())
    }

    func testAReaderNeverSeesHalfADocument() throws {
        let url = try TestDatabase.make(self)
        let writer = try PostgresGraphStore(url: url)
        let reader = try PostgresGraphStore(url: url, create: false)
        let paused = DispatchSemaphore(value: 0), resume = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? writer.ingest([Self.first, Self.second], afterEachDocument: { index in
                if index == 1 {
                    paused.signal()
                    resume.wait()
                }
            })
            done.signal()
        }
        paused.wait()
        // The first document is committed; the second is stored but not yet committed.
        let during = try reader.loadGraph()
        XCTAssertEqual(Set(during.documents.keys), ["week-1"])
        XCTAssertFalse(during.facts.values.contains { $0.evidence.contains { $0.document == "week-2" } })
        XCTAssertNil(during.actors["united-nations"])
        resume.signal()
        done.wait()
        XCTAssertEqual(Set(try reader.loadGraph().documents.keys), ["week-1", "week-2"])
    }

    func testAFailingHookRollsBackOnlyTheDocumentBeingStored() throws {
        struct Stop: Error {}
        let store = try PostgresGraphStore(url: try TestDatabase.make(self))
        XCTAssertThrowsError(try store.ingest([Self.first, Self.second], afterEachDocument: { index in
            if index == 1 { throw Stop() }
        }))
        XCTAssertEqual(Set(try store.loadGraph().documents.keys), ["week-1"])
        XCTAssertEqual(try store.counts().builds, 1)
    }

    // MARK: Schema

    func testAStoreFromANewerKGIsRefusedByNameAndLeftUntouched() throws {
        let url = try TestDatabase.make(self)
        try PostgresGraphStore(url: url).ingest([Self.first], afterEachDocument: nil)
        try TestDatabase.psql(url, "INSERT INTO kg_migrations (identifier) VALUES ('pg9-from-the-future')")
        let before = try TestDatabase.psql(url, "SELECT count(*) || ' ' || (SELECT count(*) FROM fact) FROM kg_migrations")
        XCTAssertThrowsError(try PostgresGraphStore(url: url)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: url, unknownMigrations: ["pg9-from-the-future"]))
            XCTAssertTrue(error.localizedDescription.contains("pg9-from-the-future"))
        }
        XCTAssertEqual(try TestDatabase.psql(url, "SELECT count(*) || ' ' || (SELECT count(*) FROM fact) FROM kg_migrations"), before)
    }

    func testADatabaseOfSomethingElseIsNotAStore() throws {
        let url = try TestDatabase.make(self)
        try TestDatabase.psql(url, "CREATE TABLE invoices (id int)")
        XCTAssertThrowsError(try PostgresGraphStore(url: url)) { error in
            XCTAssertEqual(error as? StoreError, .notAStore(path: url))
        }
        XCTAssertEqual(try TestDatabase.psql(url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"), "1")
    }

    func testReadingAnEmptyDatabaseSaysThereIsNoStoreAndCreatesNothing() throws {
        let url = try TestDatabase.make(self)
        XCTAssertThrowsError(try PostgresGraphStore(url: url, create: false)) { error in
            XCTAssertEqual(error as? StoreError, .missing(path: url))
        }
        XCTAssertEqual(try TestDatabase.psql(url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"), "0")
    }

    func testStoresOpenedAtOnceMigrateOnce() throws {
        let url = try TestDatabase.make(self)
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { _ = try PostgresGraphStore(url: url) } catch { errors.add(error) }
        }
        XCTAssertEqual(errors.all.map { "\($0)" }, [])
        XCTAssertEqual(try TestDatabase.psql(url, "SELECT string_agg(identifier, ',') FROM kg_migrations"), "pg1-documents-actors-facts-evidence")
    }
}

/// Errors collected from several threads.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func add(_ error: Error) { lock.lock(); errors.append(error); lock.unlock() }
    var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
}
