@testable import Graph
import XCTest

/// What kg publishes names a document by its web address when it has one, else by
/// the path it was given, never by an absolute path of the machine.
final class DocumentNamingTests: XCTestCase {
    typealias F = StoreFixtures

    static var graph: KnowledgeGraph {
        func article(_ id: String, _ url: String?) -> DocumentExtraction {
            DocumentExtraction(document: DocumentInfo(id: id, title: "Article \(id)", date: "2019-10-05", source: "/home/someone/news/\(id).txt",
                                                      contentHash: "hash-\(id)", url: url, language: "en"),
                               entities: [F.russia, F.syria],
                               triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, "Russia backed Syria.")])])
        }
        return GraphBuilder.merge([article("sep", "https://news.example/sep"), article("oct", nil), article("bad", "https://news.example/a b")])
    }

    func testPublishedDocumentsAreNamedByAddressNeverByAnAbsolutePath() throws {
        let graph = DocumentNamingTests.graph
        let nt = try ExportFormat.nt.data(for: graph, base: Namespace.defaultBase)
        let text = String(decoding: nt, as: UTF8.self)
        XCTAssertTrue(text.contains("<https://schema.org/url> <https://news.example/sep>"), text)
        XCTAssertFalse(text.contains("/home/someone"), text)
        XCTAssertTrue(text.contains("\"oct.txt\""), text)
        let jsonld = String(decoding: try LinkedDataExporter().jsonLD(for: graph), as: UTF8.self)
        XCTAssertFalse(jsonld.contains("/home/someone"), jsonld)
        XCTAssertTrue(jsonld.contains("https://news.example/sep"), jsonld)
        XCTAssertTrue(text.contains("\"bad.txt\""), "an address that is no IRI is not published as one")
        XCTAssertTrue(text.contains("<https://schema.org/inLanguage> \"en\""), text)
    }

    func testTheCSVExportSaysWhenEachFactWasFirstAndLastReported() {
        let csv = CSVExporter().csv(for: DocumentNamingTests.graph)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasSuffix(",documents,first_reported,last_reported,first_quote"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix(",2019-10-05,2019-10-05,Russia backed Syria."), lines[1])
    }
}
