import Foundation

/// Failures while laying out or drawing a diagram.
public enum RenderError: LocalizedError, Equatable {
    /// Graphviz could not be initialised (no plugins found).
    case contextUnavailable
    /// Graphviz rejected the DOT text; carries Graphviz's own message.
    case invalidDOT(String)
    /// The layout engine failed; carries its name and Graphviz's message.
    case layoutFailed(engine: String, message: String)
    /// The output format is not available in this Graphviz installation.
    case renderFailed(format: String, message: String)

    public var errorDescription: String? {
        switch self {
        case .contextUnavailable:
            return "Graphviz could not start: its plugins are missing (install libgraphviz-dev and run 'dot -c' as root)"
        case .invalidDOT(let message):
            return "Graphviz could not read the diagram: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine)' failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not draw format '\(format)': \(message) (is the Graphviz cairo plugin installed?)"
        }
    }
}
