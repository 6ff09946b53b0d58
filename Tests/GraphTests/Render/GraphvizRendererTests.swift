@testable import Graph
import Foundation
import XCTest

final class GraphvizRendererTests: XCTestCase {
    func testRendersSVGInProcessWithTheLabels() throws {
        let svg = try GraphvizRenderer.shared.render(dot: "digraph { a [label=\"Alpha\"]; a -> b }", format: .svg, layout: .dot)
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("<svg"))
        XCTAssertTrue(text.contains(">Alpha<"))
    }

    func testPNGAndPDFHaveTheirSignatures() throws {
        let dot = "graph { x -- y }"
        let png = try GraphvizRenderer.shared.render(dot: dot, format: .png, layout: .neato)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        let pdf = try GraphvizRenderer.shared.render(dot: dot, format: .pdf, layout: .circo)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testEveryLayoutEngineLaysOutAGraph() throws {
        for engine in LayoutEngine.allCases {
            let out = try GraphvizRenderer.shared.render(dot: "digraph { a -> b -> c -> a }", format: .dot, layout: engine)
            XCTAssertTrue(String(decoding: out, as: UTF8.self).contains("pos="), "\(engine) gave no positions")
        }
    }

    func testInvalidDOTThrowsWithGraphvizMessage() {
        XCTAssertThrowsError(try GraphvizRenderer.shared.render(dot: "digraph { a -> ", format: .svg, layout: .dot)) { error in
            guard case RenderError.invalidDOT(let message)? = error as? RenderError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertFalse(message.isEmpty)
        }
    }

    func testParseCountsNodesAndEdges() throws {
        let counts = try GraphvizRenderer.shared.parse(dot: "digraph { a -> b; b -> c; a -> c }")
        XCTAssertEqual(counts.nodes, 3)
        XCTAssertEqual(counts.edges, 3)
    }

    func testTheSameDOTGivesTheSameDrawingWhateverWasLaidOutBefore() throws {
        // A ring with chords and external labels: sfdp's overlap removal and label
        // placement are what drew from C's rand() state left by earlier layouts.
        let ring = (0..<120).map { i in
            "  n\(i) [label=\"Actor \(i)\", shape=box];\n  n\(i) -> n\((i * 7 + 3) % 120) [xlabel=\"rel \(i)\"];\n  n\(i) -> n\((i + 1) % 120);"
        }
        let dot = "digraph g {\n  graph [overlap=prism, sep=\"+12\", splines=false, K=1.4, pack=true, forcelabels=false];\n" + ring.joined(separator: "\n") + "\n}\n"
        let first = try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: .sfdp)
        _ = try GraphvizRenderer.shared.render(dot: "digraph { a -> b -> c -> a; c -> d }", format: .svg, layout: .sfdp)
        let second = try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: .sfdp)
        XCTAssertEqual(first, second, "the same DOT drawn again after another layout")

        // And it is the drawing a fresh `dot` process makes of the same file.
        let command = URL(fileURLWithPath: "/usr/bin/dot")
        guard FileManager.default.isExecutableFile(atPath: command.path) else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-same-drawing-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ring.dot")
        try Data(dot.utf8).write(to: file)
        let process = Process()
        process.executableURL = command
        process.arguments = ["-Ksfdp", "-Tsvg", file.path, "-o", folder.appendingPathComponent("ring.svg").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("ring.svg")), first, "in-process and the dot command draw the same")
    }

    func testConcurrentRendersAreSerialisedSafely() throws {
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            do {
                _ = try GraphvizRenderer.shared.render(dot: "digraph { n\(i) -> m\(i) }", format: .svg, layout: .dot)
            } catch {
                failures.increment()
            }
        }
        XCTAssertEqual(failures.value, 0)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
