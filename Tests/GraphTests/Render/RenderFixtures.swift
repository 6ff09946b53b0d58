@testable import Graph
import Foundation

/// Small graphs for the render tests, written by hand.
enum RenderFixtures {
    static func evidence(_ text: String, document: String = "d1", sentence: Int = 1, confidence: Double = 0.8) -> Evidence {
        Evidence(document: document, sentence: sentence, start: sentence * 100, end: sentence * 100 + text.unicodeScalars.count,
                 text: text, confidence: confidence)
    }

    static let russia = Actor(label: "Russia", type: .country, wikidata: "Q159")
    static let syria = Actor(label: "Syria", type: .country, wikidata: "Q858")
    static let usa = Actor(label: "United States", type: .country, wikidata: "Q30")
    static let putin = Actor(label: "Vladimir Putin", type: .person, wikidata: "Q7747")
    static let lavrov = Actor(label: "Sergei Lavrov", type: .person)
    static let nato = Actor(label: "NATO", type: .organization, wikidata: "Q7184")
    static let crimea = Actor(label: "Crimea", type: .place)

    /// Russia and its people, the United States, Syria, NATO and Crimea.
    static var politics: KnowledgeGraph {
        KnowledgeGraph(actors: [russia, syria, usa, putin, lavrov, nato, crimea], facts: [
            Fact(subject: "russia", predicate: .supports, object: "syria",
                 evidence: [evidence("Moscow stood by Damascus again.", sentence: 1), evidence("Russia backed Syria at the council.", document: "d2", sentence: 3)]),
            Fact(subject: "russia", predicate: .aids, object: "syria", evidence: [evidence("Russia sent grain to Syria.", sentence: 2)]),
            Fact(subject: "united-states", predicate: .opposes, object: "russia", evidence: [evidence("Washington rejected the plan from Moscow.", sentence: 4)]),
            Fact(subject: "united-states", predicate: .attacks, object: "syria", negated: true,
                 evidence: [evidence("The United States would not strike Syria.", sentence: 5)]),
            Fact(subject: "russia", predicate: .attacks, object: "syria", modality: .possible,
                 evidence: [evidence("Russia could strike rebel areas in Syria.", sentence: 6)]),
            Fact(subject: "vladimir-putin", predicate: .leaderOf, object: "russia", evidence: [evidence("President Putin of Russia spoke.", sentence: 7)]),
            Fact(subject: "sergei-lavrov", predicate: .memberOf, object: "russia", evidence: [evidence("Foreign Minister Lavrov of Russia said so.", sentence: 8)]),
            Fact(subject: "vladimir-putin", predicate: .meetsWith, object: "united-states", evidence: [evidence("Putin met envoys from Washington.", sentence: 9)]),
            Fact(subject: "sergei-lavrov", predicate: .criticizes, object: "nato", evidence: [evidence("Lavrov criticized NATO.", sentence: 10)]),
            Fact(subject: "russia", predicate: .occupies, object: "crimea", evidence: [evidence("Russia holds Crimea.", sentence: 11)]),
        ], documents: [DocumentInfo(id: "d1", title: "First report", date: "2020-02-01"), DocumentInfo(id: "d2", title: "Second report")])
    }

    /// Text that would be markup or syntax if it escaped its quoting.
    static let hostileLabel = "Fr\u{201C}ont\" \\N <b>x</b> & Co \u{05E9}\u{05DC}\u{05D5}\u{05DD} \\"
    static let hostileQuote = "He said \"no\" \\G & </script><script>alert(1)</script> <b>x</b>\nthen \u{0645}\u{0631}\u{062D}\u{0628}\u{0627} &amp; left"

    /// Two actors whose label and evidence are full of quotes, backslashes,
    /// markup, entities, a line break and right-to-left text.
    static var hostile: KnowledgeGraph {
        let odd = Actor(id: "odd", label: hostileLabel, type: .group, wikidata: "Q1\" onclick=\"x")
        return KnowledgeGraph(actors: [odd, russia], facts: [
            Fact(subject: "odd", predicate: .supports, object: "russia", evidence: [evidence(hostileQuote, document: "<doc&1>")]),
        ], documents: [DocumentInfo(id: "<doc&1>", title: "Title with </title><script>x</script>")])
    }
}
