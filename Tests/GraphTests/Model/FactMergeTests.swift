@testable import Extraction
@testable import Graph
import XCTest

/// `Fact.merge`, the one rule for combining statements of one fact, and the three
/// places that use it: the extractor within a document, the store's ingest and the graph.
final class FactMergeTests: XCTestCase {
    typealias F = StoreFixtures

    private func piece(_ document: String, _ start: Int, _ modality: Modality?, confidence: Double = 0.8) -> Evidence {
        Evidence(document: document, sentence: 1, start: start, end: start + 10, text: "quote \(document) \(start)",
                 confidence: confidence, modality: modality)
    }

    private func fact(_ modality: Modality, _ confidence: Double, _ evidence: [Evidence]) -> Fact {
        Fact(subject: "russia", predicate: .attacks, object: "islamic-state", modality: modality, confidence: confidence, evidence: evidence)
    }

    func testEvidenceIsTheUnionWithoutTheSamePlaceTwice() {
        var merged = fact(.asserted, 0.7, [piece("a", 0, .asserted), piece("a", 20, .asserted)])
        merged.merge(fact(.asserted, 0.7, [piece("a", 20, .asserted), piece("b", 0, .asserted), piece("a", 40, .asserted)]))
        // Same offsets in another document are another quote; same document and offsets are one.
        XCTAssertEqual(merged.evidence.map { "\($0.document)@\($0.start)" }, ["a@0", "a@20", "b@0", "a@40"])
    }

    func testModalityIsTheFirmestAndConfidenceTheHighestInEitherOrder() {
        let hedged = fact(.possible, 0.9, [piece("a", 0, .possible)])
        let planned = fact(.planned, 0.6, [piece("b", 0, .planned)])
        let firm = fact(.asserted, 0.5, [piece("c", 0, .asserted)])
        var one = hedged, other = firm
        one.merge(planned)
        one.merge(firm)
        other.merge(planned)
        other.merge(hedged)
        for merged in [one, other] {
            XCTAssertEqual(merged.modality, .asserted)
            XCTAssertEqual(merged.confidence, 0.9)
            XCTAssertEqual(merged.modalityBreakdown, "asserted 1, planned 1, possible 1")
        }
        var twoHedges = hedged
        twoHedges.merge(planned)
        XCTAssertEqual(twoHedges.modality, .planned)
    }

    func testTheSameQuoteStatedMoreFirmlyMakesTheHeldPieceFirm() {
        // Two rules read one sentence, the first as possible, the second as asserted: the
        // fact is asserted, so its one quote must say so, or nothing would be drawn for it.
        var merged = fact(.possible, 0.8, [piece("a", 0, .possible)])
        merged.merge(fact(.asserted, 0.8, [piece("a", 0, .asserted)]))
        XCTAssertEqual(merged.evidence.count, 1)
        XCTAssertEqual(merged.evidence.first?.modality, .asserted)
        XCTAssertEqual(merged.firmEvidence.count, 1)
        // A hedged repeat does not weaken a firm quote.
        merged.merge(fact(.possible, 0.8, [piece("a", 0, .possible)]))
        XCTAssertEqual(merged.evidence.first?.modality, .asserted)
        XCTAssertEqual(merged.modality, .asserted)
    }

    func testTheExtractorTheStoreAndTheGraphMergeAlike() throws {
        let first = fact(.possible, 0.6, [piece("", 0, .possible), piece("", 20, .possible)])
        let second = fact(.asserted, 0.9, [piece("", 20, .asserted), piece("", 40, .asserted)])
        var expected = first
        expected.merge(second)

        // The extractor, one quote at a time.
        var context = DocumentContext()
        let russia = context.actor(label: "Russia", type: .country), isis = context.actor(label: "Islamic State", type: .group)
        for statement in [first, second] {
            for evidence in statement.evidence {
                context.add(subject: russia, predicate: .attacks, object: isis, negated: false, modality: statement.modality,
                            confidence: statement.confidence, evidence: evidence)
            }
        }
        let found = try XCTUnwrap(context.facts.values.first)
        XCTAssertEqual(context.facts.count, 1)
        XCTAssertEqual(found.evidence, expected.evidence)
        XCTAssertEqual(found.modality, expected.modality)
        XCTAssertEqual(found.confidence, expected.confidence)

        // The store, given one document that states the fact twice (as `kg import` may).
        let extraction = F.extraction("d", hash: "h", actors: [F.russia, F.isis], facts: [first, second])
        let store = try GraphStore.inMemory()
        try store.ingest([extraction])
        let stored = try XCTUnwrap(try store.loadGraph().facts.values.first)
        XCTAssertEqual(stored.evidence.map(\.start), expected.evidence.map(\.start))
        XCTAssertEqual(stored.evidence.map(\.modality), expected.evidence.map(\.modality))
        XCTAssertEqual(stored.modality, expected.modality)
        XCTAssertEqual(stored.confidence, expected.confidence)

        // The graph, given the same document.
        var graph = KnowledgeGraph()
        graph.merge(extraction)
        let merged = try XCTUnwrap(graph.facts.values.first)
        XCTAssertEqual(merged.evidence.map(\.start), expected.evidence.map(\.start))
        XCTAssertEqual(merged.evidence.map(\.modality), expected.evidence.map(\.modality))
        XCTAssertEqual(merged.modality, expected.modality)
        XCTAssertEqual(merged.confidence, expected.confidence)
    }

    func testTheExtractorKeepsAtMostFiftyQuotesAFactButStillTakesTheirModality() throws {
        var context = DocumentContext()
        let russia = context.actor(label: "Russia", type: .country), syria = context.actor(label: "Syria", type: .country)
        for k in 0..<60 {
            context.add(subject: russia, predicate: .supports, object: syria, negated: false, modality: k == 55 ? .asserted : .possible,
                        confidence: 0.5, evidence: piece("", k * 20, k == 55 ? .asserted : .possible))
        }
        let found = try XCTUnwrap(context.facts.values.first)
        XCTAssertEqual(found.evidence.count, 50)
        XCTAssertEqual(found.modality, .asserted)
    }
}
