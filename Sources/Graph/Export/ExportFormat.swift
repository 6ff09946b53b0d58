import Foundation

/// The formats `kg export` writes from the store.
public enum ExportFormat: String, CaseIterable, Sendable {
    case jsonld
    case nt
    case ttl
    case csv
    case graphml
    case gexf
    case neo4j

    /// The usual file extension (`csv` for the neo4j folder's tables).
    public var fileExtension: String { self == .neo4j ? "csv" : rawValue }

    /// Whether the format is a folder of files (`neo4j`) rather than one file.
    public var isFolder: Bool { self == .neo4j }

    /// The media type, as sent to a SPARQL Graph Store endpoint.
    public var mediaType: String {
        switch self {
        case .jsonld: return "application/ld+json"
        case .nt: return "application/n-triples"
        case .ttl: return "text/turtle"
        case .csv: return "text/csv"
        case .graphml: return "application/graphml+xml"
        case .gexf: return "application/gexf+xml"
        case .neo4j: return "text/csv"
        }
    }

    /// The graph in this format, as files by name: `graph.<extension>` for a one-file
    /// format, the tables and script of the neo4j folder.
    /// - Throws: `ExportError.invalidBase`.
    public func files(for graph: KnowledgeGraph, base: String = Namespace.defaultBase) throws -> [(name: String, data: Data)] {
        guard self == .neo4j else { return [("graph.\(fileExtension)", try data(for: graph, base: base))] }
        return try Neo4jExporter(base: base).files(for: graph).map { ($0.name, Data($0.contents.utf8)) }
    }

    /// The graph in this one-file format.
    /// - Throws: `ExportError.invalidBase`, or `ExportError.needsFolder` for `neo4j`.
    public func data(for graph: KnowledgeGraph, base: String = Namespace.defaultBase) throws -> Data {
        let sink = TextSink()
        try write(graph, to: sink, base: base)
        sink.flush()
        return sink.data
    }

    /// Writes a one-file format to `sink` as the source hands the graph out, so a store
    /// of any size is exported in the memory of one chunk of facts.
    /// - Throws: `ExportError.invalidBase`, `ExportError.needsFolder` for `neo4j`, or
    ///   what the source throws.
    public func write(_ source: some GraphSource, to sink: TextSink, base: String = Namespace.defaultBase) throws {
        let exporter = try LinkedDataExporter(base: base)
        switch self {
        case .jsonld: try exporter.write(source, as: .jsonld, to: sink)
        case .nt: try exporter.write(source, as: .nTriples, to: sink)
        case .ttl: try exporter.write(source, as: .turtle, to: sink)
        case .csv: try CSVExporter().write(source, to: sink)
        case .graphml: try GraphMLExporter().write(source, to: sink)
        case .gexf: try GEXFExporter(base: base).write(source, to: sink)
        case .neo4j: throw ExportError.needsFolder(rawValue)
        }
    }
}
