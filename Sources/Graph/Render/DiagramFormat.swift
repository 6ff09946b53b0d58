/// Output formats of a diagram.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    case dot

    /// The Graphviz device name; PNG and PDF go through cairo for anti-aliased text.
    var graphvizName: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return "dot"
        }
    }

    public var fileExtension: String { rawValue }
}

/// Graphviz layout engines offered to users.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot
    case neato
    case fdp
    case sfdp
    case circo
}
