@testable import Graph
import XCTest

final class StanceMatrixTests: XCTestCase {
    private func cell(_ matrix: StanceMatrix, _ from: String, _ to: String) -> StanceMatrix.Cell {
        let ids = matrix.actors.map(\.id)
        return matrix.cells[ids.firstIndex(of: from)!][ids.firstIndex(of: to)!]
    }

    func testCellsCountEvidenceByKindAndDirection() {
        let matrix = StanceMatrix(AnalysisFixtures.blocs)
        XCTAssertEqual(cell(matrix, "avalon", "brigadoon").cooperative, 3)
        XCTAssertEqual(cell(matrix, "brigadoon", "avalon").cooperative, 0, "support is directed")
        XCTAssertEqual(cell(matrix, "corvia", "dunmore").cooperative, 2)
        XCTAssertEqual(cell(matrix, "dunmore", "corvia").cooperative, 2, "cooperation is symmetric")
        let hostile = cell(matrix, "avalon", "corvia")
        XCTAssertEqual(hostile.conflictual, 2)
        XCTAssertEqual(hostile.contact, 4, "meetings are counted apart")
        XCTAssertEqual(hostile.balance, -1, "and left out of the balance")
        XCTAssertEqual(cell(matrix, "avalon", "dunmore").conflictual, 1, "the leader's criticism counts for the state")
    }

    func testNegatedAndHedgedEvidenceIsCountedApart() {
        var graph = AnalysisFixtures.blocs
        graph.add(Fact(subject: "brigadoon", predicate: .aids, object: "avalon", modality: .planned,
                       evidence: [AnalysisFixtures.evidence("Brigadoon plans to send engineers to Avalon.", sentence: 91)]))
        let matrix = StanceMatrix(graph, top: 20)
        XCTAssertEqual(cell(matrix, "brigadoon", "avalon").hedged, 1)
        XCTAssertNil(cell(matrix, "brigadoon", "avalon").balance, "nothing asserted, no balance")
        let denial = cell(matrix, "lone-island", "dunmore")
        XCTAssertEqual(denial.negated, 1)
        XCTAssertEqual(denial.cooperative, 0)
        XCTAssertEqual(MatrixListing.cellText(denial), "not\u{00A0}1")
    }

    func testActorsAreGroupedByCampAndCutToTheTop() {
        let matrix = StanceMatrix(AnalysisFixtures.blocs)
        XCTAssertEqual(matrix.camps, matrix.camps.sorted { ($0 ?? .max) < ($1 ?? .max) }, "camp order")
        XCTAssertFalse(matrix.actors.contains { $0.type == .place || $0.type == .person })
        XCTAssertEqual(StanceMatrix(AnalysisFixtures.blocs, top: 2).actors.count, 2)
        let people = StanceMatrix(AnalysisFixtures.blocs, level: .actor)
        XCTAssertTrue(people.actors.contains { $0.id == "ana-vale" }, "--level actor keeps people")
    }

    func testCSVWritesNegativeBalancesAsNumbers() {
        let csv = MatrixListing.csv(StanceMatrix(AnalysisFixtures.blocs))
        XCTAssertTrue(csv.contains("avalon,Avalon,corvia,Corvia,0,2,0,0,4,-1.000\r\n"), csv)
    }

    func testColoursDivergeAndKeepCountsReadable() {
        var coop = StanceMatrix.Cell(), conf = StanceMatrix.Cell(), even = StanceMatrix.Cell()
        coop.cooperative = 5
        conf.conflictual = 5
        even.cooperative = 2
        even.conflictual = 2
        XCTAssertEqual(MatrixColor.colors(coop).fill, "#0072B2")
        XCTAssertEqual(MatrixColor.colors(conf).fill, "#D55E00")
        XCTAssertEqual(MatrixColor.colors(even).fill, "#EEEEEE")
        XCTAssertEqual(MatrixColor.colors(coop).ink, "#FFFFFF")
        XCTAssertEqual(MatrixColor.colors(even).ink, "#222222")
    }

    func testReportCellOpensItsFactsAndQuotes() throws {
        let graph = AnalysisFixtures.blocs
        let diagram = try DiagramView().diagram(for: graph)
        let html = HTMLReportWriter().html(for: diagram, svg: nil)
        XCTAssertTrue(html.contains("<section id=\"matrix\">"))
        let matrix = StanceMatrix(graph)
        let r = matrix.actors.firstIndex { $0.id == "avalon" }!, c = matrix.actors.firstIndex { $0.id == "brigadoon" }!
        XCTAssertTrue(html.contains("data-cell=\"m-\(r)-\(c)\""))
        let panel = html.components(separatedBy: "id=\"m-\(r)-\(c)\" hidden>").dropFirst().first ?? ""
        XCTAssertTrue(panel.prefix(2000).contains("Avalon stood behind Brigadoon at the summit."), String(panel.prefix(500)))
    }
}
