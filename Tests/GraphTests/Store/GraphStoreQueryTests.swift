@testable import Graph
import XCTest

final class GraphStoreQueryTests: StoreTestCase {
    typealias F = StoreFixtures

    private func keys(_ result: QueryResult) -> [String] {
        result.facts.map { "\($0.subject) \($0.negated ? "not " : "")\($0.predicate.rawValue) \($0.object)" }
    }

    func testFiltersEachNarrowTheFacts() throws {
        try forEachStore { store in
            try store.ingest([F.articleA, F.articleB, F.articleC])
            XCTAssertEqual(try store.facts(matching: FactFilter()).facts.count, 4)
            XCTAssertEqual(keys(try store.facts(matching: FactFilter(subject: "France"))), ["france criticizes islamic-state", "france meetsWith germany"])
            XCTAssertEqual(keys(try store.facts(matching: FactFilter(subject: "moscow", predicate: .supports))), ["russia supports syria"],
                           "an alias names its actor, ignoring case")
            XCTAssertEqual(keys(try store.facts(matching: FactFilter(object: "Daesh"))),
                           ["russia not attacks islamic-state", "france criticizes islamic-state"])
            XCTAssertEqual(Set(keys(try store.facts(matching: FactFilter(actor: "germany")))), ["france meetsWith germany"],
                           "--actor matches either end")
            XCTAssertEqual(keys(try store.facts(matching: FactFilter(negated: true))), ["russia not attacks islamic-state"])
            XCTAssertEqual(try store.facts(matching: FactFilter(negated: false)).facts.count, 3)
            XCTAssertEqual(keys(try store.facts(matching: FactFilter(minEvidence: 2))),
                           ["russia not attacks islamic-state", "russia supports syria"])
            XCTAssertEqual(Set(keys(try store.facts(matching: FactFilter(document: "c")))), ["france criticizes islamic-state"])
            XCTAssertTrue(try store.facts(matching: FactFilter(actor: "Atlantis")).facts.isEmpty)
            XCTAssertEqual(try store.actors(named: "DAESH").map(\.id), ["islamic-state"])
            XCTAssertEqual(try store.actors(named: "Atlantis"), [])
        }
    }

    func testResultsCarryEvidenceActorsAndDocuments() throws {
        try forEachStore { store in
            try store.ingest([F.articleA, F.articleB])
            let result = try store.facts(matching: FactFilter(subject: "russia", predicate: .supports))
            let fact = try XCTUnwrap(result.facts.first)
            XCTAssertEqual(fact.evidence.map(\.text), ["Russia keeps backing Syria.", "Russia will back Syria at the summit."])
            XCTAssertEqual(result.label("syria"), "Syria")
            XCTAssertEqual(result.documents["b"]?.title, "Article b")
        }
    }

    func testActorSummariesCountFactsAndEvidence() throws {
        try forEachStore { store in
            try store.ingest([F.articleA, F.articleB, F.articleC])
            let summaries = try store.actorSummaries()
            let byID = Dictionary(uniqueKeysWithValues: summaries.map { ($0.actor.id, $0) })
            XCTAssertEqual(byID["russia"]?.factCount, 2)
            XCTAssertEqual(byID["russia"]?.evidenceCount, 4)
            XCTAssertEqual(byID["islamic-state"]?.factCount, 2)
            XCTAssertEqual(byID["germany"]?.factCount, 1)
            XCTAssertEqual(byID["islamic-state"]?.actor.aliases, ["ISIS", "Daesh"])
            XCTAssertEqual(summaries.map(\.factCount), summaries.map(\.factCount).sorted(by: >), "most facts first")
        }
    }
}
