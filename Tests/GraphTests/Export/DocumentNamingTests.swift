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
        XCTAssertTrue(lines[0].hasSuffix(",documents,first_reported,last_reported,first_quote,first_source"), lines[0])
        // The first quote's document has an address that is no IRI: it is named by its file.
        XCTAssertTrue(lines[1].hasSuffix(",2019-10-05,2019-10-05,Russia backed Syria.,bad.txt"), lines[1])
    }

    /// Two `a.txt` in different folders of one build, given by an absolute path: every
    /// published output names each by its path below the folder given, never by the
    /// machine's absolute path and never by the bare file name they share.
    func testDocumentsWithoutAnAddressArePublishedByTheirPathBelowTheInput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kg-naming-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("news")
        for (folder, text) in [("world", "Russia supports Syria in the long war.\n"), ("europe", "France criticized Germany over the budget.\n")] {
            let dir = input.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try text.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        }
        let result = GraphBuilder().extract(paths: [input.path])
        XCTAssertEqual(result.extractions.count, 2)
        let store = try GraphStore.inMemory()
        try store.ingest(result.extractions)
        let graph = try store.loadGraph()
        XCTAssertEqual(Set(graph.documents.values.compactMap(\.name)), ["world/a.txt", "europe/a.txt"])
        var outputs: [(String, String)] = []
        for format in ExportFormat.allCases where !format.isFolder {
            outputs.append((format.rawValue, String(decoding: try format.data(for: graph), as: UTF8.self)))
        }
        let out = root.appendingPathComponent("out").path
        for path in try OutputWriter(folder: out).write(graph, formats: [.dot, .svg, .report]) {
            outputs.append((path, try String(contentsOfFile: path, encoding: .utf8)))
        }
        for (format, text) in outputs {
            XCTAssertFalse(text.contains(root.path), "\(format) names an absolute path")
            XCTAssertTrue(text.contains("world/a.txt"), "\(format) does not name world/a.txt")
            XCTAssertTrue(text.contains("europe/a.txt"), "\(format) does not name europe/a.txt")
        }
    }
}
