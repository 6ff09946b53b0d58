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

final class OutputWriterFailureTests: XCTestCase {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testAnOutputFolderThatIsAFileIsNamedWithTheReason() throws {
        let file = try scratch().appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        XCTAssertThrowsError(try OutputWriter(folder: file.path).write(RenderFixtures.politics, formats: [.dot])) { error in
            XCTAssertEqual(error as? RenderError, .cannotWrite(path: file.path, reason: "File exists"))
        }
    }

    func testAnOutputFileThatCannotBeReplacedIsNamedWithTheReason() throws {
        let folder = try scratch()
        let blocked = folder.appendingPathComponent("graph.dot")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        XCTAssertThrowsError(try OutputWriter(folder: folder.path).write(RenderFixtures.politics, formats: [.dot])) { error in
            guard case .cannotWrite(let path, let reason)? = error as? RenderError else {
                return XCTFail("not a RenderError.cannotWrite: \(error)")
            }
            XCTAssertEqual(path, blocked.path)
            XCTAssertEqual(reason, "Is a directory")
            XCTAssertTrue((error as? RenderError)?.errorDescription?.hasPrefix(blocked.path + ": cannot be written") == true)
        }
    }
}
