@testable import Graph
import XCTest

/// Golden files: the JSON-LD of a small graph, the vocabulary file and the predicate
/// table of docs/vocabulary.md. A deliberate
/// change regenerates them with `KG_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests`.
final class GoldenExportTests: XCTestCase {
    typealias F = StoreFixtures

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func compare(_ actual: Data, toFile relative: String) throws {
        let url = GoldenExportTests.packageRoot.appendingPathComponent(relative)
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        XCTAssertEqual(String(decoding: actual, as: UTF8.self), String(decoding: expected, as: UTF8.self), relative)
    }

    func testJSONLDOfASmallGraph() throws {
        let graph = GraphBuilder.merge([F.articleA, F.articleB])
        try compare(try LinkedDataExporter().jsonLD(for: graph), toFile: "Tests/Fixtures/export/small.jsonld")
    }

    func testVocabularyPageTableIsWhatTheCodeUses() throws {
        let url = GoldenExportTests.packageRoot.appendingPathComponent("docs/vocabulary.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        let generated = try XCTUnwrap(Vocabulary.markdown(updating: committed), "docs/vocabulary.md lost its generated-table marks")
        try compare(Data(generated.utf8), toFile: "docs/vocabulary.md")
    }

    func testVocabularyFileIsWhatTheCodeUses() throws {
        try compare(Data(Vocabulary.turtle().utf8), toFile: "docs/vocabulary.ttl")
    }
}
