@testable import Graph
import GRDB
import XCTest

/// Small extractions written for the store tests (our own sentences), and helpers
/// that run one test body against an in-memory and an on-disk store.
enum StoreFixtures {
    static let russia = Actor(label: "Russia", type: .country, wikidata: "Q159", aliases: ["Moscow"])
    static let syria = Actor(label: "Syria", type: .country, wikidata: "Q858")
    static let france = Actor(label: "France", type: .country, wikidata: "Q142")
    static let germany = Actor(label: "Germany", type: .country)
    static let isis = Actor(label: "Islamic State", type: .group, aliases: ["ISIS", "Daesh"])

    static func evidence(_ sentence: Int, _ start: Int, _ text: String) -> Evidence {
        Evidence(sentence: sentence, start: start, end: start + text.unicodeScalars.count, text: text, confidence: 0.7)
    }

    /// An extraction with the given facts; the hash stands for the article's bytes.
    static func extraction(_ id: String, hash: String, actors: [Actor], facts: [Fact], title: String? = nil) -> DocumentExtraction {
        DocumentExtraction(document: DocumentInfo(id: id, title: title ?? "Article \(id)", date: "2019-05-01",
                                                  source: "articles/\(id).txt", contentHash: hash),
                           entities: actors, triples: facts)
    }

    static var articleA: DocumentExtraction {
        extraction("a", hash: "hash-a1", actors: [russia, syria, france, germany], facts: [
            Fact(subject: "russia", predicate: .supports, object: "syria",
                 evidence: [evidence(1, 0, "Russia keeps backing Syria.")]),
            Fact(subject: "germany", predicate: .meetsWith, object: "france",
                 evidence: [evidence(2, 30, "Germany and France met in Berlin.")]),
        ])
    }

    /// Article a, edited: the support fact has a new quote, the meeting is gone, a new fact appears.
    static var articleAChanged: DocumentExtraction {
        extraction("a", hash: "hash-a2", actors: [russia, syria, isis], facts: [
            Fact(subject: "russia", predicate: .supports, object: "syria",
                 evidence: [evidence(1, 0, "Russia still backs Syria, the edit says.")]),
            Fact(subject: "russia", predicate: .attacks, object: "islamic-state", modality: .possible,
                 evidence: [evidence(2, 45, "Russia may strike Islamic State.")]),
        ])
    }

    static var articleB: DocumentExtraction {
        extraction("b", hash: "hash-b1", actors: [russia, syria, isis], facts: [
            Fact(subject: "russia", predicate: .supports, object: "syria", modality: .planned,
                 evidence: [evidence(1, 0, "Russia will back Syria at the summit.")]),
            Fact(subject: "russia", predicate: .attacks, object: "islamic-state", negated: true,
                 evidence: [evidence(2, 40, "Russia will not bomb the group."), evidence(3, 80, "No strikes, Moscow said.")]),
        ])
    }

    static var articleC: DocumentExtraction {
        extraction("c", hash: "hash-c1", actors: [france, isis], facts: [
            Fact(subject: "france", predicate: .criticizes, object: "islamic-state",
                 evidence: [evidence(1, 0, "France condemned the group.")]),
        ])
    }

    /// Every row of every table, as text, in a stable order: two equal dumps mean an unchanged store.
    static func dump(_ store: GraphStore) throws -> [String] {
        try store.queue.read { db in
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY rowid") {
                    lines.append("\(table): \(row.description)")
                }
            }
            return lines
        }
    }
}

/// A test case whose store tests run once in memory and once on disk.
class StoreTestCase: XCTestCase {
    /// A fresh folder removed after the test.
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Runs `body` with an in-memory store, then with a new store file.
    func forEachStore(file: StaticString = #filePath, line: UInt = #line, _ body: (GraphStore) throws -> Void) throws {
        let path = try temporaryFolder().appendingPathComponent("kg.sqlite").path
        for (name, store) in [("in memory", try GraphStore.inMemory()), ("on disk", try GraphStore(path: path))] {
            do {
                try body(store)
            } catch {
                XCTFail("\(name): \(error)", file: file, line: line)
            }
        }
    }
}
