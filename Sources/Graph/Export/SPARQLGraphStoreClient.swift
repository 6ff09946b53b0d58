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
/// refused, and error messages hold the URL, the server's status and a short excerpt of
/// its answer with credentials masked.
///
/// Thread safety: a value type; `send` blocks the calling thread until the server
/// answers or `timeout` has passed.
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
    /// The most seconds a push takes, all of it: connecting, sending, receiving, redirects.
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

    /// What a push did.
    public struct Delivery: Sendable, Equatable {
        /// The server's final status (200–299).
        public var status: Int
        /// Where the graph was sent in the end: the endpoint, or the place on the same
        /// origin it redirected to.
        public var url: URL
        /// The places on the endpoint's origin the graph was sent to again, in order.
        public var redirects: [URL]
    }

    /// How many redirects on the endpoint's own origin are followed.
    public static let maxRedirects = 5

    /// Sends `body` to the named graph.
    ///
    /// The whole push (connecting, sending, receiving, redirects) takes at most
    /// `timeout` seconds. A redirect (301, 302, 307, 308) to the endpoint's own origin
    /// (same scheme, host and port) is followed by sending the same method, body and
    /// credentials there; one to another origin is refused, and so is any other 3xx,
    /// so neither the credentials nor an empty PUT ever go anywhere the user did not
    /// name. An error status is reported with a short excerpt of the server's answer,
    /// credentials masked and control characters escaped.
    /// - Throws: `ExportError.unreachable`, `.timedOut`, `.redirected`, `.unauthorized`
    ///   or `.rejected` (any other status outside 200–299).
    @discardableResult
    public func send(_ body: Data, contentType: String, graph: String, method: Method = .put) throws -> Delivery {
        let deadline = DispatchTime.now() + timeout
        let shown = endpoint.absoluteString
        var target = url(graph: graph)
        var redirects: [URL] = []
        while true {
            var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
            request.httpMethod = method.rawValue
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
            request.setValue("kg/\(KGVersion.current)", forHTTPHeaderField: "User-Agent")
            if let credentials { request.setValue(credentials.header, forHTTPHeaderField: "Authorization") }
            let answer: HTTPExchange.Answer
            do {
                answer = try HTTPExchange.perform(request, body: body, deadline: deadline)
            } catch HTTPExchange.Failure.deadline(let stage) {
                throw ExportError.timedOut(shown, seconds: timeout, stage: SPARQLGraphStoreClient.describe(stage))
            } catch HTTPExchange.Failure.transport(let reason) {
                throw ExportError.unreachable(shown, reason: reason)
            }
            switch answer.status {
            case 200..<300:
                return Delivery(status: answer.status, url: target, redirects: redirects)
            case 300..<400:
                let header = answer.header("Location")
                let location = header.flatMap { URL(string: $0, relativeTo: target)?.absoluteURL }
                let shownLocation = location.map(SPARQLGraphStoreClient.withoutQuery)
                    ?? (header == nil ? "nowhere (no Location header)" : "an address that is not a URL")
                guard [301, 302, 307, 308].contains(answer.status), let location else {
                    throw ExportError.redirected(shown, status: answer.status, to: shownLocation,
                                                 reason: "kg follows only 301, 302, 307 and 308 redirects by sending the graph again; the graph may not have been stored")
                }
                guard SPARQLGraphStoreClient.origin(of: location) == SPARQLGraphStoreClient.origin(of: endpoint) else {
                    throw ExportError.redirected(shown, status: answer.status, to: shownLocation,
                                                 reason: "it is another origin (scheme, host or port): kg sent it neither the graph nor the credentials, and nothing was stored; if you trust it, push to it with --sparql")
                }
                guard redirects.count < SPARQLGraphStoreClient.maxRedirects else {
                    throw ExportError.redirected(shown, status: answer.status, to: shownLocation,
                                                 reason: "there were more than \(SPARQLGraphStoreClient.maxRedirects) redirects; nothing was stored")
                }
                redirects.append(location)
                target = location
            case 401, 407:
                throw ExportError.unauthorized(shown, status: answer.status, sentCredentials: credentials != nil,
                                               scheme: answer.challenge ?? answer.header("WWW-Authenticate").map { String($0.prefix { $0 != " " }) })
            default:
                throw ExportError.rejected(shown, status: answer.status,
                                           body: ServerText.excerpt(answer.body, total: answer.bodyLength, secrets: secrets))
            }
        }
    }

    /// The credentials as they could come back in a server's answer, to mask there.
    var secrets: [String] {
        switch credentials {
        case .basic(let user, let password)?:
            let header = credentials!.header
            return [header, String(header.dropFirst("Basic ".count)), "\(user):\(password)", password]
        case .bearer(let token)?:
            return ["Bearer " + token, token]
        case nil:
            return []
        }
    }

    /// Scheme, host and port (the default port written out): two URLs with the same
    /// origin are the same server as far as credentials go.
    static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? ""
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : 0)
        return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
    }

    /// `url` without user information or query, to name a redirect's target in a message.
    static func withoutQuery(_ url: URL) -> String {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return origin(of: url) }
        parts.user = nil
        parts.password = nil
        parts.query = nil
        parts.fragment = nil
        return parts.string ?? origin(of: url)
    }

    static func describe(_ stage: HTTPExchange.Stage) -> String {
        switch stage {
        case .connecting:
            return "it was still connecting (nothing of the graph sent)"
        case .sending(let sent, let total):
            return "it was still sending the graph (\(sent) of \(total) bytes sent)"
        case .awaitingAnswer:
            return "the graph had been sent but no complete answer had come back"
        case .receiving(let bytes):
            return "the server's answer was still arriving (\(bytes) bytes of its body so far)"
        }
    }
}
