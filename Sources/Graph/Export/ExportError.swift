import Foundation

/// Why an export or a push failed.
public enum ExportError: LocalizedError, Equatable, Sendable {
    /// `--base` is not an absolute http(s) IRI usable as a namespace.
    case invalidBase(String)
    /// The SPARQL endpoint URL cannot be used.
    case invalidEndpoint(String, reason: String)
    /// The endpoint could not be reached.
    case unreachable(String, reason: String)
    /// The whole push took longer than its timeout; `stage` says how far it had got.
    case timedOut(String, seconds: Double, stage: String)
    /// The endpoint redirected the graph where kg does not send it.
    case redirected(String, status: Int, to: String, reason: String)
    /// The endpoint wants (other) credentials.
    case unauthorized(String, status: Int, sentCredentials: Bool, scheme: String?)
    /// The endpoint answered with an error status; `body` is a sanitised excerpt.
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
        case .timedOut(let url, let seconds, let stage):
            let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "\(url): gave up after \(limit) s, the time limit for the whole push (connecting, sending and receiving), when \(stage); raise it with --timeout if the server is slow"
        case .redirected(let url, let status, let to, let reason):
            return "\(url): the SPARQL endpoint redirected the graph (HTTP \(status)) to \(to); not followed, as \(reason)"
        case .unauthorized(let url, let status, let sent, let scheme):
            let wanted = scheme.map { ", \($0) authentication" } ?? ""
            let advice = sent ? "the credentials from KG_SPARQL_USER/KG_SPARQL_PASSWORD or KG_SPARQL_TOKEN were refused; check them"
                : "set KG_SPARQL_USER and KG_SPARQL_PASSWORD, or KG_SPARQL_TOKEN"
            let what = status == 407 ? "the proxy wants credentials" : "the SPARQL endpoint wants credentials"
            return "\(url): \(what) (HTTP \(status)\(wanted)); \(advice); nothing was stored"
        case .rejected(let url, let status, let body):
            let detail = body.isEmpty ? "" : ": \(body)"
            return "\(url): the SPARQL endpoint refused the graph (HTTP \(status))\(detail)"
        case .needsFolder(let format):
            return "\(format) writes several files: give a folder with --out"
        }
    }
}
