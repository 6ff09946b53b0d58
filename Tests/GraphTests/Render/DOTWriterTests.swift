@testable import Graph
import XCTest

final class DOTWriterTests: XCTestCase {
    private func line(_ dot: String, containing fragment: String) -> String {
        dot.split(separator: "\n").map(String.init).first { $0.contains(fragment) } ?? ""
    }

    func testNodesTakeShapeAndColourFromTheirType() throws {
        let dot = DOTWriter().dot(for: RenderFixtures.politics)
        for actor in RenderFixtures.politics.actors.values where !line(dot, containing: "id=\"actor-\(actor.id)\"").isEmpty {
            let node = line(dot, containing: "id=\"actor-\(actor.id)\"")
            XCTAssertTrue(node.contains("shape=\(DiagramStyle.shape(actor.type))"), node)
            XCTAssertTrue(node.contains("fillcolor=\"\(DiagramStyle.fill(actor.type))\""), node)
        }
        XCTAssertEqual(Set(ActorType.allCases.map(DiagramStyle.shape)).count, ActorType.allCases.count, "every type has its own shape")
        XCTAssertEqual(Set(ActorType.allCases.map(DiagramStyle.fill)).count, ActorType.allCases.count, "every type has its own colour")
    }

    func testEdgesShowClassNegationModalitySymmetryAndWeight() throws {
        let dot = DOTWriter().dot(for: RenderFixtures.politics)
        let cooperative = line(dot, containing: "id=\"rel-russia--syria-cooperative\"")
        XCTAssertTrue(cooperative.contains("color=\"\(DiagramStyle.color(.cooperative))\""), cooperative)
        XCTAssertTrue(cooperative.contains("style=solid"))
        XCTAssertTrue(cooperative.contains("penwidth=3.38"), cooperative)  // 3 pieces of evidence
        let negated = line(dot, containing: "-not\"")
        XCTAssertTrue(negated.contains("style=dashed") && negated.contains("label=\"not attacks\""), negated)
        XCTAssertTrue(negated.contains("color=\"\(DiagramStyle.color(.conflictual))\""), negated)
        let hedged = line(dot, containing: "-hedged\"")
        XCTAssertTrue(hedged.contains("style=dotted") && hedged.contains("(possible)"), hedged)
        let symmetric = line(dot, containing: "p-meetsWith")
        XCTAssertTrue(symmetric.contains("dir=none"), symmetric)
        XCTAssertFalse(cooperative.contains("dir=none"))
        let affiliation = line(dot, containing: "p-leaderOf")
        XCTAssertTrue(affiliation.contains("color=\"\(DiagramStyle.color(.affiliation))\""), affiliation)
        XCTAssertEqual(Set(Predicate.Class.allCases.map(DiagramStyle.arrowhead)).count, 3, "classes differ by more than colour")
    }

    func testSameGraphInAnyOrderGivesTheSameDOT() {
        let graph = RenderFixtures.politics
        let reversed = KnowledgeGraph(actors: graph.sortedActors.reversed(), facts: graph.sortedFacts.reversed(),
                                      documents: Array(graph.documents.values))
        XCTAssertEqual(DOTWriter().dot(for: graph), DOTWriter().dot(for: reversed))
    }

    func testLegendSaysWhatTheSizeLimitLeftOut() throws {
        let diagram = try DiagramView(level: .actor, maxNodes: 70).diagram(for: SyntheticGraph.make(actors: 2_000))
        let dot = DOTWriter().dot(for: diagram)
        XCTAssertTrue(dot.contains("actors with most evidence of 2000: \(diagram.omissions.actorsCut) actors and \(diagram.omissions.edgesCut) relations left out"))
        XCTAssertTrue(dot.contains("overlap=prism"))
        let svg = try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: diagram.layout)
        XCTAssertTrue(String(decoding: svg, as: UTF8.self).contains("left out"))
    }

    func testLegendSaysWhatAClickDoesInTheSVGAndInTheReport() throws {
        // graph.svg alone opens Wikidata; in report.html a click selects the actor.
        let dot = DOTWriter().dot(for: RenderFixtures.politics)
        XCTAssertTrue(dot.contains("click a node to open its Wikidata item (in report.html, to show its neighbourhood)"))
        XCTAssertFalse(dot.contains("click a node to open Wikidata."))
    }

    func testWikidataLinksOnlyForItemIds() {
        XCTAssertEqual(DOTWriter.wikidataID("Q159"), "Q159")
        XCTAssertNil(DOTWriter.wikidataID("Q"))
        XCTAssertNil(DOTWriter.wikidataID("P31"))
        XCTAssertNil(DOTWriter.wikidataID("Q1\"x"))
        XCTAssertNil(DOTWriter.wikidataID(nil))
    }
}
