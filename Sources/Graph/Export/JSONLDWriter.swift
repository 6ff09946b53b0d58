import Foundation

/// Writes an `RDFGraph` as JSON-LD 1.1: the inline context, then `@graph` with one
/// node object per subject. Values use the context's terms, so the document reads
/// like plain JSON and still expands to exactly the graph's triples.
///
/// Thread safety: a value type; safe to use from any thread.
struct JSONLDWriter: Sendable {
    let context: JSONLDContext

    func write(_ graph: RDFGraph) throws -> Data {
        let nodes = graph.subjects.map { node($0, graph.statements(about: $0)) }
        let document = JSONValue.object([("@context", context.json), ("@graph", .array(nodes))])
        return Data((document.serialized() + "\n").utf8)
    }

    // The same document written a block at a time: `opening`, a `Stream`'s text for
    // each block, then its `finish`, byte for byte what `write` makes of the whole graph.

    var opening: String {
        "{\n  " + JSONValue.quote("@context") + ": " + context.json.serialized(indent: "  ") + ",\n  " + JSONValue.quote("@graph") + ": ["
    }

    func closing(empty: Bool) -> String {
        (empty ? "]" : "\n  ]") + "\n}\n"
    }

    private func node(_ subject: String, _ statements: [(predicate: String, object: RDFTerm)]) -> JSONValue {
        let (head, last) = members(subject, statements)
        guard let last else { return .object(head) }
        return .object(head + [(last.key, last.values.count == 1 ? last.values[0] : .array(last.values))])
    }

    /// The last member of a node, before its values are one value or an array.
    struct LastMember {
        var predicate: String
        var key: String
        var coercion: JSONLDContext.Coercion
        var values: [JSONValue]
    }

    /// A node's members: `@id`, `@type`, then one per predicate in the order first
    /// given, the last of them apart (nil when there is none but `@type`).
    private func members(_ subject: String, _ statements: [(predicate: String, object: RDFTerm)])
        -> (head: [(String, JSONValue)], last: LastMember?) {
        var head: [(String, JSONValue)] = [("@id", .string(context.compact(subject)))]
        var order: [String] = []
        var values: [String: [RDFTerm]] = [:]
        for statement in statements {
            if values[statement.predicate] == nil { order.append(statement.predicate) }
            values[statement.predicate, default: []].append(statement.object)
        }
        if let types = values[Namespace.rdf + "type"] {
            let names: [JSONValue] = types.compactMap {
                if case .iri(let iri) = $0 { return .string(context.compact(iri)) }
                return nil
            }
            head.append(("@type", names.count == 1 ? names[0] : .array(names)))
        }
        var last: LastMember?
        for predicate in order where predicate != Namespace.rdf + "type" {
            if let last { head.append((last.key, last.values.count == 1 ? last.values[0] : .array(last.values))) }
            last = member(predicate, values[predicate]!)
        }
        return (head, last)
    }

    /// The member for `predicate`'s objects, named by the context's term.
    private func member(_ predicate: String, _ objects: [RDFTerm]) -> LastMember {
        let term = context.term(for: predicate)
        let coercion = term?.coercion ?? .none
        return LastMember(predicate: predicate, key: term?.name ?? context.compact(predicate), coercion: coercion,
                          values: objects.map { value($0, coercion: coercion) })
    }

    /// Writes the `@graph` block by block, byte for byte what `write` makes of all the
    /// blocks together. A block may go on with the last subject of the block before it,
    /// giving more objects of that subject's last predicate or objects of predicates it
    /// did not have yet (a fact's links to its evidence, a block at a time): the node is
    /// left open until another subject comes, and the values of its last member are
    /// written as they come, so no node is ever held whole.
    ///
    /// Thread safety: not thread-safe; one writer uses it.
    struct Stream {
        let writer: JSONLDWriter
        private var empty = true
        /// The subject of the node left open, and the predicates it has.
        private var open: (subject: String, predicates: Set<String>)?
        /// The open node's last member, not written yet: its one value, or no values once
        /// a second made it an array (`arrayOpen`), written up to the last value.
        private var last: LastMember?
        private var arrayOpen = false

        private static let node = "    ", member = "      ", item = "        "

        init(_ writer: JSONLDWriter) { self.writer = writer }

        /// The text for `block`.
        mutating func write(_ block: RDFGraph) -> String {
            var out = ""
            var subjects = block.subjects[...]
            if let current = open, let first = subjects.first, first == current.subject {
                for statement in block.statements(about: first) { out += add(statement) }
                subjects = subjects.dropFirst()
            }
            for subject in subjects {
                out += close()
                let statements = block.statements(about: subject)
                let (head, member) = writer.members(subject, statements)
                out += (empty ? "\n" : ",\n") + Stream.node + "{\n"
                    + head.map { Stream.member + JSONValue.quote($0.0) + ": " + $0.1.serialized(indent: Stream.member) }.joined(separator: ",\n")
                empty = false
                open = (subject, Set(statements.map(\.predicate)))
                last = member
                if let member, member.values.count > 1 { out += openArray() }
            }
            return out
        }

        /// The text after the last block.
        mutating func finish() -> String {
            close() + writer.closing(empty: empty)
        }

        /// One more statement about the open node's subject.
        private mutating func add(_ statement: (predicate: String, object: RDFTerm)) -> String {
            if var member = last, statement.predicate == member.predicate {
                let value = writer.value(statement.object, coercion: member.coercion)
                if arrayOpen { return ",\n" + Stream.item + value.serialized(indent: Stream.item) }
                member.values.append(value)
                last = member
                return openArray()
            }
            precondition(statement.predicate != Namespace.rdf + "type" && open!.predicates.insert(statement.predicate).inserted,
                         "a block goes on with its subject's last predicate or a new one")
            let out = closeMember()
            last = writer.member(statement.predicate, [statement.object])
            return out
        }

        /// Writes the last member's values as an array, left open, and lets them go.
        private mutating func openArray() -> String {
            guard var member = last else { return "" }
            let out = ",\n" + Stream.member + JSONValue.quote(member.key) + ": [\n"
                + member.values.map { Stream.item + $0.serialized(indent: Stream.item) }.joined(separator: ",\n")
            member.values = []
            last = member
            arrayOpen = true
            return out
        }

        /// Writes the rest of the last member.
        private mutating func closeMember() -> String {
            guard let member = last else { return "" }
            defer {
                last = nil
                arrayOpen = false
            }
            if arrayOpen { return "\n" + Stream.member + "]" }
            return ",\n" + Stream.member + JSONValue.quote(member.key) + ": " + member.values[0].serialized(indent: Stream.member)
        }

        /// Closes the open node, if any.
        private mutating func close() -> String {
            guard open != nil else { return "" }
            open = nil
            return closeMember() + "\n" + Stream.node + "}"
        }
    }

    fileprivate func value(_ term: RDFTerm, coercion: JSONLDContext.Coercion) -> JSONValue {
        switch term {
        case .iri(let iri):
            if coercion == .id { return .string(context.compact(iri)) }
            return .object([("@id", .string(context.compact(iri)))])
        case .literal(let lexical, let datatype):
            if let datatype, coercion == .datatype(datatype) { return .string(lexical) }
            guard coercion == .none else {
                return .object([("@value", .string(lexical)), ("@type", .string(context.compact(datatype ?? Namespace.xsd + "string")))])
            }
            guard let datatype else { return .string(lexical) }
            if datatype == Namespace.xsd + "boolean" && (lexical == "true" || lexical == "false") {
                return .bool(lexical == "true")
            }
            if datatype == Namespace.xsd + "integer", TurtleWriter.isInteger(lexical), let number = Int(lexical) {
                return .int(number)
            }
            return .object([("@value", .string(lexical)), ("@type", .string(context.compact(datatype)))])
        }
    }
}
