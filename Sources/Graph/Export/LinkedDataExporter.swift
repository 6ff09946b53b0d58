import Foundation

/// Turns a `KnowledgeGraph` into one RDF model and writes it as JSON-LD 1.1,
/// N-Triples or Turtle; all three hold exactly the same triples.
///
/// IRIs (docs/vocabulary.md): kg's vocabulary at `/vocab#` on the base's host, data
/// under the base (default `https://kg.example.org/id/`),
/// `actor/<id>`, `document/<id>`, `fact/<subject>.<predicate>.<object>` (negated facts
/// `fact/<subject>.not-<predicate>.<object>`) and `<fact>/evidence/<document>/<start>-<end>`;
/// every id is percent-encoded, so any document name gives a valid IRI.
///
/// Each fact is a statement node (`rdf:Statement`, `kg:Fact`) with subject, predicate,
/// its PLOVER category (`kg:ploverCategory`, not for affiliations), object, negated, modality, evidence count and confidence, linked by
/// `prov:wasDerivedFrom` to its evidence nodes (quote, sentence, offsets), which
/// link by `prov:wasQuotedFrom` to their documents. A fact that is asserted and not
/// negated is also the plain edge `actor kg:predicate actor`.
///
/// Thread safety: a value type; safe to use from any thread.
public struct LinkedDataExporter: Sendable {
    /// The namespace of data IRIs; ends with `/` or `#`.
    public let base: String
    /// The namespace of kg's vocabulary for this base (`Namespace.vocabulary(forBase:)`).
    public let vocabulary: String

    public init() {
        base = Namespace.defaultBase
        vocabulary = Namespace.kg
    }

    /// - Throws: `ExportError.invalidBase` unless `base` is an absolute http(s) IRI; a
    ///   missing trailing `/` is added.
    public init(base: String) throws {
        var base = base
        guard let scheme = base.split(separator: ":", maxSplits: 1).first?.lowercased(),
              scheme == "http" || scheme == "https", base.contains("://"),
              !base.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0) })
        else { throw ExportError.invalidBase(base) }
        if !base.hasSuffix("/") && !base.hasSuffix("#") { base += "/" }
        self.base = base
        vocabulary = Namespace.vocabulary(forBase: base)
    }

    // MARK: IRIs

    public func actorIRI(_ id: String) -> String { base + "actor/" + LinkedDataExporter.encode(id) }
    public func documentIRI(_ id: String) -> String { base + "document/" + LinkedDataExporter.encode(id) }
    public func graphIRI(build: Int64) -> String { base + "graph/build-\(build)" }

    public func factIRI(_ key: Fact.Key) -> String {
        let predicate = (key.negated ? "not-" : "") + key.predicate.rawValue
        return base + "fact/" + LinkedDataExporter.encode(key.subject) + "." + predicate + "." + LinkedDataExporter.encode(key.object)
    }

    public func evidenceIRI(_ fact: String, _ evidence: Evidence) -> String {
        fact + "/evidence/" + LinkedDataExporter.encode(evidence.document) + "/\(evidence.start)-\(evidence.end)"
    }

    /// Percent-encodes every byte of the UTF-8 form except ASCII letters, digits, `-`, `_` and `~`.
    static func encode(_ id: String) -> String {
        var out = ""
        for byte in id.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// A well-formed Wikidata item id (`Q` and digits), else nil.
    static func wikidataIRI(_ id: String?) -> String? {
        guard let id, id.count > 1, id.first == "Q", id.dropFirst().allSatisfy(\.isASCII), id.dropFirst().allSatisfy(\.isNumber)
        else { return nil }
        return Namespace.wikidata + id
    }

    // MARK: The model

    /// The RDF model of a graph, in a stable order: documents, actors (with their plain
    /// edges), then each fact followed by its evidence.
    public func rdf(for graph: KnowledgeGraph) -> RDFGraph {
        var rdf = RDFGraph()
        // An in-memory source hands everything out without throwing.
        try? forEachBlock(of: graph) { rdf.append($0) }
        return rdf
    }

    /// The RDF of `source` in blocks, in the order of `rdf(for:)`: what the streaming
    /// writers write one at a time. A block holds whole subjects (a document, an actor,
    /// a fact's own triples, some of its evidence nodes), except that a fact's links to
    /// its evidence (`prov:wasDerivedFrom`, which its own block has not) come after its
    /// own triples in blocks of their own, each going on with the fact's node; the
    /// writers' `Stream`s keep that node open for them.
    /// - Throws: what the source or `body` throws.
    func forEachBlock(of source: some GraphSource, _ body: (RDFGraph) throws -> Void) throws {
        try source.forEachDocument { try body(documentBlock($0)) }
        try source.forEachActor { try body(actorBlock($0, edges: $1)) }
        try source.forEachFactChunk { facts, _ in
            for fact in facts { try forEachFactBlock(fact, body) }
        }
    }

    /// Evidence nodes written together, after their fact's own block: a fact reported by
    /// a hundred thousand articles is then never one RDF graph of a million triples.
    static let evidencePerBlock = 64

    /// A fact's links to its evidence written together: the fact's node is never held
    /// with all of them.
    static let linksPerBlock = 256

    private func documentBlock(_ document: DocumentInfo) -> RDFGraph {
        var rdf = RDFGraph()
        let type = Namespace.rdf + "type", kg = vocabulary, schema = Namespace.schema
        let d = documentIRI(document.id)
        rdf.add(d, type, .iri(schema + "NewsArticle"))
        rdf.add(d, type, .iri(Namespace.prov + "Entity"))
        rdf.add(d, schema + "identifier", .string(document.id))
        if !document.title.isEmpty { rdf.add(d, schema + "headline", .string(document.title)) }
        if let date = document.date, LinkedDataExporter.isISODate(date) {
            rdf.add(d, schema + "datePublished", .literal(date, datatype: Namespace.xsd + "date"))
        }
        if let hash = document.contentHash { rdf.add(d, kg + "contentHash", .string(hash)) }
        // A document is named by its address when it has one, else by its path below the
        // build's input folder, never by an absolute path of this machine.
        if let url = document.url, LinkedDataExporter.isWebAddress(url) {
            rdf.add(d, schema + "url", .iri(url))
        } else if let path = document.publishedPath {
            rdf.add(d, kg + "sourcePath", .string(path))
        }
        if let language = document.language { rdf.add(d, schema + "inLanguage", .string(language)) }
        return rdf
    }

    private func actorBlock(_ actor: Actor, edges: [(predicate: KGModel.Predicate, object: String)]) -> RDFGraph {
        var rdf = RDFGraph()
        let type = Namespace.rdf + "type", kg = vocabulary, schema = Namespace.schema
        let a = actorIRI(actor.id)
        rdf.add(a, type, .iri(Vocabulary.schemaClass(actor.type)))
        rdf.add(a, type, .iri(Vocabulary.kgClass(actor.type, in: kg)))
        rdf.add(a, schema + "identifier", .string(actor.id))
        rdf.add(a, schema + "name", .string(actor.label))
        for alias in actor.aliases { rdf.add(a, schema + "alternateName", .string(alias)) }
        if let q = LinkedDataExporter.wikidataIRI(actor.wikidata) { rdf.add(a, schema + "sameAs", .iri(q)) }
        for edge in edges {
            rdf.add(a, Vocabulary.iri(edge.predicate, in: kg), .iri(actorIRI(edge.object)))
        }
        return rdf
    }

    /// A fact's blocks: first the fact's own triples, then its links to its evidence,
    /// `linksPerBlock` at a time, then its evidence nodes, `evidencePerBlock` at a time
    /// (pieces with one IRI, which the whole graph makes one node, never split).
    private func forEachFactBlock(_ fact: Fact, _ body: (RDFGraph) throws -> Void) throws {
        var rdf = RDFGraph()
        let type = Namespace.rdf + "type", kg = vocabulary
        let f = factIRI(fact.key)
        rdf.add(f, type, .iri(Namespace.rdf + "Statement"))
        rdf.add(f, type, .iri(kg + "Fact"))
        rdf.add(f, Namespace.rdf + "subject", .iri(actorIRI(fact.subject)))
        rdf.add(f, Namespace.rdf + "predicate", .iri(Vocabulary.iri(fact.predicate, in: kg)))
        if let plover = fact.predicate.spec.plover { rdf.add(f, kg + "ploverCategory", .string(plover.rawValue)) }
        rdf.add(f, Namespace.rdf + "object", .iri(actorIRI(fact.object)))
        rdf.add(f, kg + "negated", .boolean(fact.negated))
        rdf.add(f, kg + "modality", .iri(Vocabulary.iri(fact.modality, in: kg)))
        rdf.add(f, kg + "evidenceCount", .integer(fact.evidence.count))
        rdf.add(f, kg + "confidence", .decimal(fact.confidence))
        try body(rdf)
        let evidence = LinkedDataExporter.sortedByIRI(fact.evidence)
        // Sorted, pieces with one IRI are next to each other: a link is written once.
        var links = RDFGraph(), previous: String?
        for piece in evidence {
            let e = evidenceIRI(f, piece)
            if e == previous { continue }
            previous = e
            links.add(f, Namespace.prov + "wasDerivedFrom", .iri(e))
            if links.count >= LinkedDataExporter.linksPerBlock {
                try body(links)
                links = RDFGraph()
            }
        }
        if links.count > 0 { try body(links) }
        var block = RDFGraph(), nodes = 0
        previous = nil
        for piece in evidence {
            let e = evidenceIRI(f, piece)
            if e != previous {
                if nodes >= LinkedDataExporter.evidencePerBlock {
                    try body(block)
                    block = RDFGraph()
                    nodes = 0
                }
                nodes += 1
                previous = e
            }
            block.add(e, type, .iri(kg + "Evidence"))
            block.add(e, type, .iri(Namespace.prov + "Entity"))
            block.add(e, kg + "quote", .string(piece.text))
            block.add(e, kg + "sentence", .integer(piece.sentence))
            block.add(e, kg + "startOffset", .integer(piece.start))
            block.add(e, kg + "endOffset", .integer(piece.end))
            block.add(e, kg + "confidence", .decimal(piece.confidence))
            if let modality = piece.modality { block.add(e, kg + "modality", .iri(Vocabulary.iri(modality, in: kg))) }
            block.add(e, Namespace.prov + "wasQuotedFrom", .iri(documentIRI(piece.document)))
        }
        if nodes > 0 { try body(block) }
    }

    /// A fact's evidence in the order of its IRIs (document, start, end): the array
    /// itself when it is in that order already, as a store reads it, so a fact quoted
    /// from tens of thousands of articles is not held twice.
    static func sortedByIRI(_ evidence: [Evidence]) -> [Evidence] {
        func before(_ a: Evidence, _ b: Evidence) -> Bool { (a.document, a.start, a.end) < (b.document, b.start, b.end) }
        return zip(evidence, evidence.dropFirst()).contains { before($1, $0) } ? evidence.sorted(by: before) : evidence
    }

    /// An absolute http(s) address that is a valid IRI (no space, no `<>"{}|\\^` and backquote).
    static func isWebAddress(_ s: String) -> Bool {
        guard s.hasPrefix("http://") || s.hasPrefix("https://") else { return false }
        return !s.unicodeScalars.contains { $0.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return false }
        return true
    }

    // MARK: Formats

    /// The RDF syntaxes, which hold the same triples.
    public enum Syntax: Sendable {
        case jsonld, nTriples, turtle
    }

    /// Writes `source` in `syntax` to `sink` block by block: memory holds one fact and
    /// its evidence at a time, and the text is that of the whole-graph writers.
    /// - Throws: what the source throws.
    public func write(_ source: some GraphSource, as syntax: Syntax, to sink: TextSink) throws {
        switch syntax {
        case .nTriples:
            let writer = NTriplesWriter()
            try forEachBlock(of: source) { sink.write(writer.write($0)) }
        case .turtle:
            let writer = TurtleWriter(prefixes: TurtleWriter.prefixes(vocabulary: vocabulary) + dataPrefixes)
            sink.write(writer.header)
            var stream = TurtleWriter.Stream(writer)
            try forEachBlock(of: source) { sink.write(stream.write($0)) }
            sink.write(stream.finish())
        case .jsonld:
            let writer = JSONLDWriter(context: JSONLDContext(base: base))
            sink.write(writer.opening)
            var stream = JSONLDWriter.Stream(writer)
            try forEachBlock(of: source) { sink.write(stream.write($0)) }
            sink.write(stream.finish())
        }
    }

    /// JSON-LD 1.1 with an inline `@context`.
    /// - Throws: an encoding error (not expected for well-formed graphs).
    public func jsonLD(for graph: KnowledgeGraph) throws -> Data {
        let sink = TextSink()
        try write(graph, as: .jsonld, to: sink)
        sink.flush()
        return sink.data
    }

    /// N-Triples: one triple per line, no prefixes, no blank nodes.
    public func nTriples(for graph: KnowledgeGraph) -> String {
        NTriplesWriter().write(rdf(for: graph))
    }

    /// Turtle with prefixes, one block per subject.
    public func turtle(for graph: KnowledgeGraph) -> String {
        TurtleWriter(prefixes: TurtleWriter.prefixes(vocabulary: vocabulary) + dataPrefixes).write(rdf(for: graph))
    }

    /// Prefixes for the data IRIs under the base.
    var dataPrefixes: [(String, String)] {
        [("actor", base + "actor/"), ("document", base + "document/"), ("fact", base + "fact/")]
    }
}
