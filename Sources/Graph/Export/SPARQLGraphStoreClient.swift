import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint
/// (`PUT` replaces the named graph, `POST` adds to it), as N-Triples.
///
/// Credentials come from the environment only (`KG_SPARQL_USER` and
/// `KG_SPARQL_PASSWORD` for HTTP Basic, or `KG_SPARQL_TOKEN` for a Bearer token)
/// and are never printed: an endpoint URL that carries a user name or password is
/// refused, and error messages hold the URL and the server's status only.
///
/// Thread safety: a value type; `send` blocks the calling thread until the server answers.
public struct SPARQLGraphStoreClient: Sendable {
    public enum Method: String, CaseIterable, Sendable {
        case put = "PUT"
        case post = "POST"
    }

    public enum Credentials: Sendable {
        case basic(user: String, password: String)
        case bearer(String)

        var header: String {
            switch self {
            case .basic(let user, let password): return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
            case .bearer(let token): return "Bearer " + token
            }
        }
    }

    public let endpoint: URL
    public var credentials: Credentials?
    public var timeout: TimeInterval = 120

    /// - Throws: `ExportError.invalidEndpoint` unless `url` is an http(s) URL with a host and no credentials.
    public init(endpoint url: String, credentials: Credentials? = nil) throws {
        guard let parsed = URLComponents(string: url), let scheme = parsed.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = parsed.host, !host.isEmpty, let endpoint = parsed.url
        else {
            throw ExportError.invalidEndpoint(SPARQLGraphStoreClient.withoutUserInfo(url),
                                              reason: "give an http or https URL such as http://127.0.0.1:7878/store")
        }
        if parsed.user != nil || parsed.password != nil {
            throw ExportError.invalidEndpoint(parsed.host ?? "URL", reason: "credentials in the URL are refused; set KG_SPARQL_USER and KG_SPARQL_PASSWORD (or KG_SPARQL_TOKEN) instead")
        }
        self.endpoint = endpoint
        self.credentials = credentials
    }

    /// `url` with anything between `scheme://` and `@` cut out, so a refused URL can be
    /// shown without the password typed into it.
    static func withoutUserInfo(_ url: String) -> String {
        url.replacingOccurrences(of: #"^([^:/?#]*://)[^/?#]*@"#, with: "$1", options: .regularExpression)
    }

    /// Credentials from `KG_SPARQL_USER`/`KG_SPARQL_PASSWORD` or `KG_SPARQL_TOKEN`; nil when none is set.
    public static func credentials(from environment: [String: String]) -> Credentials? {
        if let user = environment["KG_SPARQL_USER"], !user.isEmpty {
            return .basic(user: user, password: environment["KG_SPARQL_PASSWORD"] ?? "")
        }
        if let token = environment["KG_SPARQL_TOKEN"], !token.isEmpty { return .bearer(token) }
        return nil
    }

    /// The endpoint URL addressing one named graph (`?graph=<IRI>`).
    public func url(graph: String) -> URL {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = graph.addingPercentEncoding(withAllowedCharacters: allowed) ?? graph
        let separator = endpoint.absoluteString.contains("?") ? "&" : "?"
        return URL(string: endpoint.absoluteString + separator + "graph=" + encoded)!
    }

    /// Sends `body` to the named graph and returns the HTTP status.
    /// - Throws: `ExportError.unreachable` or `.rejected` (any status outside 200–299).
    @discardableResult
    public func send(_ body: Data, contentType: String, graph: String, method: Method = .put) throws -> Int {
        var request = URLRequest(url: url(graph: graph), cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method.rawValue
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        if let credentials { request.setValue(credentials.header, forHTTPHeaderField: "Authorization") }
        let outcome = Outcome()
        let semaphore = DispatchSemaphore(value: 0)
        let session = URLSession(configuration: .ephemeral)
        let task = session.uploadTask(with: request, from: body) { data, response, error in
            outcome.set(data: data, response: response, error: error)
            semaphore.signal()
        }
        task.resume()
        semaphore.wait()
        session.finishTasksAndInvalidate()
        let (data, response, error) = outcome.get()
        let shown = endpoint.absoluteString
        if let error { throw ExportError.unreachable(shown, reason: error.localizedDescription) }
        guard let http = response as? HTTPURLResponse else {
            throw ExportError.unreachable(shown, reason: "no HTTP response")
        }
        guard (200..<300).contains(http.statusCode) else {
            let text = String(decoding: (data ?? Data()).prefix(300), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExportError.rejected(shown, status: http.statusCode, body: text)
        }
        return http.statusCode
    }
}

/// The result of one request, handed from URLSession's queue to the waiting thread.
///
/// Thread safety: every access takes the lock.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: Error?

    func set(data: Data?, response: URLResponse?, error: Error?) {
        lock.withLock {
            self.data = data
            self.response = response
            self.error = error
        }
    }

    func get() -> (Data?, URLResponse?, Error?) {
        lock.withLock { (data, response, error) }
    }
}
