/// The inline JSON-LD 1.1 `@context` of kg's exports: prefixes, and one short term
/// per property, with `@id` or datatype coercion where the values need it.
struct JSONLDContext: Sendable {
    enum Coercion: Equatable, Sendable {
        case none
        case id
        case datatype(String)
    }

    struct Term: Sendable {
        var name: String
        var iri: String
        var coercion: Coercion
    }

    let prefixes: [(String, String)]
    let terms: [Term]
    private let termByIRI: [String: Term]

    init(base: String) {
        let k = Namespace.vocabulary(forBase: base)
        prefixes = [
            ("rdf", Namespace.rdf), ("rdfs", Namespace.rdfs), ("xsd", Namespace.xsd), ("schema", Namespace.schema),
            ("prov", Namespace.prov), ("kg", k), ("wd", Namespace.wikidata),
            ("actor", base + "actor/"), ("document", base + "document/"), ("fact", base + "fact/"),
        ]
        let s = Namespace.schema, r = Namespace.rdf, p = Namespace.prov, x = Namespace.xsd
        var terms: [Term] = [
            Term(name: "identifier", iri: s + "identifier", coercion: .none),
            Term(name: "name", iri: s + "name", coercion: .none),
            Term(name: "alternateName", iri: s + "alternateName", coercion: .none),
            Term(name: "sameAs", iri: s + "sameAs", coercion: .id),
            Term(name: "headline", iri: s + "headline", coercion: .none),
            Term(name: "datePublished", iri: s + "datePublished", coercion: .datatype(x + "date")),
            Term(name: "url", iri: s + "url", coercion: .id),
            Term(name: "inLanguage", iri: s + "inLanguage", coercion: .none),
            Term(name: "contentHash", iri: k + "contentHash", coercion: .none),
            Term(name: "sourcePath", iri: k + "sourcePath", coercion: .none),
            Term(name: "subject", iri: r + "subject", coercion: .id),
            Term(name: "predicate", iri: r + "predicate", coercion: .id),
            Term(name: "object", iri: r + "object", coercion: .id),
            Term(name: "ploverCategory", iri: k + "ploverCategory", coercion: .none),
            Term(name: "negated", iri: k + "negated", coercion: .none),
            Term(name: "modality", iri: k + "modality", coercion: .id),
            Term(name: "evidenceCount", iri: k + "evidenceCount", coercion: .none),
            Term(name: "confidence", iri: k + "confidence", coercion: .datatype(x + "decimal")),
            Term(name: "wasDerivedFrom", iri: p + "wasDerivedFrom", coercion: .id),
            Term(name: "wasQuotedFrom", iri: p + "wasQuotedFrom", coercion: .id),
            Term(name: "quote", iri: k + "quote", coercion: .none),
            Term(name: "sentence", iri: k + "sentence", coercion: .none),
            Term(name: "startOffset", iri: k + "startOffset", coercion: .none),
            Term(name: "endOffset", iri: k + "endOffset", coercion: .none),
        ]
        for predicate in Predicate.allCases {
            terms.append(Term(name: predicate.rawValue, iri: Vocabulary.iri(predicate, in: k), coercion: .id))
        }
        self.terms = terms
        termByIRI = Dictionary(uniqueKeysWithValues: terms.map { ($0.iri, $0) })
    }

    func term(for iri: String) -> Term? { termByIRI[iri] }

    /// `prefix:rest` when a prefix covers the IRI (longest first), else the IRI itself.
    func compact(_ iri: String) -> String {
        var best: (String, String)?
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) && iri.count > namespace.count {
            if best == nil || namespace.count > best!.1.count { best = (prefix, namespace) }
        }
        guard let (prefix, namespace) = best else { return iri }
        let rest = iri.dropFirst(namespace.count)
        if rest.hasPrefix("//") { return iri }
        return prefix + ":" + rest
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("@version", .number("1.1"))]
        for (prefix, namespace) in prefixes { members.append((prefix, .string(namespace))) }
        for term in terms {
            switch term.coercion {
            case .none:
                members.append((term.name, .string(compact(term.iri))))
            case .id:
                members.append((term.name, .object([("@id", .string(compact(term.iri))), ("@type", .string("@id"))])))
            case .datatype(let datatype):
                members.append((term.name, .object([("@id", .string(compact(term.iri))), ("@type", .string(compact(datatype)))])))
            }
        }
        return .object(members)
    }
}
