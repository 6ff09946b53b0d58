@testable import KGModel
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

    func testTextLinesAreOneLineEachWithNoControlSequences() {
        let extraction = DocumentExtraction(
            document: DocumentInfo(id: "d", title: "T"),
            entities: [Actor(label: "Russia", type: .country), Actor(label: "Syria", type: .country)],
            triples: [Fact(subject: "russia", predicate: .supports, object: "syria",
                           evidence: [Evidence(sentence: 1, start: 0, end: 30, text: "Backs \u{1B}[2JSyria\nstill")])])
        XCTAssertEqual(extraction.textLines(), ["Russia supports Syria  \u{2014} \u{201C}Backs [2JSyria still\u{201D}"])
    }
}
