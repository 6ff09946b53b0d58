import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Graph
import XCTest

/// GEXF 1.3 for Gephi: well-formed, dated from the evidence so the timeline plays, negated facts weighing 0.
final class GEXFExporterTests: XCTestCase {
    typealias F = StoreFixtures

    /// Russia supports Syria (reported 2019-05-01 and 2019-06-10), does not attack France
    /// (2019-06-10), and meets Germany in an undated article.
    static var graph: KnowledgeGraph {
        let may = DocumentExtraction(
            document: DocumentInfo(id: "may", title: "May", date: "2019-05-01"), entities: [F.russia, F.syria],
            triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, "Russia backs Syria.")])])
        let june = DocumentExtraction(
            document: DocumentInfo(id: "june", title: "June <b>&</b>", date: "2019-06-10"), entities: [F.russia, F.syria, F.france],
            triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, "Still \"backing\" Syria & more.")]),
                      Fact(subject: "russia", predicate: .attacks, object: "france", negated: true,
                           evidence: [F.evidence(2, 40, "Russia will not strike France."), F.evidence(3, 80, "No strike.")])])
        let undated = DocumentExtraction(
            document: DocumentInfo(id: "undated", title: "No date"), entities: [F.russia, F.germany],
            triples: [Fact(subject: "russia", predicate: .meetsWith, object: "germany", evidence: [F.evidence(1, 0, "They met.")])])
        return GraphBuilder.merge([may, june, undated])
    }

    private func gexf() throws -> String {
        try GEXFExporter(base: "https://your.domain/kg/").gexf(for: GEXFExporterTests.graph)
    }

    /// The one `<node>` or `<edge>` element whose opening tag contains `marker`.
    private func element(_ gexf: String, _ tag: String, _ marker: String) throws -> String {
        let blocks = gexf.components(separatedBy: "<\(tag) ").dropFirst()
        let found = blocks.filter { $0.prefix { $0 != ">" }.contains(marker) }
        XCTAssertEqual(found.count, 1, marker)
        let block = try XCTUnwrap(found.first, marker)
        return String(block[..<(block.range(of: "</\(tag)>")?.upperBound ?? block.endIndex)])
    }

    func testIsWellFormedGEXF13InDynamicMode() throws {
        let text = try gexf()
        XCTAssertTrue(XMLParser(data: Data(text.utf8)).parse())
        XCTAssertTrue(text.contains("xmlns=\"http://gexf.net/1.3\""))
        XCTAssertTrue(text.contains("version=\"1.3\""))
        XCTAssertTrue(text.contains("mode=\"dynamic\" timeformat=\"date\""))
    }

    func testEdgesLiveOnTheDatesTheirFactWasReported() throws {
        let text = try gexf()
        let supports = try element(text, "edge", "source=\"russia\" target=\"syria\"")
        XCTAssertTrue(supports.contains("<spell start=\"2019-05-01\" end=\"2019-05-01\"/>"), supports)
        XCTAssertTrue(supports.contains("<spell start=\"2019-06-10\" end=\"2019-06-10\"/>"), supports)
        XCTAssertTrue(supports.contains("<attvalue for=\"first_reported\" value=\"2019-05-01\"/>"), supports)
        XCTAssertTrue(supports.contains("<attvalue for=\"plover\" value=\"SUPPORT\"/>"), supports)
        XCTAssertTrue(supports.contains("<attvalue for=\"predicate_iri\" value=\"https://your.domain/vocab#supports\"/>"), supports)
        // The undated meeting has no time, so Gephi shows it all along.
        let meets = try element(text, "edge", "source=\"germany\" target=\"russia\"")
        XCTAssertFalse(meets.contains("<spells>"), meets)
    }

    func testNodesLiveWhenTheirFactsDoAndAllAlongWithAnUndatedOne() throws {
        let text = try gexf()
        let syria = try element(text, "node", "id=\"syria\"")
        XCTAssertTrue(syria.contains("<spell start=\"2019-05-01\" end=\"2019-05-01\"/>"), syria)
        XCTAssertTrue(syria.contains("<attvalue for=\"iri\" value=\"https://your.domain/kg/actor/syria\"/>"), syria)
        let france = try element(text, "node", "id=\"france\"")
        XCTAssertTrue(france.contains("<spell start=\"2019-06-10\" end=\"2019-06-10\"/>"), france)
        XCTAssertFalse(france.contains("2019-05-01"), france)
        let russia = try element(text, "node", "id=\"russia\"")
        XCTAssertFalse(russia.contains("<spells>"), "Russia meets Germany in an undated article: \(russia)")
    }

    func testANegatedFactWeighsNothingAndIsItsOwnKind() throws {
        let attacks = try element(try gexf(), "edge", "source=\"russia\" target=\"france\"")
        XCTAssertTrue(attacks.contains("label=\"not attacks\" kind=\"not-attacks\" weight=\"0\""), attacks)
        XCTAssertTrue(attacks.contains("<attvalue for=\"evidence\" value=\"2\"/>"), attacks)
        XCTAssertTrue(attacks.contains("<attvalue for=\"negated\" value=\"true\"/>"), attacks)
    }

    func testAGraphWithNoDatesIsStatic() throws {
        let text = try GEXFExporter().gexf(for: GraphBuilder.merge([DocumentExtraction(
            document: DocumentInfo(id: "d", title: "T"), entities: [F.russia, F.syria],
            triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, "Backs.")])])]))
        XCTAssertTrue(text.contains("mode=\"static\">"), text)
        XCTAssertFalse(text.contains("timeformat"))
        XCTAssertThrowsError(try GEXFExporter(base: "not a base"))
    }
}
