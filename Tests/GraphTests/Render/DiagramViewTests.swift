@testable import Graph
import XCTest

final class DiagramViewTests: XCTestCase {
    func testParallelFactsOfOneClassMergeIntoOneEdgeWithCounts() throws {
        let diagram = try DiagramView().diagram(for: RenderFixtures.politics)
        let cooperative = diagram.edges.filter { $0.from == "russia" && $0.to == "syria" && $0.predicateClass == .cooperative }
        XCTAssertEqual(cooperative.count, 1)
        XCTAssertEqual(cooperative.first?.facts.map(\.predicate), [.supports, .aids])
        XCTAssertEqual(cooperative.first?.evidence, 3)
        XCTAssertEqual(DOTWriter.edgeLabel(cooperative[0]), "supports \u{00D7}2\naids")
    }

    func testNegatedAndHedgedFactsStaySeparateEdges() throws {
        let diagram = try DiagramView().diagram(for: RenderFixtures.politics)
        let negated = diagram.edges.filter(\.negated)
        XCTAssertEqual(negated.map(\.from), ["united-states"])
        XCTAssertEqual(DOTWriter.edgeLabel(negated[0]), "not attacks")
        let hedged = diagram.edges.filter(\.hedged)
        XCTAssertEqual(hedged.count, 1)
        XCTAssertEqual(DOTWriter.edgeLabel(hedged[0]), "attacks (possible)")
    }

    func testPredicateListKeepsOnlyThosePredicates() throws {
        let view = DiagramView(predicates: try DiagramView.parsePredicates("supports, OCCUPIES"))
        let diagram = try view.diagram(for: RenderFixtures.politics)
        XCTAssertEqual(Set(diagram.edges.flatMap { $0.facts.map(\.predicate) }), [.supports, .occupies])
        XCTAssertEqual(Set(diagram.nodes.map(\.actor.id)), ["russia", "syria", "crimea"])
        XCTAssertEqual(try DiagramView.parsePredicates("affiliation"), [.leaderOf, .memberOf])
        XCTAssertThrowsError(try DiagramView.parsePredicates("supports,likes")) { error in
            XCTAssertEqual(error as? RenderError, .unknownPredicate("likes"))
            XCTAssertTrue(error.localizedDescription.contains("cooperatesWith"))
        }
    }

    func testMinEvidenceDropsThinEdges() throws {
        let diagram = try DiagramView(minEvidence: 2).diagram(for: RenderFixtures.politics)
        XCTAssertEqual(diagram.edges.map(\.id), ["rel-russia--syria-cooperative"])
        XCTAssertTrue(diagram.omissions.filters.contains { $0.contains("at least 2") })
    }

    func testStateLevelFoldsPeopleIntoTheirStateAndDropsLoops() throws {
        let diagram = try DiagramView(level: .state).diagram(for: RenderFixtures.politics)
        let ids = Set(diagram.nodes.map(\.actor.id))
        XCTAssertFalse(ids.contains("vladimir-putin"))
        XCTAssertFalse(ids.contains("sergei-lavrov"))
        XCTAssertEqual(diagram.nodes.first { $0.actor.id == "russia" }?.folded, ["Sergei Lavrov", "Vladimir Putin"])
        // Lavrov's criticism of NATO becomes Russia's; Putin's meeting becomes Russia's.
        XCTAssertTrue(diagram.edges.contains { $0.from == "russia" && $0.to == "nato" && $0.facts.first?.predicate == .criticizes })
        XCTAssertTrue(diagram.edges.contains { $0.from == "russia" && $0.to == "united-states" && $0.symmetric })
        XCTAssertFalse(diagram.edges.contains { $0.predicateClass == .affiliation })
        XCTAssertFalse(diagram.edges.contains { $0.from == $0.to })
    }

    func testFocusAndDepthKeepTheNeighbourhood() throws {
        let graph = KnowledgeGraph(actors: ["A", "B", "C", "D"].map { Actor(label: $0, type: .country) }, facts: [
            Fact(subject: "a", predicate: .supports, object: "b", evidence: [RenderFixtures.evidence("a b", sentence: 1)]),
            Fact(subject: "c", predicate: .opposes, object: "b", evidence: [RenderFixtures.evidence("c b", sentence: 2)]),
            Fact(subject: "c", predicate: .attacks, object: "d", evidence: [RenderFixtures.evidence("c d", sentence: 3)]),
        ])
        XCTAssertEqual(try DiagramView(focus: "a", depth: 1).diagram(for: graph).nodes.map(\.actor.id), ["a", "b"])
        XCTAssertEqual(try DiagramView(focus: "A", depth: 2).diagram(for: graph).nodes.map(\.actor.id), ["a", "b", "c"])
        XCTAssertEqual(try DiagramView(focus: "a", depth: 3).diagram(for: graph).edges.count, 3)
        XCTAssertEqual(try DiagramView(focus: "d", depth: 0).diagram(for: graph).nodes.map(\.actor.id), ["d"])
    }

    func testAnyDepthBeyondTheGraphReachesTheWholeComponent() throws {
        // Without stopping once nothing new is reached, this depth would take years.
        let diagram = try DiagramView(focus: "Russia", depth: Int.max).diagram(for: RenderFixtures.politics)
        let whole = try DiagramView(focus: "Russia", depth: RenderFixtures.politics.actors.count).diagram(for: RenderFixtures.politics)
        XCTAssertEqual(diagram.nodes.map(\.actor.id), whole.nodes.map(\.actor.id))
        XCTAssertGreaterThan(diagram.nodes.count, 1)
    }

    func testFocusOnAFoldedPersonCentresOnTheirState() throws {
        let diagram = try DiagramView(focus: "Vladimir Putin", depth: 1, level: .state).diagram(for: RenderFixtures.politics)
        XCTAssertTrue(diagram.nodes.contains { $0.actor.id == "russia" })
        XCTAssertTrue(diagram.omissions.filters.contains("within 1 step of Russia"))
    }

    func testUnknownFocusNamesNearMatches() {
        XCTAssertThrowsError(try DiagramView(focus: "Russ").diagram(for: RenderFixtures.politics)) { error in
            XCTAssertEqual(error as? RenderError, .unknownActor("Russ", suggestions: ["Russia"]))
            XCTAssertTrue(error.localizedDescription.contains("did you mean 'Russia'"), error.localizedDescription)
        }
    }

    func testLargeGraphKeepsTheActorsWithMostEvidenceAndSwitchesToSfdp() throws {
        let graph = SyntheticGraph.make(actors: 2_000)
        XCTAssertEqual(graph.actors.count, 2_000)
        let diagram = try DiagramView(level: .actor, maxNodes: 80).diagram(for: graph)
        XCTAssertLessThanOrEqual(diagram.nodes.count, 80)
        XCTAssertGreaterThan(diagram.nodes.count, DiagramView.sfdpThreshold)
        XCTAssertEqual(diagram.layout, .sfdp)
        XCTAssertEqual(diagram.omissions.actorsBeforeCut, 2_000)
        XCTAssertEqual(diagram.omissions.actorsCut, 2_000 - diagram.nodes.count)
        // Every kept actor has at least as much evidence as every actor left out.
        let all = graph.evidenceCountByActor()
        let kept = Set(diagram.nodes.map(\.actor.id))
        let weakestKept = kept.map { all[$0, default: 0] }.min() ?? 0
        let ranked = all.values.sorted(by: >)
        XCTAssertGreaterThanOrEqual(weakestKept, ranked[80], "the cut must keep the actors with most evidence")
        XCTAssertTrue(kept.contains(all.max { $0.value < $1.value }!.key))
        XCTAssertTrue(diagram.edges.allSatisfy { kept.contains($0.from) && kept.contains($0.to) })
        // The report still lists the whole view.
        XCTAssertEqual(diagram.graph.actors.count, 2_000)
    }

    func testSmallGraphUsesDotAndAnExplicitLayoutWins() throws {
        XCTAssertEqual(try DiagramView().diagram(for: RenderFixtures.politics).layout, .dot)
        XCTAssertEqual(try DiagramView(layout: .neato).diagram(for: RenderFixtures.politics).layout, .neato)
        XCTAssertEqual(try DiagramView(layout: .dot).diagram(for: SyntheticGraph.make(actors: 300)).layout, .dot)
    }

    func testSyntheticGraphsAreDeterministic() {
        let a = SyntheticGraph.make(actors: 200, seed: 7), b = SyntheticGraph.make(actors: 200, seed: 7)
        XCTAssertEqual(a.sortedFacts, b.sortedFacts)
        XCTAssertEqual(DOTWriter().dot(for: a), DOTWriter().dot(for: b))
    }
}

extension DiagramViewTests {
    func testFactsAboutUnknownActorsAreNotDrawn() throws {
        let graph = KnowledgeGraph(actors: [RenderFixtures.russia], facts: [
            Fact(subject: "russia", predicate: .supports, object: "nowhere", evidence: [RenderFixtures.evidence("x")]),
        ])
        let diagram = try DiagramView().diagram(for: graph)
        XCTAssertTrue(diagram.edges.isEmpty)
        let counts = try GraphvizRenderer.shared.parse(dot: DOTWriter().dot(for: diagram))
        XCTAssertEqual(counts.edges, 0)
    }
}

extension DiagramViewTests {
    func testStateLevelFoldsPeopleEvenWhenAffiliationIsNotDrawn() throws {
        let view = DiagramView(predicates: [.criticizes], level: .state)
        let diagram = try view.diagram(for: RenderFixtures.politics)
        XCTAssertEqual(diagram.edges.map(\.id), ["rel-russia--nato-conflictual"])
    }
}
