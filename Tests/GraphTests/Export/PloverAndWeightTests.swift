@testable import Graph
import XCTest

/// The PLOVER category rides on every exported fact, and a negated fact weighs nothing in GraphML.
final class PloverAndWeightTests: XCTestCase {
    typealias F = StoreFixtures

    static var graph: KnowledgeGraph {
        let facts = [
            Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, "Russia backs Syria.")]),
            Fact(subject: "russia", predicate: .supports, object: "syria", negated: true,
                 evidence: [F.evidence(2, 30, "Russia did not back Syria."), F.evidence(3, 60, "No backing, Moscow said.")]),
            Fact(subject: "russia", predicate: .memberOf, object: "france", evidence: [F.evidence(4, 90, "An odd membership.")]),
        ]
        return GraphBuilder.merge([F.extraction("a", hash: "h", actors: [F.russia, F.syria, F.france], facts: facts)])
    }

    func testCSVHasThePloverCategoryAfterThePredicate() {
        let lines = CSVExporter().csv(for: PloverAndWeightTests.graph).split(separator: "\r\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("subject,subject_label,predicate,plover,object,"), lines[0])
        XCTAssertTrue(lines.contains { $0.hasPrefix("russia,Russia,supports,SUPPORT,syria,Syria,false,") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("russia,Russia,memberOf,,france,") })
    }

    func testGraphMLWeighsANegatedFactZeroAndCarriesPlover() throws {
        let graphML = GraphMLExporter().graphML(for: PloverAndWeightTests.graph)
        let edges = graphML.components(separatedBy: "<edge ").dropFirst()
        let negated = try XCTUnwrap(edges.first { $0.contains("<data key=\"negated\">true</data>") })
        XCTAssertTrue(negated.contains("<data key=\"weight\">0</data>"), negated)
        XCTAssertTrue(negated.contains("<data key=\"evidence\">2</data>"), negated)
        let held = try XCTUnwrap(edges.first { $0.contains("<data key=\"negated\">false</data>") && $0.contains("supports") })
        XCTAssertTrue(held.contains("<data key=\"weight\">1</data>"), held)
        XCTAssertTrue(held.contains("<data key=\"plover\">SUPPORT</data>"), held)
        XCTAssertTrue(graphML.contains("<key id=\"plover\" for=\"edge\" attr.name=\"plover\" attr.type=\"string\"/>"))
    }

    func testLinkedDataFactsCarryThePloverCategory() throws {
        let exporter = LinkedDataExporter()
        let nt = exporter.nTriples(for: PloverAndWeightTests.graph)
        let fact = exporter.factIRI(Fact.Key(subject: "russia", predicate: .supports, object: "syria", negated: false))
        XCTAssertTrue(nt.contains("<\(fact)> <\(Namespace.kg)ploverCategory> \"SUPPORT\" ."), nt)
        let member = exporter.factIRI(Fact.Key(subject: "russia", predicate: .memberOf, object: "france", negated: false))
        XCTAssertFalse(nt.contains("<\(member)> <\(Namespace.kg)ploverCategory>"))
        let json = String(decoding: try exporter.jsonLD(for: PloverAndWeightTests.graph), as: UTF8.self)
        XCTAssertTrue(json.contains("\"ploverCategory\": \"SUPPORT\"") || json.contains("\"ploverCategory\":\"SUPPORT\""), json)
    }
}
