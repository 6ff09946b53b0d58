@testable import Graph
import XCTest

/// Each piece of evidence keeps its own modality; a merged fact is firm only as far as
/// some quote is, and counts only those quotes where it is drawn.
final class EvidenceModalityTests: XCTestCase {
    typealias F = StoreFixtures

    static func quote(_ document: String, _ text: String, _ modality: Modality?) -> Evidence {
        Evidence(document: document, sentence: 1, start: 0, end: text.unicodeScalars.count, text: text, modality: modality)
    }

    static var hedgedGraph: KnowledgeGraph {
        var graph = KnowledgeGraph(actors: [F.russia, F.isis], facts: [])
        let docs: [(String, String, Modality)] = [
            ("a", "Russia struck Islamic State positions near Palmyra.", .asserted),
            ("b", "Russia has not ruled out strikes on Islamic State.", .possible),
            ("c", "Moscow is considering strikes against Islamic State.", .possible),
            ("d", "Russia may strike Islamic State, an aide said.", .possible),
        ]
        for (id, text, modality) in docs {
            graph.merge(DocumentExtraction(document: DocumentInfo(id: id, title: "Article \(id)"), entities: [F.russia, F.isis],
                                           triples: [Fact(subject: "russia", predicate: .attacks, object: "islamic-state", modality: modality,
                                                          evidence: [quote("", text, modality)])]))
        }
        return graph
    }

    func testAFactIsFirmOnlyAsFarAsItsQuotes() throws {
        let fact = try XCTUnwrap(EvidenceModalityTests.hedgedGraph.facts.values.first)
        XCTAssertEqual(fact.modality, .asserted)
        XCTAssertEqual(fact.evidence.count, 4)
        XCTAssertEqual(fact.firmEvidence.map(\.document), ["a"])
        XCTAssertEqual(fact.modalityBreakdown, "asserted 1, possible 3")
        // Evidence from before quotes kept their modality counts as the fact's.
        let legacy = Fact(subject: "russia", predicate: .attacks, object: "islamic-state", modality: .possible,
                          evidence: [EvidenceModalityTests.quote("x", "Old quote.", nil)])
        XCTAssertEqual(legacy.firmEvidence.count, 1)
        XCTAssertNil(legacy.modalityBreakdown)
    }

    func testTheLineCountsOnlyFirmQuotesAndTheTooltipGivesTheBreakdown() throws {
        let graph = EvidenceModalityTests.hedgedGraph
        let dot = DOTWriter().dot(for: graph)
        let edge = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("\"russia\" -> \"islamic-state\"") })
        XCTAssertFalse(edge.contains("\u{00D7}4"), String(edge))
        XCTAssertTrue(edge.contains("asserted 1, possible 3"), String(edge))
        XCTAssertEqual(Diagram.Edge(from: "russia", to: "islamic-state", predicateClass: .conflictual, negated: false, hedged: false,
                                    symmetric: false, facts: Array(graph.facts.values)).evidence, 1)
    }

    func testExtractionKeepsEachQuotesModalityAndTheStoreKeepsIt() throws {
        let text = "Russia bombed Islamic State positions on Monday. Russia may also strike Islamic State in Iraq."
        let e = Extractor().extract(text: text, id: "t")
        let fact = try XCTUnwrap(e.triples.first { $0.predicate == .attacks })
        XCTAssertEqual(fact.modality, .asserted)
        XCTAssertEqual(fact.evidence.map(\.modality), [.asserted, .possible])
        let store = try GraphStore.inMemory()
        try store.ingest([e])
        let stored = try XCTUnwrap(try store.loadGraph().facts.values.first { $0.predicate == .attacks })
        XCTAssertEqual(stored.evidence.map(\.modality), [.asserted, .possible])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: FactListing.json(try store.facts(matching: FactFilter(predicate: .attacks)), evidence: true)) as? [[String: Any]])
        XCTAssertEqual(json.first?["modalities"] as? [String: Int], ["asserted": 1, "possible": 1])
        XCTAssertEqual((json.first?["evidence"] as? [[String: Any]])?.compactMap { $0["modality"] as? String }, ["asserted", "possible"])
    }
}
