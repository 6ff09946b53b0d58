@testable import Graph
import XCTest

final class KnowledgeGraphTests: XCTestCase {
    func testSymmetricFactsMergeInEitherOrder() {
        var graph = KnowledgeGraph()
        graph.add(Fact(subject: "b", predicate: .meetsWith, object: "a", evidence: [Evidence(document: "d1", sentence: 1, start: 0, end: 5, text: "x")]))
        graph.add(Fact(subject: "a", predicate: .meetsWith, object: "b", evidence: [Evidence(document: "d2", sentence: 1, start: 0, end: 5, text: "y")]))
        XCTAssertEqual(graph.facts.count, 1)
        XCTAssertEqual(graph.sortedFacts.first?.evidence.count, 2)
        XCTAssertEqual(graph.sortedFacts.first?.subject, "a")
    }
}
