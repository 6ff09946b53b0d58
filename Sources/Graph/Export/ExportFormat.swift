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
        let exporter = try LinkedDataExporter(base: base)
        switch self {
        case .jsonld: return try exporter.jsonLD(for: graph)
        case .nt: return Data(exporter.nTriples(for: graph).utf8)
        case .ttl: return Data(exporter.turtle(for: graph).utf8)
        case .csv: return Data(CSVExporter().csv(for: graph).utf8)
        case .graphml: return Data(GraphMLExporter().graphML(for: graph).utf8)
        case .gexf: return Data(try GEXFExporter(base: base).gexf(for: graph).utf8)
        case .neo4j: throw ExportError.needsFolder(rawValue)
        }
    }
}
