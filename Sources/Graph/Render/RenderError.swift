import Foundation

/// Failures while choosing, laying out or drawing a diagram.
public enum RenderError: LocalizedError, Equatable {
    /// Graphviz could not be initialised (no plugins found).
    case contextUnavailable
    /// Graphviz rejected the DOT text; carries Graphviz's own message.
    case invalidDOT(String)
    /// The layout engine failed; carries its name and Graphviz's message.
    case layoutFailed(engine: String, message: String)
    /// The output format is not available in this Graphviz installation.
    case renderFailed(format: String, message: String)
    /// `--focus` names no actor of the graph; carries near matches.
    case unknownActor(String, suggestions: [String])
    /// `--predicates` holds a word that is neither a predicate nor a class.
    case unknownPredicate(String)
    /// `--since` or `--until` is not a date.
    case invalidDate(String)
    /// `--since` is after `--until`.
    case emptyDateWindow(since: String, until: String)
    /// An output file or its folder cannot be written; carries the path and the system's reason.
    case cannotWrite(path: String, reason: String)

    /// The message, its paths, names and server text escaped (`TerminalText.escaped`) so that
    /// printing it cannot send a terminal escape sequence or forge another line.
    public var errorDescription: String? {
        TerminalText.escaped(message)
    }

    private var message: String {
        switch self {
        case .contextUnavailable:
            return "Graphviz could not start: its plugins are missing (install libgraphviz-dev and run 'dot -c' as root)"
        case .invalidDOT(let message):
            return "Graphviz could not read the diagram: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine)' failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not draw format '\(format)': \(message) (is the Graphviz cairo plugin installed?)"
        case .unknownActor(let name, let suggestions):
            let hint = suggestions.isEmpty ? "give an actor's name or id as it appears in the graph"
                : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            return "no actor called '\(name)' in the graph: \(hint)"
        case .unknownPredicate(let word):
            let valid = (Predicate.allCases.map(\.rawValue) + Predicate.Class.allCases.map(\.rawValue)).joined(separator: ", ")
            return "unknown predicate '\(word)': use one or more of \(valid), separated by commas"
        case .invalidDate(let text):
            return "'\(text)' is not a date: give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2019-03)"
        case .emptyDateWindow(let since, let until):
            return "--since \(since) is after --until \(until): no evidence can fall between them"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot be written (\(reason)); give --out a folder you can write to"
        }
    }
}
