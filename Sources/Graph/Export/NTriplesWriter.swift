/// Writes RDF as N-Triples (W3C RDF 1.1): `<s> <p> <o> .` per line.
///
/// Thread safety: a value type; safe to use from any thread.
struct NTriplesWriter: Sendable {
    func write(_ graph: RDFGraph) -> String {
        var out = ""
        for triple in graph.triples {
            out += "<\(NTriplesWriter.iri(triple.subject))> <\(NTriplesWriter.iri(triple.predicate))> \(NTriplesWriter.term(triple.object)) .\n"
        }
        return out
    }

    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri):
            return "<\(NTriplesWriter.iri(iri))>"
        case .literal(let value, let datatype):
            let quoted = "\"" + LiteralEscaping.escape(value) + "\""
            guard let datatype else { return quoted }
            return quoted + "^^<\(NTriplesWriter.iri(datatype))>"
        }
    }

    /// An IRI made safe for `<…>`: characters N-Triples forbids there become `\uXXXX`.
    static func iri(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += "\\u" + LiteralEscaping.hex4(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
