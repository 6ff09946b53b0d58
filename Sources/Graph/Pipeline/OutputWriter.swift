import Foundation

/// Writes a graph into an output folder in the requested formats.
///
/// The diagram formats and the report draw the same `DiagramView` of the graph;
/// linked data (`jsonld`) always holds the whole graph. Each file is written to a
/// temporary name and renamed into place, so a failed run never leaves a
/// half-written file where a good one was.
///
/// ```swift
/// let view = DiagramView(focus: "Russia", depth: 2)
/// let paths = try OutputWriter(folder: "Output", view: view).write(graph, formats: OutputFormat.defaults)
/// ```
public struct OutputWriter: Sendable {
    public var folder: String
    /// What the diagrams and the report show.
    public var view: DiagramView

    /// The layout engine; nil lets the view choose by size.
    public var layout: LayoutEngine? {
        get { view.layout }
        set { view.layout = newValue }
    }

    public init(folder: String, layout: LayoutEngine? = nil, view: DiagramView = DiagramView()) {
        self.folder = folder
        self.view = view
        if let layout { self.view.layout = layout }
    }

    /// Writes every format; returns the paths written.
    /// - Throws: `RenderError` (`.cannotWrite` naming the file when the folder or a file cannot be written).
    public func write(_ graph: KnowledgeGraph, formats: [OutputFormat]) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RenderError.cannotWrite(path: folder, reason: DocumentLoader.reason(error))
        }
        let diagram = try view.diagram(for: graph)
        let dot = DOTWriter().dot(for: diagram)
        var svg: Data?
        func drawSVG() throws -> Data {
            if let svg { return svg }
            let drawn = SVGFitter.fit(try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: diagram.layout))
            svg = drawn
            return drawn
        }
        var written: [String] = []
        for format in formats {
            let data: Data
            switch format {
            case .dot: data = Data(dot.utf8)
            case .jsonld: data = try LinkedDataExporter().jsonLD(for: graph)
            case .svg: data = try drawSVG()
            case .png: data = try GraphvizRenderer.shared.render(dot: dot, format: .png, layout: diagram.layout)
            case .pdf: data = try GraphvizRenderer.shared.render(dot: dot, format: .pdf, layout: diagram.layout)
            case .report: data = Data(HTMLReportWriter().html(for: diagram, svg: try drawSVG()).utf8)
            }
            let path = (folder as NSString).appendingPathComponent(format.fileName)
            try OutputWriter.replace(path, with: data)
            written.append(path)
        }
        return written
    }

    /// Writes every format from a store: linked data (`jsonld`) streamed row by row from
    /// it, so its size costs no memory; the diagrams and the report from the graph,
    /// which is loaded only when one of them is asked for. Returns the paths written.
    /// - Throws: `RenderError`, or `StoreError`.
    public func write(store: GraphStore, formats: [OutputFormat]) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RenderError.cannotWrite(path: folder, reason: DocumentLoader.reason(error))
        }
        let drawn = formats.filter { $0 != .jsonld }
        var written = drawn.isEmpty ? [] : try write(try store.loadGraph(), formats: drawn)
        if formats.contains(.jsonld) {
            let path = (folder as NSString).appendingPathComponent(OutputFormat.jsonld.fileName)
            try TextSink.replace(path) { sink in try store.withSource { try LinkedDataExporter().write($0, as: .jsonld, to: sink) } }
            written.insert(path, at: formats.firstIndex(of: .jsonld).map { min($0, written.count) } ?? written.count)
        }
        return written
    }

    /// Every file kg may write into `folder` (whatever the formats asked for), so that
    /// a build never reads its own outputs back as articles.
    public static func files(in folder: String) -> [String] {
        OutputFormat.allCases.map { (folder as NSString).appendingPathComponent($0.fileName) }
            + [(folder as NSString).appendingPathComponent(OutputStamp.fileName)]
    }

    /// Atomically replaces the file at `path`.
    /// - Throws: `RenderError.cannotWrite`.
    static func replace(_ path: String, with data: Data) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw RenderError.cannotWrite(path: path, reason: DocumentLoader.reason(error))
        }
    }
}
