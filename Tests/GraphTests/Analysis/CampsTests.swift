@testable import Graph
import XCTest

final class CampsTests: XCTestCase {
    private func labels(_ camp: Camps.Camp) -> Set<String> { Set(camp.members.map(\.label)) }

    func testEveryMethodSeparatesTwoBalancedBlocs() {
        for method in CampMethod.allCases {
            let camps = Camps(AnalysisFixtures.blocs, method: method)
            XCTAssertEqual(camps.camps.count, 2, "\(method)")
            XCTAssertEqual(labels(camps.camps[0]), ["Avalon", "Brigadoon", "Coastal Militia", "Erewhon"], "\(method)")
            XCTAssertEqual(labels(camps.camps[1]), ["Corvia", "Dunmore"], "\(method)")
            XCTAssertEqual(camps.frustration, 0, accuracy: 1e-9, "\(method)")
        }
    }

    func testPeopleCountForTheStateTheyLead() {
        let camps = Camps(AnalysisFixtures.blocs)
        XCTAssertEqual(camps.camps[0].people["avalon"], ["Ana Vale"])
        XCTAssertEqual(camps.number(of: "ana-vale"), camps.number(of: "avalon"))
        XCTAssertFalse(camps.camps.flatMap(\.members).contains { $0.type == .person })
    }

    func testPlacesMeetingsAndDenialsTakeNoSide() {
        let camps = Camps(AnalysisFixtures.blocs)
        XCTAssertNil(camps.number(of: "port-sable"), "a place is occupied, it does not take a side")
        XCTAssertNil(camps.number(of: "lone-island"), "a denial says nothing about alignment")
        XCTAssertNotEqual(camps.number(of: "avalon"), camps.number(of: "corvia"), "four meetings do not make allies")
    }

    func testAnActorThatOnlyOpposesOneCampLeansToItsAdversary() {
        let camps = Camps(AnalysisFixtures.blocs)
        XCTAssertEqual(camps.camps[0].leaning, ["erewhon"])
        XCTAssertTrue(camps.unaligned.isEmpty, "\(camps.unaligned)")
    }

    func testFactsThatHoldACampAndSetItApart() {
        let camps = Camps(AnalysisFixtures.blocs)
        let first = camps.camps[0]
        XCTAssertEqual(first.together.first?.predicate, .supports, "most evidence first")
        XCTAssertEqual(first.together.first?.evidence.count, 3)
        XCTAssertTrue(first.apart.contains { $0.predicate == .attacks && $0.subject == "dunmore" })
        XCTAssertTrue(first.apart.contains { $0.subject == "ana-vale" && $0.predicate == .criticizes }, "the leader's words count for the camp")
        XCTAssertTrue(first.strains.isEmpty)
    }

    func testConflictInsideACampIsReportedAsAStrain() {
        var graph = AnalysisFixtures.blocs
        graph.add(Fact(subject: "avalon", predicate: .criticizes, object: "brigadoon",
                       evidence: [AnalysisFixtures.evidence("Avalon scolded Brigadoon once.", sentence: 90)]))
        let camps = Camps(graph)
        XCTAssertEqual(camps.camps[0].strains.map(\.predicate), [.criticizes])
        XCTAssertEqual(camps.frustration, 0, accuracy: 1e-9, "weights are summed per pair: three supports outweigh one rebuke")
    }

    func testGreedyIsNeverWorseThanTheTrivialPartitionsOnALargeGraph() {
        let signed = SignedGraph(SyntheticGraph.make(actors: 400))
        let greedy = signed.frustration(of: CampFinder(signed: signed).partition(.greedy))
        let together = signed.frustration(of: Array(repeating: 0, count: signed.count))
        let alone = signed.frustration(of: Array(0..<signed.count))
        XCTAssertLessThan(greedy, min(together, alone))
        let hybrid = signed.frustration(of: CampFinder(signed: signed).partition(.hybrid))
        let spectral = signed.frustration(of: CampFinder(signed: signed).partition(.spectral))
        XCTAssertLessThanOrEqual(hybrid, spectral + 1e-9, "refining can only lower the frustration")
    }

    func testCampsOfAGraphWithoutConflictOrCooperation() {
        let graph = KnowledgeGraph(actors: [AnalysisFixtures.actors[0], AnalysisFixtures.actors[6]], facts: [
            Fact(subject: "ana-vale", predicate: .leaderOf, object: "avalon", evidence: [AnalysisFixtures.evidence("Ana Vale leads Avalon.", sentence: 1)]),
        ])
        let camps = Camps(graph)
        XCTAssertTrue(camps.camps.isEmpty)
        XCTAssertTrue(CampListing.text(camps, graph: graph).hasPrefix("No camps"))
    }

    func testTextAndJSONListings() throws {
        let graph = AnalysisFixtures.blocs
        let camps = Camps(graph)
        let text = CampListing.text(camps, graph: graph, limit: 1)
        XCTAssertTrue(text.contains("Camp 1: Avalon, Brigadoon, Coastal Militia \u{2026}"), text)
        XCTAssertTrue(text.contains("Avalon (with Ana Vale)"), text)
        XCTAssertTrue(text.contains("Avalon supports Brigadoon \u{00D7}3  \u{201C}Avalon stood behind Brigadoon at the summit.\u{201D}"), text)
        XCTAssertTrue(text.contains("\u{2026} and 1 more"), text)
        let json = try JSONSerialization.jsonObject(with: CampListing.json(camps, graph: graph)) as? [[String: Any]]
        XCTAssertEqual(json?.count, 2)
        XCTAssertEqual(json?[1]["actors"] as? [String], ["Corvia", "Dunmore"])
        XCTAssertEqual(json?[0]["leaning"] as? [String], ["Erewhon"])
        XCTAssertEqual((json?[0]["people"] as? [String: [String]])?["Avalon"], ["Ana Vale"])
    }
}

final class CampReportTests: XCTestCase {
    func testTheReportListsCampsWithTheirFactsAndQuotes() throws {
        let html = HTMLReportWriter().html(for: try DiagramView().diagram(for: AnalysisFixtures.blocs), svg: nil)
        let section = html.components(separatedBy: "<section id=\"camps\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        XCTAssertTrue(section.contains("Camp 1: <span dir=\"auto\">Avalon, Brigadoon, Coastal Militia \u{2026}</span>"), section)
        XCTAssertTrue(section.contains("Camp 2: <span dir=\"auto\">Corvia, Dunmore</span>"), section)
        XCTAssertTrue(section.contains("(with Ana Vale)"), section)
        XCTAssertTrue(section.contains("leaning: only opposes"), section)
        XCTAssertTrue(section.contains("Avalon stood behind Brigadoon at the summit."), section)
        XCTAssertTrue(section.contains("<h4>Set apart by</h4>"), section)
        XCTAssertTrue(html.contains("<a href=\"#camps\">Camps</a>"))
    }

    func testCampTextFromArticlesStaysText() throws {
        let html = HTMLReportWriter().html(for: try DiagramView().diagram(for: RenderFixtures.hostile), svg: nil)
        let section = html.components(separatedBy: "<section id=\"camps\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        XCTAssertTrue(section.contains("&lt;b&gt;x&lt;/b&gt;"), section)
        XCTAssertFalse(section.contains("<b>x</b>"))
        XCTAssertFalse(section.contains("<script>"))
    }
}

final class CampLeaningTests: XCTestCase {
    func testOpponentsOfACampWithoutAdversaryFormACampButTargetsDoNot() {
        let actors = [Actor(label: "Avalon", type: .country), Actor(label: "Brigadoon", type: .country),
                      Actor(label: "Erewhon", type: .country), Actor(label: "Farland", type: .country),
                      Actor(label: "Grey Band", type: .group)]
        var n = 0
        func ev(_ text: String) -> [Evidence] { n += 1; return [AnalysisFixtures.evidence(text, sentence: n)] }
        let graph = KnowledgeGraph(actors: actors, facts: [
            Fact(subject: "avalon", predicate: .supports, object: "brigadoon", evidence: ev("Avalon backed Brigadoon.")),
            Fact(subject: "erewhon", predicate: .opposes, object: "avalon", evidence: ev("Erewhon rejected Avalon's bid.")),
            Fact(subject: "farland", predicate: .sanctions, object: "brigadoon", evidence: ev("Farland froze Brigadoon's assets.")),
            Fact(subject: "avalon", predicate: .attacks, object: "grey-band", evidence: ev("Avalon struck the Grey Band's camps.")),
        ])
        let camps = Camps(graph)
        XCTAssertEqual(camps.camps.map { Set($0.members.map(\.label)) }, [["Avalon", "Brigadoon"], ["Erewhon", "Farland"]])
        XCTAssertEqual(Set(camps.camps[1].leaning), ["erewhon", "farland"])
        XCTAssertEqual(camps.unaligned.map(\.label), ["Grey Band"], "only acted against: it takes no side we know of")
        XCTAssertEqual(camps.camps[1].apart.count, 2)
    }
}
