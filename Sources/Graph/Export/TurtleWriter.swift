/// Writes RDF as Turtle (W3C RDF 1.1): prefixes, then one block per subject with
/// `;` between predicates and `,` between objects.
///
/// Thread safety: a value type; safe to use from any thread.
struct TurtleWriter: Sendable {
    var prefixes: [(String, String)]

    static let standardPrefixes = prefixes(vocabulary: Namespace.kg)

    /// The W3C, schema.org, PROV and Wikidata prefixes, and `kg:` for `vocabulary`.
    static func prefixes(vocabulary: String) -> [(String, String)] {
        [
            ("rdf", Namespace.rdf), ("rdfs", Namespace.rdfs), ("xsd", Namespace.xsd), ("owl", Namespace.owl),
            ("schema", Namespace.schema), ("prov", Namespace.prov), ("kg", vocabulary), ("wd", Namespace.wikidata),
        ]
    }

    func write(_ graph: RDFGraph) -> String {
        header + body(graph)
    }

    /// The prefix lines.
    var header: String {
        var out = ""
        for (name, iri) in prefixes { out += "@prefix \(name): <\(NTriplesWriter.iri(iri))> .\n" }
        return out
    }

    /// One block per subject of `graph`, each after a blank line.
    func body(_ graph: RDFGraph) -> String {
        var out = ""
        for subject in graph.subjects { out += open(subject, graph.statements(about: subject)).text + " .\n" }
        return out
    }

    /// A subject's block without its closing ` .`, and the predicate written last.
    private func open(_ subject: String, _ statements: [(predicate: String, object: RDFTerm)]) -> (text: String, last: String?) {
        var out = "\n" + name(subject)
        var byPredicate: [(String, [RDFTerm])] = []
        for statement in statements {
            if let i = byPredicate.firstIndex(where: { $0.0 == statement.predicate }) {
                byPredicate[i].1.append(statement.object)
            } else {
                byPredicate.append((statement.predicate, [statement.object]))
            }
        }
        for (index, (predicate, objects)) in byPredicate.enumerated() {
            let verb = predicate == Namespace.rdf + "type" ? "a" : name(predicate)
            out += (index == 0 ? " " : " ;\n    ") + verb + " " + objects.map(term).joined(separator: ", ")
        }
        return (out, byPredicate.last?.0)
    }

    /// Writes the body block by block, byte for byte what `body` makes of all the blocks
    /// together. A block may go on with the last subject of the block before it, giving
    /// more objects of that subject's last predicate or objects of predicates it did not
    /// have yet (a fact's links to its evidence): the subject's ` .` waits until another
    /// subject comes.
    ///
    /// Thread safety: not thread-safe; one writer uses it.
    struct Stream {
        let writer: TurtleWriter
        /// The subject whose block is not closed yet, its predicates and the last of them.
        private var open: (subject: String, predicates: Set<String>, last: String?)?

        init(_ writer: TurtleWriter) { self.writer = writer }

        /// The text for `block`.
        mutating func write(_ block: RDFGraph) -> String {
            var out = ""
            var subjects = block.subjects[...]
            if var current = open, let first = subjects.first, first == current.subject {
                for statement in block.statements(about: first) {
                    if statement.predicate == current.last {
                        out += ", " + writer.term(statement.object)
                        continue
                    }
                    precondition(statement.predicate != Namespace.rdf + "type" && current.predicates.insert(statement.predicate).inserted,
                                 "a block goes on with its subject's last predicate or a new one")
                    out += " ;\n    " + writer.name(statement.predicate) + " " + writer.term(statement.object)
                    current.last = statement.predicate
                }
                open = current
                subjects = subjects.dropFirst()
            }
            for subject in subjects {
                out += finish()
                let statements = block.statements(about: subject)
                let (text, last) = writer.open(subject, statements)
                out += text
                open = (subject, Set(statements.map(\.predicate)), last)
            }
            return out
        }

        /// Closes the subject left open, if any.
        mutating func finish() -> String {
            guard open != nil else { return "" }
            open = nil
            return " .\n"
        }
    }

    func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri):
            return name(iri)
        case .literal(let value, let datatype):
            guard let datatype else { return "\"" + LiteralEscaping.escape(value) + "\"" }
            let bare = (datatype == Namespace.xsd + "boolean" && (value == "true" || value == "false"))
                || (datatype == Namespace.xsd + "integer" && TurtleWriter.isInteger(value))
                || (datatype == Namespace.xsd + "decimal" && TurtleWriter.isDecimal(value))
            if bare { return value }
            return "\"" + LiteralEscaping.escape(value) + "\"^^" + name(datatype)
        }
    }

    /// A prefixed name when a prefix covers the IRI and the rest is a simple local
    /// name; otherwise the full `<IRI>`.
    func name(_ iri: String) -> String {
        var best: (String, String)?
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) && iri.count > namespace.count {
            if best == nil || namespace.count > best!.1.count { best = (prefix, namespace) }
        }
        if let (prefix, namespace) = best {
            let local = String(iri.dropFirst(namespace.count))
            if TurtleWriter.isSimpleLocalName(local) { return prefix + ":" + local }
        }
        return "<" + NTriplesWriter.iri(iri) + ">"
    }

    /// Letters, digits, `_`, `-` and inner dots, not starting with `-` or `.`.
    static func isSimpleLocalName(_ local: String) -> Bool {
        guard let first = local.unicodeScalars.first, let last = local.unicodeScalars.last else { return false }
        func plain(_ s: Unicode.Scalar) -> Bool {
            (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) || s == "_"
        }
        guard plain(first), last != "." else { return false }
        return local.unicodeScalars.allSatisfy { plain($0) || $0 == "-" || $0 == "." }
    }

    static func isInteger(_ value: String) -> Bool {
        let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isDecimal(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && isInteger(String(parts[0])) && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
