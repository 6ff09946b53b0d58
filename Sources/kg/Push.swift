import ArgumentParser
import Foundation
import Graph

extension SPARQLGraphStoreClient.Method: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}

extension KG {
    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send the stored graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.",
            discussion: """
            Sends N-Triples to URL?graph=IRI: PUT replaces that named graph, POST adds to it. The graph is <base>graph/build-<n> for the last build unless --graph is given. Credentials come from the environment only: KG_SPARQL_USER and KG_SPARQL_PASSWORD (HTTP Basic) or KG_SPARQL_TOKEN (Bearer); they are never printed, and never sent to another origin: a redirect to another scheme, host or port is refused and reported, one on the same origin is followed by sending the graph again. --timeout bounds the whole push. Example: kg push --sparql http://127.0.0.1:7878/store
            """
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The Graph Store endpoint URL (e.g. Oxigraph's http://127.0.0.1:7878/store).")
        var sparql: String

        @Option(name: .long, help: "The named graph's IRI (default: one per build).")
        var graph: String?

        @Option(name: .long, help: "Namespace of the data IRIs (default: \(Namespace.defaultBase)).")
        var base: String = Namespace.defaultBase

        @Option(name: .long, help: "PUT replaces the named graph, POST adds to it.")
        var method: SPARQLGraphStoreClient.Method = .put

        @Option(name: .long, help: "Seconds the whole push may take: connecting, sending, receiving and redirects.")
        var timeout: Double = 120

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            do { _ = try LinkedDataExporter(base: base) } catch { throw ValidationError(error.localizedDescription) }
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout: give a number of seconds above 0") }
        }

        func run() throws {
            let store = try storeOptions.open()
            do {
                var client = try SPARQLGraphStoreClient(
                    endpoint: sparql, credentials: SPARQLGraphStoreClient.credentials(from: ProcessInfo.processInfo.environment))
                client.timeout = timeout
                let exporter = try LinkedDataExporter(base: base)
                let knowledge = try store.loadGraph()
                guard let graphIRI = try graph ?? store.latestBuildID().map({ exporter.graphIRI(build: $0) }) else {
                    warn("\(store.path): the store is empty; run `kg build` first")
                    throw ExitCode(1)
                }
                let rdf = exporter.rdf(for: knowledge)
                let body = Data(exporter.nTriples(for: knowledge).utf8)
                let delivery = try client.send(body, contentType: ExportFormat.nt.mediaType, graph: graphIRI, method: method)
                if !quiet {
                    let moved = delivery.redirects.isEmpty ? ""
                        : ", redirected on the same server to \(TerminalText.escaped(delivery.url.absoluteString))"
                    print("pushed \(rdf.count) triples to <\(graphIRI)> at \(client.endpoint.absoluteString) (HTTP \(delivery.status)\(moved))")
                }
            } catch {
                throw failure(error)
            }
        }
    }
}
