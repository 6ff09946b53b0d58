import Foundation

/// Writes a graph into an output folder in the requested formats.
///
/// Each file is written to a temporary name and renamed into place, so a failed
/// run never leaves a half-written file where a good one was.
public struct OutputWriter: Sendable {
    public var folder: String
    public var layout: LayoutEngine

    public init(folder: String, layout: LayoutEngine = .dot) {
        self.folder = folder
        self.layout = layout
    }

    /// Writes every format; returns the paths written.
    /// - Throws: `RenderError`, or a file-system error naming the path.
    public func write(_ graph: KnowledgeGraph, formats: [OutputFormat]) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let dot = DOTWriter().dot(for: graph)
        var written: [String] = []
        for format in formats {
            let data: Data
            switch format {
            case .dot: data = Data(dot.utf8)
            case .jsonld: data = try LinkedDataExporter().jsonLD(for: graph)
            case .svg: data = try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: layout)
            case .png: data = try GraphvizRenderer.shared.render(dot: dot, format: .png, layout: layout)
            case .pdf: data = try GraphvizRenderer.shared.render(dot: dot, format: .pdf, layout: layout)
            }
            let path = (folder as NSString).appendingPathComponent(format.fileName)
            try OutputWriter.replace(path, with: data)
            written.append(path)
        }
        return written
    }

    /// Atomically replaces the file at `path`.
    static func replace(_ path: String, with data: Data) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
