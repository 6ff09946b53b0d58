import Foundation

/// The formats `kg export` writes from the store.
public enum ExportFormat: String, CaseIterable, Sendable {
    case jsonld
    case nt
    case ttl
    case csv
    case graphml
    case gexf

    /// The usual file extension.
    public var fileExtension: String { rawValue }

    /// The media type, as sent to a SPARQL Graph Store endpoint.
    public var mediaType: String {
        switch self {
        case .jsonld: return "application/ld+json"
        case .nt: return "application/n-triples"
        case .ttl: return "text/turtle"
        case .csv: return "text/csv"
        case .graphml: return "application/graphml+xml"
        case .gexf: return "application/gexf+xml"
        }
    }

    /// The graph in this format.
    /// - Throws: `ExportError.invalidBase`.
    public func data(for graph: KnowledgeGraph, base: String = Namespace.defaultBase) throws -> Data {
        let exporter = try LinkedDataExporter(base: base)
        switch self {
        case .jsonld: return try exporter.jsonLD(for: graph)
        case .nt: return Data(exporter.nTriples(for: graph).utf8)
        case .ttl: return Data(exporter.turtle(for: graph).utf8)
        case .csv: return Data(CSVExporter().csv(for: graph).utf8)
        case .graphml: return Data(GraphMLExporter().graphML(for: graph).utf8)
        case .gexf: return Data(try GEXFExporter(base: base).gexf(for: graph).utf8)
        }
    }
}
