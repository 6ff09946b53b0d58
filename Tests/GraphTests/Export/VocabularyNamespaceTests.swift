@testable import Graph
import XCTest

/// kg's vocabulary namespace is one constant path on the host of the data, so it follows `--base`.
final class VocabularyNamespaceTests: XCTestCase {
    func testTheVocabularyLivesOnTheBasesHost() {
        XCTAssertEqual(Namespace.kg, "https://kg.example.org/vocab#")
        XCTAssertEqual(Namespace.vocabulary(forBase: "https://your.domain/kg/"), "https://your.domain/vocab#")
        XCTAssertEqual(Namespace.vocabulary(forBase: "http://127.0.0.1:8080/data#"), "http://127.0.0.1:8080/vocab#")
        XCTAssertEqual(Namespace.vocabulary(forBase: "https://news.example/"), "https://news.example/vocab#")
    }

    func testEveryLinkedDataFormatFollowsTheBase() throws {
        let graph = GraphBuilder.merge([StoreFixtures.articleA])
        let exporter = try LinkedDataExporter(base: "https://your.domain/kg")
        let nt = exporter.nTriples(for: graph)
        XCTAssertTrue(nt.contains("<https://your.domain/kg/actor/russia> <https://your.domain/vocab#supports> <https://your.domain/kg/actor/syria> ."), nt)
        XCTAssertTrue(nt.contains("<https://your.domain/vocab#Fact>"))
        XCTAssertFalse(nt.contains(Namespace.kg), "the default vocabulary leaked into an export under another base")
        XCTAssertTrue(exporter.turtle(for: graph).contains("@prefix kg: <https://your.domain/vocab#> ."))
        let json = String(decoding: try exporter.jsonLD(for: graph), as: UTF8.self)
        XCTAssertTrue(json.contains("\"kg\": \"https://your.domain/vocab#\"") || json.contains("\"kg\":\"https://your.domain/vocab#\""), json)
        XCTAssertFalse(json.contains(Namespace.kg))
    }
}
