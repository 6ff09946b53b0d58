/// What `kg build` and `kg render` can write: a diagram, linked data or the report.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    case dot
    case jsonld
    /// `report.html`: the diagram, its legend, a summary per actor and every fact.
    case report

    /// The formats written when none is asked for.
    public static let defaults: [OutputFormat] = [.dot, .svg, .jsonld, .report]

    public var fileName: String {
        switch self {
        case .report: return "report.html"
        default: return "graph.\(rawValue)"
        }
    }
}
