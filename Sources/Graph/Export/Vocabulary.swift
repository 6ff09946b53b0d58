/// kg's vocabulary for linked data: the IRI of each predicate with what
/// `PredicateSpec.table` says of it, and the schema.org and kg classes of each actor
/// type. docs/vocabulary.ttl is `Vocabulary.turtle()`; the predicate table of
/// docs/vocabulary.md is `Vocabulary.markdownTable()`.
public enum Vocabulary {
    /// The IRI of a predicate: `kg:supports`, `kg:attacks`…
    public static func iri(_ predicate: Predicate, in namespace: String = Namespace.kg) -> String { namespace + predicate.rawValue }

    /// The IRI of a modality individual: `kg:asserted`, `kg:possible`, `kg:planned`.
    public static func iri(_ modality: Modality, in namespace: String = Namespace.kg) -> String { namespace + modality.rawValue }

    /// The schema.org class of an actor type (schema.org has no class for a group or an agreement).
    public static func schemaClass(_ type: ActorType) -> String {
        switch type {
        case .person: return Namespace.schema + "Person"
        case .country: return Namespace.schema + "Country"
        case .organization, .group: return Namespace.schema + "Organization"
        case .place: return Namespace.schema + "Place"
        case .agreement: return Namespace.schema + "CreativeWork"
        }
    }

    /// kg's own class of an actor type: `kg:Person`, `kg:Group`…
    public static func kgClass(_ type: ActorType, in namespace: String = Namespace.kg) -> String { namespace + type.rawValue }

    /// The PLOVER event category of a predicate (`PredicateSpec.plover`), nil for the affiliations.
    public static func plover(_ predicate: Predicate) -> String? { predicate.spec.plover?.rawValue }

    /// A one-line definition of a predicate (`PredicateSpec.definition`).
    public static func definition(_ predicate: Predicate) -> String { predicate.spec.definition }

    /// The vocabulary itself as Turtle (RDFS, with the PLOVER category and class of each predicate).
    public static func turtle() -> String {
        var graph = RDFGraph()
        let rdfType = Namespace.rdf + "type", label = Namespace.rdfs + "label", comment = Namespace.rdfs + "comment"
        let classIRI = Namespace.rdfs + "Class", propertyIRI = Namespace.rdf + "Property"
        func define(_ iri: String, _ type: String, _ text: String, _ note: String) {
            graph.add(iri, rdfType, .iri(type))
            graph.add(iri, label, .string(text))
            graph.add(iri, comment, .string(note))
        }
        define(Namespace.kg + "Fact", classIRI, "fact", "A statement extracted from news text: subject, predicate, object, negated, modality, evidence.")
        graph.add(Namespace.kg + "Fact", Namespace.rdfs + "subClassOf", .iri(Namespace.rdf + "Statement"))
        define(Namespace.kg + "Evidence", classIRI, "evidence", "A quote in a document that a fact was found in.")
        graph.add(Namespace.kg + "Evidence", Namespace.rdfs + "subClassOf", .iri(Namespace.prov + "Entity"))
        define(Namespace.kg + "Modality", classIRI, "modality", "How firmly the text commits to a fact.")
        define(Namespace.kg + "PredicateClass", classIRI, "predicate class", "Cooperative, conflictual or affiliation.")
        for type in ActorType.allCases {
            define(kgClass(type), classIRI, type.rawValue, "An actor of type \(type.rawValue) (ONTOLOGY.md).")
            graph.add(kgClass(type), Namespace.rdfs + "subClassOf", .iri(schemaClass(type)))
        }
        for modality in Modality.allCases {
            define(iri(modality), Namespace.kg + "Modality", modality.rawValue, "Modality \(modality.rawValue).")
        }
        for predicateClass in Predicate.Class.allCases {
            define(Namespace.kg + predicateClass.rawValue, Namespace.kg + "PredicateClass", predicateClass.rawValue,
                   "Predicates of the \(predicateClass.rawValue) class.")
        }
        for predicate in Predicate.allCases {
            let p = iri(predicate)
            define(p, propertyIRI, predicate.rawValue, definition(predicate))
            if predicate.isSymmetric { graph.add(p, rdfType, .iri(Namespace.owl + "SymmetricProperty")) }
            graph.add(p, Namespace.kg + "predicateClass", .iri(Namespace.kg + predicate.predicateClass.rawValue))
            if let category = plover(predicate) { graph.add(p, Namespace.kg + "ploverCategory", .string(category)) }
            for type in predicate.spec.subjectTypes { graph.add(p, Namespace.schema + "domainIncludes", .iri(kgClass(type))) }
            for type in predicate.spec.objectTypes { graph.add(p, Namespace.schema + "rangeIncludes", .iri(kgClass(type))) }
        }
        let attributes: [(String, String, String)] = [
            ("negated", "negated", "True when the text says the fact does not, did not or will not hold."),
            ("modality", "modality", "The modality of a fact (its firmest evidence) or of one piece of evidence: kg:asserted, kg:possible or kg:planned."),
            ("evidenceCount", "evidence count", "How many pieces of evidence support the fact."),
            ("confidence", "confidence", "The extractor's confidence, 0 to 1."),
            ("quote", "quote", "The text of a piece of evidence."),
            ("sentence", "sentence", "The number of the sentence the evidence is in, from 1."),
            ("startOffset", "start offset", "Unicode scalar offset of the quote's start in the document as read."),
            ("endOffset", "end offset", "Unicode scalar offset just past the quote's end."),
            ("contentHash", "content hash", "Hex SHA-256 of the document's bytes."),
            ("sourcePath", "source path", "Where kg read the document from: its path relative to the folder of the build's input, never an absolute path; only for documents with no web address (schema:url)."),
            ("predicateClass", "predicate class", "The class of a predicate."),
            ("ploverCategory", "PLOVER category", "The PLOVER event category closest to a predicate; on a fact, that of its predicate."),
        ]
        for (name, text, note) in attributes { define(Namespace.kg + name, propertyIRI, text, note) }
        return TurtleWriter(prefixes: TurtleWriter.standardPrefixes).write(graph)
    }

    /// The marks around the part of docs/vocabulary.md that `markdownTable()` writes.
    static let markdownBegin = "<!-- predicates: generated from PredicateSpec.table, do not edit (KG_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests) -->"
    static let markdownEnd = "<!-- end of predicates -->"

    /// The predicate table of docs/vocabulary.md: one row per predicate of
    /// `PredicateSpec.table`, with its class, the actor types it joins, its PLOVER
    /// category and its definition.
    public static func markdownTable() -> String {
        func types(_ list: [ActorType]) -> String {
            list == PredicateSpec.agents ? "agent" : list.map(\.rawValue).joined(separator: ", ")
        }
        var out = "| IRI | class | subject | object | PLOVER | meaning |\n|---|---|---|---|---|---|\n"
        for spec in PredicateSpec.table {
            let cls = spec.predicateClass.rawValue + (spec.isSymmetric ? ", symmetric" : "")
            var objects = types(spec.objectTypes)
            if spec.objectTypes.count > PredicateSpec.agents.count, Array(spec.objectTypes.prefix(4)) == PredicateSpec.agents {
                objects = "agent, " + spec.objectTypes.dropFirst(4).map(\.rawValue).joined(separator: ", ")
            }
            out += "| `kg:\(spec.predicate.rawValue)` | \(cls) | \(types(spec.subjectTypes)) | \(objects) | "
            out += "\(spec.plover?.rawValue ?? "—") | \(spec.definition) |\n"
        }
        out += "\n\"agent\" is any of \(PredicateSpec.agents.map(\.rawValue).joined(separator: ", ")).\n"
        return out
    }

    /// `document` (the text of docs/vocabulary.md) with the part between the marks
    /// replaced by `markdownTable()`; nil when the marks are missing.
    public static func markdown(updating document: String) -> String? {
        guard let begin = document.range(of: markdownBegin),
              let end = document.range(of: markdownEnd, range: begin.upperBound..<document.endIndex) else { return nil }
        return String(document[..<begin.upperBound]) + "\n" + markdownTable() + String(document[end.lowerBound...])
    }
}
