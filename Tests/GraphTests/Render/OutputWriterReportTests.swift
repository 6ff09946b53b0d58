@testable import Graph
import XCTest

final class OutputWriterReportTests: XCTestCase {
    func testDefaultOutputsIncludeTheReportWithTablesAndDiagram() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try OutputWriter(folder: folder.path).write(RenderFixtures.politics, formats: OutputFormat.defaults)
        XCTAssertEqual(written.map { ($0 as NSString).lastPathComponent }, ["graph.dot", "graph.svg", "graph.jsonld", "report.html"])
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<svg"))
        XCTAssertTrue(html.contains(">Russia</text>"), "the diagram is inline")
        XCTAssertTrue(html.contains("id=\"fact-table\"") && html.contains("id=\"actor-table\""))
        XCTAssertTrue(html.contains("Moscow stood by Damascus again."))
        XCTAssertTrue(html.contains("First report (d1, 2020-02-01)"))
        // Russia's summary row: supports Syria with two pieces of evidence.
        let russiaRow = html.components(separatedBy: "<tr>").first { $0.contains("wiki/Q159") && $0.contains("Country</td>") } ?? ""
        XCTAssertTrue(russiaRow.contains("Syria</span>\u{00A0}(2)"), russiaRow)
    }

    func testUnknownFocusFailsBeforeWritingAnything() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(folder: folder.path, view: DiagramView(focus: "Atlantis"))
        XCTAssertThrowsError(try writer.write(RenderFixtures.politics, formats: [.svg]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.svg").path))
    }
}
