@testable import Graph
import Foundation
import FoundationXML
import XCTest

/// The default view of a big graph: folded, cut to what a window shows, labels on
/// hover, camps as clusters, and an SVG that fits the window.
final class DiagramFitTests: XCTestCase {
    private func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    func testTheDefaultViewOfABigGraphFoldsPeopleAndHidesEdgeLabels() throws {
        let graph = SyntheticGraph.make(actors: 2_000)
        let diagram = try DiagramView().diagram(for: graph)
        XCTAssertLessThanOrEqual(diagram.nodes.count, DiagramView.defaultMaxNodes)
        let folded = DiagramView.peopleFolding(graph)
        XCTAssertFalse(diagram.nodes.contains { folded[$0.actor.id] != nil }, "people who represent a state are folded into it")
        XCTAssertTrue(diagram.omissions.filters.contains { $0.contains("--level actor shows them") })
        XCTAssertTrue(diagram.labelsOnHover)
        XCTAssertEqual(diagram.layout, .fdp)
        let dot = DOTWriter().dot(for: diagram)
        XCTAssertTrue(dot.contains("hover-labels"))
        XCTAssertTrue(dot.contains("xlabel="), "a hidden label takes no room in the layout")
        XCTAssertFalse(dot.contains(" label=\"supports"), "no edge has an inline label")
    }

    func testASmallGraphKeepsItsPeopleAndItsEdgeLabels() throws {
        let diagram = try DiagramView().diagram(for: RenderFixtures.politics)
        XCTAssertTrue(diagram.nodes.contains { $0.actor.type == .person })
        XCTAssertFalse(diagram.labelsOnHover)
        XCTAssertFalse(DOTWriter().dot(for: diagram).contains("xlabel="))
        // With a focus the view is small whatever the graph: no folding.
        let focused = try DiagramView(focus: "synthetic-3", depth: 1).diagram(for: SyntheticGraph.make(actors: 300))
        XCTAssertFalse(focused.omissions.filters.contains { $0.contains("folded") })
    }

    func testCampsAreDrawnAsLabelledClusters() throws {
        let diagram = try DiagramView().diagram(for: AnalysisFixtures.blocs)
        XCTAssertEqual(diagram.camps.map(\.number), [1, 2])
        let dot = DOTWriter().dot(for: diagram)
        let cluster = dot.components(separatedBy: "subgraph \"cluster_camp_2\" {").dropFirst().first?.components(separatedBy: "  }").first ?? ""
        XCTAssertTrue(cluster.contains("label=\"Camp 2: Corvia, Dunmore\""), cluster)
        XCTAssertTrue(cluster.contains("\"corvia\" [") && cluster.contains("\"dunmore\" ["), cluster)
        XCTAssertFalse(cluster.contains("\"avalon\" ["), cluster)
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: diagram.layout), as: UTF8.self)
        XCTAssertTrue(svg.contains("Camp 1: Avalon"), "Graphviz draws the camp's label")
        XCTAssertTrue(try DiagramView(camps: false).diagram(for: AnalysisFixtures.blocs).camps.isEmpty)
        XCTAssertFalse(DOTWriter().dot(for: try DiagramView(camps: false).diagram(for: AnalysisFixtures.blocs)).contains("subgraph"))
    }

    func testTheSVGScalesToTheWindowWithItsLegend() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-fit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try OutputWriter(folder: folder.path).write(RenderFixtures.politics, formats: [.svg])
        let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        let tag = String(svg[svg.range(of: "<svg")!.lowerBound...].prefix { $0 != ">" })
        XCTAssertEqual(attribute("width", in: tag), "100%")
        XCTAssertEqual(attribute("height", in: tag), "100%")
        XCTAssertNotNil(attribute("viewBox", in: tag))
        XCTAssertTrue(svg.contains("g.hover-labels g.edge:hover text{visibility:visible}"))
        XCTAssertNotNil(try XMLDocument(data: Data(svg.utf8)), "still well-formed XML")
    }

    /// Node boxes from Graphviz's laid-out DOT (points), cluster boxes too.
    private func boxes(_ laidOut: String) -> (nodes: [String: CGRect], clusters: [CGRect], size: CGSize) {
        var nodes: [String: CGRect] = [:], clusters: [CGRect] = []
        var size = CGSize.zero
        func number(_ key: String, _ line: Substring) -> String? {
            guard let r = line.range(of: "\(key)=") else { return nil }
            var value = line[r.upperBound...]
            if value.first == "\"" { value = value.dropFirst(); return String(value.prefix { $0 != "\"" }) }
            return String(value.prefix { $0 != "," && $0 != "]" && $0 != " " })
        }
        // Attributes may wrap over lines: join each statement first.
        let statements = laidOut.replacingOccurrences(of: "\\\n", with: "").components(separatedBy: ";")
        for statement in statements {
            let line = Substring(statement.replacingOccurrences(of: "\n", with: " "))
            if line.contains("bb=") && line.contains("graph ["), let bb = number("bb", line) {
                let v = bb.split(separator: ",").compactMap { Double($0) }
                guard v.count == 4 else { continue }
                let rect = CGRect(x: v[0], y: v[1], width: v[2] - v[0], height: v[3] - v[1])
                if line.contains("cluster_camp") || line.contains("class=camp") || line.contains("class=\"camp\"") { clusters.append(rect) } else { size = rect.size }
            } else if let pos = number("pos", line), let w = number("width", line).flatMap(Double.init),
                      let h = number("height", line).flatMap(Double.init), !line.contains("->") {
                let p = pos.split(separator: ",").compactMap { Double($0) }
                guard p.count == 2 else { continue }
                let name = line.trimmingCharacters(in: .whitespaces).prefix { $0 != " " && $0 != "[" }
                nodes[String(name)] = CGRect(x: p[0] - w * 36, y: p[1] - h * 36, width: w * 72, height: h * 72)
            }
        }
        return (nodes, clusters, size)
    }

    func testTheDefaultViewOfABigGraphIsLegibleInAWindowAndNothingOverlaps() throws {
        let diagram = try DiagramView().diagram(for: SyntheticGraph.make(actors: 2_000))
        let dot = DOTWriter().dot(for: diagram)
        let laidOut = String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .dot, layout: diagram.layout), as: UTF8.self)
        let (nodes, _, size) = boxes(laidOut)
        XCTAssertEqual(nodes.count, diagram.nodes.count, "every node found in the laid-out DOT")
        XCTAssertGreaterThan(size.width, 0)
        // Fitted into a 1,600 × 1,000 window (1 pt of the viewBox = `scale` pixels), the
        // smallest label is still at least 6.5 pixels high. fdp's drawing of the same DOT
        // varies from one process to the next (Graphviz, not kg: the DOT is byte-identical),
        // and the smallest label measured 6.7 to 8.4 pixels over repeated runs.
        let scale = min(1_600 / size.width, 1_000 / size.height)
        let smallest = diagram.nodes.map { DiagramStyle.fontSize(evidence: $0.evidence) * 1.3 }.min() ?? 0
        XCTAssertGreaterThanOrEqual(smallest * scale, 6.5, "drawing \(size), scale \(scale)")
        let list = nodes.sorted { $0.key < $1.key }
        for (i, a) in list.enumerated() {
            for b in list[(i + 1)...] {
                XCTAssertFalse(a.value.insetBy(dx: 1, dy: 1).intersects(b.value.insetBy(dx: 1, dy: 1)), "\(a.key) overlaps \(b.key)")
            }
        }
    }
}
