@testable import Graph
import XCTest

final class LinkedDataExporterTests: XCTestCase {
    typealias F = StoreFixtures
    let exporter = LinkedDataExporter()

    var graph: KnowledgeGraph { GraphBuilder.merge([F.articleA, F.articleB, F.articleC]) }

    private func has(_ rdf: RDFGraph, _ s: String, _ p: String, _ o: RDFTerm) -> Bool {
        rdf.statements(about: s).contains { $0.predicate == p && $0.object == o }
    }

    func testEachFactIsAStatementNodeDerivedFromEvidenceQuotedFromADocument() {
        let rdf = exporter.rdf(for: graph)
        let kg = Namespace.kg, prov = Namespace.prov, type = Namespace.rdf + "type"
        for fact in graph.sortedFacts {
            let f = exporter.factIRI(fact.key)
            XCTAssertTrue(has(rdf, f, type, .iri(Namespace.rdf + "Statement")))
            XCTAssertTrue(has(rdf, f, Namespace.rdf + "subject", .iri(exporter.actorIRI(fact.subject))))
            XCTAssertTrue(has(rdf, f, Namespace.rdf + "predicate", .iri(Vocabulary.iri(fact.predicate))))
            XCTAssertTrue(has(rdf, f, kg + "negated", .boolean(fact.negated)))
            XCTAssertTrue(has(rdf, f, kg + "modality", .iri(Vocabulary.iri(fact.modality))))
            XCTAssertTrue(has(rdf, f, kg + "evidenceCount", .integer(fact.evidence.count)))
            let derived = rdf.statements(about: f).filter { $0.predicate == prov + "wasDerivedFrom" }
            XCTAssertEqual(derived.count, fact.evidence.count)
            for piece in fact.evidence {
                let e = exporter.evidenceIRI(f, piece)
                XCTAssertTrue(has(rdf, e, kg + "quote", .string(piece.text)))
                XCTAssertTrue(has(rdf, e, kg + "startOffset", .integer(piece.start)))
                XCTAssertTrue(has(rdf, e, prov + "wasQuotedFrom", .iri(exporter.documentIRI(piece.document))))
            }
        }
    }

    /// The fixture graph with Russia's support of Syria quoted from `pieces` more articles.
    private func graphWithAWidelyReportedFact(pieces: Int) -> KnowledgeGraph {
        let evidence = (0..<pieces).map { n in
            Evidence(document: "doc-\(n)", sentence: 1, start: 0, end: 20, text: "Russia backs Syria, \(n).", confidence: 0.7)
        }
        var graph = self.graph
        graph.merge(DocumentExtraction(document: DocumentInfo(id: "doc-0", title: "Copies", source: "doc-0.txt"),
                                       entities: [F.russia, F.syria],
                                       triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: evidence)]))
        return graph
    }

    func testAFactsLinksAndEvidenceNodesComeInBlocksOfTheirOwnAfterTheFact() throws {
        let pieces = 2 * LinkedDataExporter.linksPerBlock + 5
        let graph = graphWithAWidelyReportedFact(pieces: pieces)
        var blocks: [RDFGraph] = []
        try exporter.forEachBlock(of: graph) { blocks.append($0) }
        let fact = try XCTUnwrap(graph.sortedFacts.first { $0.evidence.count > pieces })
        let f = exporter.factIRI(fact.key)
        let factBlock = try XCTUnwrap(blocks.firstIndex { $0.subjects == [f] })
        let derived = Namespace.prov + "wasDerivedFrom"
        XCTAssertFalse(blocks[factBlock].statements(about: f).contains { $0.predicate == derived })
        let linkBlocks = blocks[(factBlock + 1)...].prefix { $0.subjects == [f] }
        XCTAssertEqual(linkBlocks.count, 3)
        XCTAssertTrue(linkBlocks.allSatisfy { $0.count <= LinkedDataExporter.linksPerBlock && $0.statements(about: f).allSatisfy { $0.predicate == derived } })
        XCTAssertEqual(linkBlocks.reduce(0) { $0 + $1.count }, fact.evidence.count)
        let evidenceBlocks = blocks[(factBlock + 1 + linkBlocks.count)...].prefix { !$0.subjects.contains(f) && $0.subjects.allSatisfy { $0.hasPrefix(f + "/evidence/") } }
        XCTAssertTrue(evidenceBlocks.allSatisfy { $0.subjects.count <= LinkedDataExporter.evidencePerBlock })
        XCTAssertEqual(evidenceBlocks.reduce(0) { $0 + $1.subjects.count }, fact.evidence.count)
    }

    func testAFactWithManyPiecesOfEvidenceIsStreamedAsTheWholeGraphWritersWriteIt() throws {
        for pieces in [0, 1, LinkedDataExporter.linksPerBlock - 3, LinkedDataExporter.linksPerBlock, 3 * LinkedDataExporter.linksPerBlock + 1] {
            let graph = graphWithAWidelyReportedFact(pieces: pieces)
            let whole = exporter.rdf(for: graph)
            let jsonld = try JSONLDWriter(context: JSONLDContext(base: exporter.base)).write(whole)
            XCTAssertEqual(String(decoding: try exporter.jsonLD(for: graph), as: UTF8.self), String(decoding: jsonld, as: UTF8.self), "JSON-LD, \(pieces) more")
            let turtle = TurtleWriter(prefixes: TurtleWriter.prefixes(vocabulary: exporter.vocabulary) + exporter.dataPrefixes).write(whole)
            XCTAssertEqual(try text(graph, .turtle), turtle, "Turtle, \(pieces) more")
            XCTAssertEqual(try text(graph, .nTriples), NTriplesWriter().write(whole), "N-Triples, \(pieces) more")
        }
    }

    func testEvidenceIsPutInTheOrderOfItsIRIsWhetherOrNotItCameInIt() {
        let pieces = (0..<40).map { n in
            Evidence(document: "doc-\(n % 7)", sentence: 1, start: n % 3, end: 20 + n % 5, text: "Quote \(n).", confidence: 0.7)
        }
        let order: (Evidence, Evidence) -> Bool = { ($0.document, $0.start, $0.end) < ($1.document, $1.start, $1.end) }
        let sorted = pieces.sorted(by: order)
        XCTAssertEqual(LinkedDataExporter.sortedByIRI(pieces), sorted)
        XCTAssertEqual(LinkedDataExporter.sortedByIRI(sorted), sorted)
        XCTAssertEqual(LinkedDataExporter.sortedByIRI(Array(sorted.reversed())).map { ($0.document, $0.start, $0.end) }.description,
                       sorted.map { ($0.document, $0.start, $0.end) }.description)
        XCTAssertEqual(LinkedDataExporter.sortedByIRI([]), [])
    }

    private func text(_ graph: KnowledgeGraph, _ syntax: LinkedDataExporter.Syntax) throws -> String {
        let sink = TextSink()
        try exporter.write(graph, as: syntax, to: sink)
        sink.flush()
        return String(decoding: sink.data, as: UTF8.self)
    }

    func testOnlyAssertedFactsThatAreNotNegatedBecomePlainEdges() {
        let rdf = exporter.rdf(for: graph)
        XCTAssertTrue(has(rdf, exporter.actorIRI("russia"), Vocabulary.iri(.supports), .iri(exporter.actorIRI("syria"))))
        XCTAssertTrue(has(rdf, exporter.actorIRI("france"), Vocabulary.iri(.meetsWith), .iri(exporter.actorIRI("germany"))))
        XCTAssertFalse(has(rdf, exporter.actorIRI("russia"), Vocabulary.iri(.attacks), .iri(exporter.actorIRI("islamic-state"))),
                       "Russia does NOT attack Islamic State in article b")
    }

    func testActorsGetSchemaTypesWikidataLinksAndAliases() {
        let rdf = exporter.rdf(for: graph)
        let russia = exporter.actorIRI("russia"), isis = exporter.actorIRI("islamic-state")
        XCTAssertTrue(has(rdf, russia, Namespace.rdf + "type", .iri(Namespace.schema + "Country")))
        XCTAssertTrue(has(rdf, russia, Namespace.schema + "sameAs", .iri(Namespace.wikidata + "Q159")))
        XCTAssertTrue(has(rdf, isis, Namespace.rdf + "type", .iri(Namespace.schema + "Organization")))
        XCTAssertTrue(has(rdf, isis, Namespace.rdf + "type", .iri(Namespace.kg + "Group")))
        XCTAssertTrue(has(rdf, isis, Namespace.schema + "alternateName", .string("Daesh")))
    }

    func testIRIsPercentEncodeAnyIdentifier() {
        XCTAssertEqual(exporter.documentIRI("week one/é.2"), Namespace.defaultBase + "document/week%20one%2F%C3%A9%2E2")
        let key = Fact.Key(subject: "russia", predicate: .attacks, object: "islamic-state", negated: true)
        XCTAssertEqual(exporter.factIRI(key), Namespace.defaultBase + "fact/russia.not-attacks.islamic-state")
        XCTAssertNil(LinkedDataExporter.wikidataIRI("Q12 OR 1=1"))
        XCTAssertEqual(LinkedDataExporter.wikidataIRI("Q30"), Namespace.wikidata + "Q30")
    }

    func testTheBaseIsCheckedAndGetsATrailingSlash() throws {
        XCTAssertEqual(try LinkedDataExporter(base: "https://example.net/news").base, "https://example.net/news/")
        XCTAssertEqual(try LinkedDataExporter(base: "https://example.net/news#").base, "https://example.net/news#")
        for bad in ["example.net/news", "ftp://example.net/", "https://example.net/a b/", "urn:x"] {
            XCTAssertThrowsError(try LinkedDataExporter(base: bad), bad) { error in
                XCTAssertEqual(error as? ExportError, .invalidBase(bad))
            }
        }
    }

    func testNTriplesHasOneLinePerTripleAndTurtleTheSameSubjects() {
        let rdf = exporter.rdf(for: graph)
        let nt = exporter.nTriples(for: graph)
        XCTAssertEqual(nt.split(separator: "\n").count, rdf.count)
        XCTAssertTrue(nt.split(separator: "\n").allSatisfy { $0.hasPrefix("<") && $0.hasSuffix(" .") })
        let ttl = exporter.turtle(for: graph)
        XCTAssertEqual(ttl.components(separatedBy: " .\n").count - 1, rdf.subjects.count + 11, "one block per subject after 11 prefixes")
    }

    func testJSONLDHasAnInlineContextAndOneNodePerSubject() throws {
        let data = try exporter.jsonLD(for: graph)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let context = try XCTUnwrap(object["@context"] as? [String: Any])
        XCTAssertEqual(context["schema"] as? String, Namespace.schema)
        XCTAssertEqual(context["@version"] as? Double, 1.1)
        for predicate in Predicate.allCases { XCTAssertNotNil(context[predicate.rawValue], predicate.rawValue) }
        let nodes = try XCTUnwrap(object["@graph"] as? [[String: Any]])
        XCTAssertEqual(nodes.count, exporter.rdf(for: graph).subjects.count)
        let russia = try XCTUnwrap(nodes.first { $0["@id"] as? String == "actor:russia" })
        XCTAssertEqual(russia["sameAs"] as? String, "wd:Q159")
        XCTAssertEqual(russia["supports"] as? String, "actor:syria")
    }

    func testExportsAreStableFromRunToRun() throws {
        let reversed = GraphBuilder.merge([F.articleC, F.articleB, F.articleA])
        for format in ExportFormat.allCases {
            XCTAssertEqual(try format.files(for: graph).map(\.data), try format.files(for: reversed).map(\.data), format.rawValue)
        }
    }
}
