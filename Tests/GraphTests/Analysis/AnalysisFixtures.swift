@testable import Graph
import Foundation

/// Two blocs, written by hand: Avalon and Brigadoon side with each other and with the
/// Coastal Militia; Corvia and Dunmore side with each other; the blocs clash. A leader
/// speaks for Avalon, Erewhon only opposes Corvia, and a port (a place) is occupied.
enum AnalysisFixtures {
    static func evidence(_ text: String, document: String = "d1", sentence: Int) -> Evidence {
        Evidence(document: document, sentence: sentence, start: sentence * 100, end: sentence * 100 + text.unicodeScalars.count, text: text)
    }

    static let actors = [
        Actor(label: "Avalon", type: .country), Actor(label: "Brigadoon", type: .country),
        Actor(label: "Coastal Militia", type: .group), Actor(label: "Corvia", type: .country),
        Actor(label: "Dunmore", type: .country), Actor(label: "Erewhon", type: .country),
        Actor(label: "Ana Vale", type: .person), Actor(label: "Port Sable", type: .place),
        Actor(label: "Lone Island", type: .country),
    ]

    static var blocs: KnowledgeGraph {
        var n = 0
        func ev(_ text: String, _ count: Int = 1, document: String = "d1") -> [Evidence] {
            (0..<count).map { _ in n += 1; return evidence(text, document: document, sentence: n) }
        }
        return KnowledgeGraph(actors: actors, facts: [
            Fact(subject: "avalon", predicate: .supports, object: "brigadoon", evidence: ev("Avalon stood behind Brigadoon at the summit.", 3)),
            Fact(subject: "brigadoon", predicate: .aids, object: "coastal-militia", evidence: ev("Brigadoon shipped rifles to the Coastal Militia.", 2, document: "d2")),
            Fact(subject: "corvia", predicate: .cooperatesWith, object: "dunmore", evidence: ev("Corvia and Dunmore ran joint patrols.", 2)),
            Fact(subject: "avalon", predicate: .opposes, object: "corvia", evidence: ev("Avalon rejected the plan from Corvia.", 2, document: "d2")),
            Fact(subject: "dunmore", predicate: .attacks, object: "coastal-militia", evidence: ev("Dunmore shelled the Coastal Militia overnight.", 2)),
            Fact(subject: "ana-vale", predicate: .leaderOf, object: "avalon", evidence: ev("President Ana Vale of Avalon spoke.")),
            Fact(subject: "ana-vale", predicate: .criticizes, object: "dunmore", evidence: ev("Ana Vale criticized Dunmore.")),
            Fact(subject: "erewhon", predicate: .sanctions, object: "corvia", evidence: ev("Erewhon froze the assets of Corvia's banks.")),
            Fact(subject: "corvia", predicate: .occupies, object: "port-sable", evidence: ev("Corvian troops hold Port Sable.")),
            // Meetings and denials do not make allies.
            Fact(subject: "avalon", predicate: .meetsWith, object: "corvia", evidence: ev("Avalon's envoy met Corvia's envoy.", 4)),
            Fact(subject: "lone-island", predicate: .supports, object: "dunmore", negated: true, evidence: ev("Lone Island did not back Dunmore.")),
        ], documents: [DocumentInfo(id: "d1", title: "First dispatch", date: "2021-03-01"),
                       DocumentInfo(id: "d2", title: "Second dispatch", date: "2021-04-15")])
    }
}
