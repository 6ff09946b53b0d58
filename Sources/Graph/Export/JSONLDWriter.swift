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

    // The same document written a node at a time: `opening`, each node's `item`, then
    // `closing`, byte for byte what `write` makes of the whole graph.

    var opening: String {
        "{\n  " + JSONValue.quote("@context") + ": " + context.json.serialized(indent: "  ") + ",\n  " + JSONValue.quote("@graph") + ": ["
    }

    func nodes(_ graph: RDFGraph) -> [JSONValue] {
        graph.subjects.map { node($0, graph.statements(about: $0)) }
    }

    func item(_ node: JSONValue, first: Bool) -> String {
        (first ? "\n    " : ",\n    ") + node.serialized(indent: "    ")
    }

    func closing(empty: Bool) -> String {
        (empty ? "]" : "\n  ]") + "\n}\n"
    }

    private func node(_ subject: String, _ statements: [(predicate: String, object: RDFTerm)]) -> JSONValue {
        var members: [(String, JSONValue)] = [("@id", .string(context.compact(subject)))]
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
            members.append(("@type", names.count == 1 ? names[0] : .array(names)))
        }
        for predicate in order where predicate != Namespace.rdf + "type" {
            let term = context.term(for: predicate)
            let key = term?.name ?? context.compact(predicate)
            let items = values[predicate]!.map { value($0, coercion: term?.coercion ?? .none) }
            members.append((key, items.count == 1 ? items[0] : .array(items)))
        }
        return .object(members)
    }

    private func value(_ term: RDFTerm, coercion: JSONLDContext.Coercion) -> JSONValue {
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
