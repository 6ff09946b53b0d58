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
            let quoted = "\"" + escape(value) + "\""
            guard let datatype else { return quoted }
            return quoted + "^^<\(NTriplesWriter.iri(datatype))>"
        }
    }

    /// Escapes a literal's lexical form: quote, backslash and line breaks as `\"`, `\\`,
    /// `\n`, `\r`, `\t`; other control characters as `\u00XX`; everything else as UTF-8.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An IRI made safe for `<…>`: characters N-Triples forbids there become `\uXXXX`.
    static func iri(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += "\\u" + hex4(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
