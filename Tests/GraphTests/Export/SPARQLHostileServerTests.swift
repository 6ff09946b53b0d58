@testable import Graph
import XCTest

/// `kg push` against a real local server that redirects, challenges, trickles and echoes.
final class SPARQLHostileServerTests: XCTestCase {
    private let graph = Data(String(repeating: "<urn:a> <urn:b> <urn:c> .\n", count: 400).utf8)
    private let basic = SPARQLGraphStoreClient.Credentials.basic(user: "ann", password: "s3cret-pass")

    /// Sends `graph` on another thread and fails (rather than hanging the suite) when no
    /// outcome comes back within `limit` seconds. Returns the outcome and the seconds taken.
    private func push(_ client: SPARQLGraphStoreClient, limit: TimeInterval = 15) -> (Result<SPARQLGraphStoreClient.Delivery, Error>?, TimeInterval) {
        nonisolated(unsafe) var outcome: Result<SPARQLGraphStoreClient.Delivery, Error>?
        let finished = expectation(description: "push returns")
        let started = Date()
        let body = graph
        DispatchQueue.global().async {
            outcome = Result { try client.send(body, contentType: "application/n-triples", graph: "urn:g") }
            finished.fulfill()
        }
        wait(for: [finished], timeout: limit)
        return (outcome, Date().timeIntervalSince(started))
    }

    private func message(_ outcome: Result<SPARQLGraphStoreClient.Delivery, Error>?) -> String {
        guard case .failure(let error)? = outcome else { return "no error: \(String(describing: outcome))" }
        return error.localizedDescription
    }

    func testARedirectToAnotherOriginGetsNeitherTheCredentialsNorTheGraph() throws {
        let server = try HostileServer(mode: "redirect-other", test: self)
        let client = try SPARQLGraphStoreClient(endpoint: server.endpoint, credentials: basic)
        let (outcome, _) = push(client)
        guard case .failure(ExportError.redirected(_, 307, let to, _))? = outcome else {
            return XCTFail("expected a refused redirect, got \(String(describing: outcome))")
        }
        XCTAssertTrue(to.hasPrefix(server.otherOrigin), to)
        let text = message(outcome)
        XCTAssertTrue(text.contains("another origin"), text)
        XCTAssertTrue(text.contains("neither the graph nor the credentials"), text)
        let requests = server.requests()
        XCTAssertEqual(requests.filter { $0.listener == "other" }.count, 0, "the other origin was contacted")
        XCTAssertEqual(requests.map(\.bodyLength), [graph.count], "the endpoint got the whole graph once")
    }

    func testARedirectOnTheSameOriginSendsTheWholeGraphAgain() throws {
        let server = try HostileServer(mode: "redirect-same", test: self)
        let client = try SPARQLGraphStoreClient(endpoint: server.endpoint, credentials: basic)
        let (outcome, _) = push(client)
        guard case .success(let delivery)? = outcome else { return XCTFail("push failed: \(String(describing: outcome))") }
        XCTAssertEqual(delivery.status, 204)
        XCTAssertEqual(delivery.redirects.count, 1)
        XCTAssertTrue(delivery.url.path.hasPrefix("/moved"), delivery.url.absoluteString)
        let requests = server.requests()
        XCTAssertEqual(requests.map(\.method), ["PUT", "PUT"])
        XCTAssertEqual(requests.map(\.bodyLength), [graph.count, graph.count], "the body was lost on the redirect")
        XCTAssertEqual(requests.last?.headers["authorization"], basic.header)
    }

    func testASeeOtherRedirectIsNotFollowedWithAnEmptyRequest() throws {
        let server = try HostileServer(mode: "redirect-303", test: self)
        let client = try SPARQLGraphStoreClient(endpoint: server.endpoint, credentials: basic)
        let (outcome, _) = push(client)
        guard case .failure(ExportError.redirected(_, 303, _, _))? = outcome else {
            return XCTFail("expected a refused 303, got \(String(describing: outcome))")
        }
        XCTAssertTrue(message(outcome).contains("may not have been stored"), message(outcome))
        XCTAssertEqual(server.requests().count, 1, "the 303 was followed")
    }

    func testAnAuthenticationChallengeEndsThePushAtOnce() throws {
        let server = try HostileServer(mode: "auth", test: self)
        var client = try SPARQLGraphStoreClient(endpoint: server.endpoint, credentials: basic)
        client.timeout = 5
        let (outcome, seconds) = push(client)
        XCTAssertLessThan(seconds, 5, "a 401 with WWW-Authenticate held the push")
        guard case .failure(ExportError.unauthorized(_, 401, true, "Basic"))? = outcome else {
            return XCTFail("expected a refused login, got \(String(describing: outcome))")
        }
        XCTAssertTrue(message(outcome).contains("credentials"), message(outcome))
        XCTAssertFalse(message(outcome).contains("s3cret"), message(outcome))
    }

    func testATricklingServerIsStoppedAtTheTimeout() throws {
        let server = try HostileServer(mode: "trickle", test: self)
        var client = try SPARQLGraphStoreClient(endpoint: server.endpoint, credentials: basic)
        client.timeout = 2
        let (outcome, seconds) = push(client)
        XCTAssertLessThan(seconds, 4, "the timeout did not bound the push")
        XCTAssertGreaterThan(seconds, 1.5)
        guard case .failure(ExportError.timedOut(_, 2, _))? = outcome else {
            return XCTFail("expected a timeout, got \(String(describing: outcome))")
        }
        let text = message(outcome)
        XCTAssertTrue(text.contains("gave up after 2 s"), text)
        XCTAssertTrue(text.contains("no complete answer"), text)
        XCTAssertTrue(text.contains("--timeout"), text)
        XCTAssertFalse(text.contains("NSURLErrorDomain"), text)
    }

    func testASilentServerIsStoppedAtTheTimeout() throws {
        let server = try HostileServer(mode: "silent", test: self)
        var client = try SPARQLGraphStoreClient(endpoint: server.endpoint)
        client.timeout = 1
        let (outcome, seconds) = push(client)
        XCTAssertLessThan(seconds, 3)
        XCTAssertTrue(message(outcome).contains("gave up after 1 s"), message(outcome))
    }

    func testAnEchoedErrorIsShortEscapedAndMasked() throws {
        let server = try HostileServer(mode: "echo", test: self)
        for credentials in [basic, .bearer("t0ken-abcdef")] {
            let client = try SPARQLGraphStoreClient(endpoint: server.endpoint, credentials: credentials)
            let (outcome, _) = push(client)
            guard case .failure(ExportError.rejected(_, 400, _))? = outcome else {
                return XCTFail("expected HTTP 400, got \(String(describing: outcome))")
            }
            let text = message(outcome)
            for secret in ["s3cret", "YW5uOnMzY3JldC1wYXNz", "t0ken"] {
                XCTAssertFalse(text.contains(secret), "\(secret) shown in \(text)")
            }
            XCTAssertTrue(text.contains("[hidden]"), text)
            XCTAssertFalse(text.unicodeScalars.contains { $0.properties.generalCategory == .control }, text)
            XCTAssertTrue(text.contains("\\x1B[2J"), text)
            XCTAssertTrue(text.contains("bytes in all"), text)
            XCTAssertLessThan(text.count, 600, text)
        }
    }

    func testTheMaskCoversAuthorizationValuesItWasNotTold() {
        let body = Data("x\nAuthorization: Basic Zm9vOmJhcg==\n{\"authorization\": \"Bearer abc.def.ghi\"}\u{1B}]0;t\u{07}".utf8)
        let text = ServerText.excerpt(body, secrets: [])
        XCTAssertFalse(text.contains("Zm9vOmJhcg"), text)
        XCTAssertFalse(text.contains("abc.def"), text)
        XCTAssertTrue(text.hasSuffix("\\x1B]0;t\\x07"), text)
        XCTAssertFalse(text.contains("\n"), text)
    }
}
