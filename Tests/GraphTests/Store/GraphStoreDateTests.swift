@testable import Graph
import XCTest

/// Querying the store for a span of dates (`--since`, `--until`), and the dates listings give.
final class GraphStoreDateTests: XCTestCase {
    typealias F = StoreFixtures

    /// Three articles on one fact, in September, October and undated, and one October fact more.
    static var articles: [DocumentExtraction] {
        func article(_ id: String, _ date: String?, _ url: String?, _ facts: [Fact]) -> DocumentExtraction {
            DocumentExtraction(document: DocumentInfo(id: id, title: "Article \(id)", date: date, source: "news/\(id).txt",
                                                      contentHash: "hash-\(id)", url: url),
                               entities: [F.russia, F.syria, F.france, F.germany], triples: facts)
        }
        let supports = { (text: String) in Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, text)]) }
        return [
            article("sep", "2019-09-20", "https://news.example/sep", [supports("Russia backed Syria in September.")]),
            article("oct", "2019-10-05", nil, [supports("Russia backed Syria again in October."),
                                                Fact(subject: "germany", predicate: .meetsWith, object: "france",
                                                     evidence: [F.evidence(2, 40, "Germany met France in October.")])]),
            article("undated", nil, nil, [supports("Russia backs Syria, an undated note says.")]),
        ]
    }

    func testAWindowKeepsOnlyItsEvidenceAndListingsGiveDates() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(GraphStoreDateTests.articles)
        let october = try store.facts(matching: FactFilter(dates: try DateWindow(since: "2019-10-01", until: "2019-10-31")))
        XCTAssertEqual(october.facts.count, 2)
        XCTAssertTrue(october.facts.allSatisfy { $0.evidence.count == 1 && $0.evidence[0].document == "oct" })
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: FactListing.json(october, evidence: true)) as? [[String: Any]])
        for fact in json {
            XCTAssertEqual(fact["first_reported"] as? String, "2019-10-05")
            XCTAssertEqual(fact["last_reported"] as? String, "2019-10-05")
            XCTAssertEqual((fact["evidence"] as? [[String: Any]])?.map { $0["date"] as? String }, ["2019-10-05"])
        }
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: FactListing.json(try store.facts(matching: FactFilter()), evidence: false)) as? [[String: Any]])
        let supports = try XCTUnwrap(all.first { $0["predicate"] as? String == "supports" })
        XCTAssertEqual(supports["first_reported"] as? String, "2019-09-20")
        XCTAssertEqual(supports["last_reported"] as? String, "2019-10-05")
        XCTAssertEqual(supports["evidence_count"] as? Int, 3)

        XCTAssertEqual(try store.facts(matching: FactFilter(minEvidence: 2)).facts.count, 1, "the support fact has three quotes")
        let counted = try store.facts(matching: FactFilter(minEvidence: 2, dates: try DateWindow(since: "2019-09", until: nil)))
        XCTAssertEqual(counted.facts.map(\.evidence.count), [2], "undated evidence is in no window")
        XCTAssertEqual(try store.facts(matching: FactFilter(dates: try DateWindow(since: "2020", until: nil))).facts.count, 0)

        let csv = FactListing.csv(try store.facts(matching: FactFilter(document: "sep")), evidence: true)
        XCTAssertTrue(csv.contains(",2019-09-20,https://news.example/sep\r\n"), csv)
        let table = FactListing.table(try store.facts(matching: FactFilter(document: "sep")), evidence: true)
        XCTAssertTrue(table.contains("characters 0\u{2013}33, 2019-09-20, https://news.example/sep"), table)
    }

    func testTheTooltipAndTheReportSayWhenAFactWasReported() throws {
        let graph = GraphBuilder.merge(GraphStoreDateTests.articles)
        let supports = try XCTUnwrap(graph.facts.values.first { $0.predicate == .supports })
        XCTAssertEqual(graph.reportingSpan(of: supports), "2019-09-20 to 2019-10-05")
        XCTAssertTrue(DOTWriter().dot(for: graph).contains("3 pieces of evidence, reported 2019-09-20 to 2019-10-05"))
    }
}
