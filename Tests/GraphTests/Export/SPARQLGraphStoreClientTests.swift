@testable import Graph
import XCTest

final class SPARQLGraphStoreClientTests: XCTestCase {
    func testTheGraphIRIIsPercentEncodedIntoTheQuery() throws {
        let client = try SPARQLGraphStoreClient(endpoint: "http://127.0.0.1:7878/store")
        XCTAssertEqual(client.url(graph: "https://example.net/g?x=1&y").absoluteString,
                       "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fexample.net%2Fg%3Fx%3D1%26y")
        let withQuery = try SPARQLGraphStoreClient(endpoint: "http://127.0.0.1:7878/store?default-graph-uri=")
        XCTAssertTrue(withQuery.url(graph: "urn:x").absoluteString.hasSuffix("&graph=urn%3Ax"))
    }

    func testEndpointsWithCredentialsOrOtherSchemesAreRefused() {
        XCTAssertThrowsError(try SPARQLGraphStoreClient(endpoint: "http://user:pa55@127.0.0.1/store")) { error in
            XCTAssertFalse(error.localizedDescription.contains("pa55"), error.localizedDescription)
        }
        XCTAssertThrowsError(try SPARQLGraphStoreClient(endpoint: "ftp://127.0.0.1/store"))
        XCTAssertThrowsError(try SPARQLGraphStoreClient(endpoint: "not a url"))
    }

    func testARefusedURLIsShownWithoutItsPassword() {
        for url in ["ftp://user:s3cret@127.0.0.1/store", "http://user:s3cret@/store", "http://user:s3cret@"] {
            XCTAssertThrowsError(try SPARQLGraphStoreClient(endpoint: url)) { error in
                let message = error.localizedDescription
                XCTAssertFalse(message.contains("s3cret"), message)
                XCTAssertTrue(message.contains("cannot push there"), message)
            }
        }
    }

    func testCredentialsComeFromTheEnvironment() {
        XCTAssertNil(SPARQLGraphStoreClient.credentials(from: [:]))
        guard case .basic(let user, let password)? = SPARQLGraphStoreClient.credentials(
            from: ["KG_SPARQL_USER": "ann", "KG_SPARQL_PASSWORD": "pw"]) else { return XCTFail("no basic credentials") }
        XCTAssertEqual(user, "ann")
        XCTAssertEqual(password, "pw")
        let token = SPARQLGraphStoreClient.credentials(from: ["KG_SPARQL_TOKEN": "t0k"])
        XCTAssertEqual(token?.header, "Bearer t0k")
        XCTAssertEqual(SPARQLGraphStoreClient.Credentials.basic(user: "ann", password: "pw").header, "Basic YW5uOnB3")
    }

    func testOriginsCompareSchemeHostAndPortWithDefaultPorts() throws {
        let origin = SPARQLGraphStoreClient.origin
        XCTAssertEqual(origin(URL(string: "http://Example.org/store")!), origin(URL(string: "http://example.org:80/x")!))
        XCTAssertEqual(origin(URL(string: "https://example.org/store")!), "https://example.org:443")
        XCTAssertNotEqual(origin(URL(string: "http://example.org/store")!), origin(URL(string: "https://example.org/store")!))
        XCTAssertNotEqual(origin(URL(string: "http://example.org/store")!), origin(URL(string: "http://example.org:8080/store")!))
        XCTAssertNotEqual(origin(URL(string: "http://example.org/store")!), origin(URL(string: "http://example.org.evil/store")!))
        let shown = SPARQLGraphStoreClient.withoutQuery(URL(string: "http://u:p@other:81/store?token=s3cret#f")!)
        XCTAssertEqual(shown, "http://other:81/store")
    }
}
