import Foundation

/// Writes the graph as JSON-LD with an inline `@context`.
public struct LinkedDataExporter: Sendable {
    public init() {}

    public func jsonLD(for graph: KnowledgeGraph) throws -> Data {
        var nodes: [[String: Any]] = []
        for actor in graph.sortedActors {
            var node: [String: Any] = ["@id": "kg:actor/\(actor.id)", "@type": "schema:\(schemaType(actor.type))", "schema:name": actor.label]
            if let q = actor.wikidata { node["schema:sameAs"] = ["@id": "http://www.wikidata.org/entity/\(q)"] }
            nodes.append(node)
        }
        for fact in graph.sortedFacts {
            nodes.append([
                "@type": "rdf:Statement",
                "rdf:subject": ["@id": "kg:actor/\(fact.subject)"],
                "rdf:predicate": ["@id": "kgv:\(fact.predicate.rawValue)"],
                "rdf:object": ["@id": "kg:actor/\(fact.object)"],
                "kgv:negated": fact.negated,
                "kgv:modality": fact.modality.rawValue,
                "kgv:evidenceCount": fact.evidence.count,
            ])
        }
        let document: [String: Any] = [
            "@context": [
                "schema": "https://schema.org/",
                "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "kg": "https://kg.example.org/",
                "kgv": "https://kg.example.org/vocab#",
            ],
            "@graph": nodes,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }

    private func schemaType(_ type: ActorType) -> String {
        switch type {
        case .person: return "Person"
        case .country: return "Country"
        case .organization: return "Organization"
        case .group: return "Organization"
        case .place: return "Place"
        case .agreement: return "CreativeWork"
        }
    }
}
