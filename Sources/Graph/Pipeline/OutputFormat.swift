/// What `kg build` and `kg render` can write: a diagram or linked data.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    case dot
    case jsonld

    /// The formats written when none is asked for.
    public static let defaults: [OutputFormat] = [.dot, .svg, .jsonld]

    public var fileName: String { "graph.\(rawValue)" }
}
