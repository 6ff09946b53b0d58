import Foundation

/// Why an export or a push failed.
public enum ExportError: LocalizedError, Equatable, Sendable {
    /// `--base` is not an absolute http(s) IRI usable as a namespace.
    case invalidBase(String)
    /// The SPARQL endpoint URL cannot be used.
    case invalidEndpoint(String, reason: String)
    /// The endpoint could not be reached.
    case unreachable(String, reason: String)
    /// The endpoint answered with an error status.
    case rejected(String, status: Int, body: String)
    /// The format writes several files and was asked for one.
    case needsFolder(String)

    /// The message, its paths, names and server text escaped (`TerminalText.escaped`) so that
    /// printing it cannot send a terminal escape sequence or forge another line.
    public var errorDescription: String? {
        TerminalText.escaped(message)
    }

    private var message: String {
        switch self {
        case .invalidBase(let base):
            return "\(base): not a usable base IRI; give an absolute http or https IRI such as https://example.org/kg/"
        case .invalidEndpoint(let url, let reason):
            return "\(url): cannot push there (\(reason))"
        case .unreachable(let url, let reason):
            return "\(url): the SPARQL endpoint cannot be reached (\(reason))"
        case .rejected(let url, let status, let body):
            let detail = body.isEmpty ? "" : ": \(body)"
            return "\(url): the SPARQL endpoint refused the graph (HTTP \(status))\(detail)"
        case .needsFolder(let format):
            return "\(format) writes several files: give a folder with --out"
        }
    }
}
