@testable import Graph
import XCTest

/// The predicate table: one row per predicate, and what reads it agrees with it.
final class PredicateSpecTests: XCTestCase {
    func testEveryPredicateHasExactlyOneRowInCaseOrder() {
        XCTAssertEqual(PredicateSpec.table.map(\.predicate), Predicate.allCases)
    }

    func testEveryRowIsComplete() {
        for spec in PredicateSpec.table {
            let name = spec.predicate.rawValue
            XCTAssertFalse(spec.subjectTypes.isEmpty, name)
            XCTAssertFalse(spec.objectTypes.isEmpty, name)
            XCTAssertTrue(spec.definition.hasSuffix("."), name)
            XCTAssertFalse(spec.definition.contains("\n"), name)
            // Events have a PLOVER category; affiliations, which are not events, none.
            XCTAssertEqual(spec.plover == nil, spec.predicateClass == .affiliation, name)
            // Alignment has the sign of the class: cooperation never pushes apart, conflict never pulls together.
            switch spec.predicateClass {
            case .cooperative: XCTAssertGreaterThanOrEqual(spec.alignment, 0, name)
            case .conflictual: XCTAssertLessThan(spec.alignment, 0, name)
            case .affiliation: XCTAssertEqual(spec.alignment, 0, name)
            }
            // A symmetric predicate can be read either way round, so both ends take the same types.
            if spec.isSymmetric { XCTAssertEqual(Set(spec.subjectTypes), Set(spec.objectTypes), name) }
        }
    }

    func testTheModelReadsTheTable() {
        XCTAssertEqual(Predicate.meetsWith.predicateClass, .cooperative)
        XCTAssertEqual(PredicateSpec.symmetricPredicates, [.meetsWith, .cooperatesWith])
        XCTAssertEqual(PredicateSpec.predicates(of: .affiliation), [.leaderOf, .memberOf])
        XCTAssertEqual(Predicate.occupies.spec.plover, .coerce)
        XCTAssertTrue(Predicate.brokers.spec.allows(subject: .country, object: .agreement))
        XCTAssertFalse(Predicate.brokers.spec.allows(subject: .country, object: .country))
        XCTAssertFalse(Predicate.leaderOf.spec.allows(subject: .country, object: .organization))
    }

    func testStanceWeightIsTheTablesAlignment() {
        let evidence = [Evidence(sentence: 1, start: 0, end: 5, text: "a"), Evidence(sentence: 2, start: 6, end: 9, text: "b")]
        for predicate in Predicate.allCases {
            let fact = Fact(subject: "a", predicate: predicate, object: "b", evidence: evidence)
            XCTAssertEqual(StanceWeight.weight(fact), 2 * predicate.spec.alignment, predicate.rawValue)
        }
        let hedged = Fact(subject: "a", predicate: .supports, object: "b", modality: .possible, evidence: evidence)
        XCTAssertEqual(StanceWeight.weight(hedged), 1)
        let negated = Fact(subject: "a", predicate: .attacks, object: "b", negated: true, evidence: evidence)
        XCTAssertEqual(StanceWeight.weight(negated), 0)
    }

    /// The gold annotations (seed and dev articles) use only argument types the table allows.
    func testGoldTriplesFitTheTable() throws {
        let gold = GoldenExportTests.packageRoot.appendingPathComponent("../shared/gold")
        let files = ["seeds", "dev"].flatMap { folder in
            (try? FileManager.default.contentsOfDirectory(at: gold.appendingPathComponent(folder), includingPropertiesForKeys: nil)) ?? []
        }
        guard !files.isEmpty else { throw XCTSkip("no gold annotations in ../shared/gold") }
        var checked = 0
        for file in files where file.pathExtension == "json" {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
            var types: [String: ActorType] = [:]
            for entity in json["entities"] as? [[String: Any]] ?? [] {
                if let id = entity["id"] as? String, let type = (entity["type"] as? String).flatMap(ActorType.init) { types[id] = type }
            }
            for triple in json["triples"] as? [[String: Any]] ?? [] {
                guard let p = (triple["p"] as? String).flatMap(Predicate.init), let s = types[triple["s"] as? String ?? ""],
                      let o = types[triple["o"] as? String ?? ""] else { continue }
                XCTAssertTrue(p.spec.allows(subject: s, object: o), "\(file.lastPathComponent): \(s) \(p) \(o)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    func testVocabularyPageTableHasOneRowPerPredicate() {
        let rows = Vocabulary.markdownTable().split(separator: "\n").filter { $0.hasPrefix("| `kg:") }
        XCTAssertEqual(rows.count, Predicate.allCases.count)
        XCTAssertTrue(rows.contains { $0.contains("`kg:occupies`") && $0.contains("COERCE") })
        XCTAssertNil(Vocabulary.markdown(updating: "no marks here"))
    }

    func testTheLegendsNameThePredicatesOfEachClassFromTheTable() throws {
        let graph = GraphBuilder.merge([StoreFixtures.articleA])
        let dot = DOTWriter().dot(for: graph)
        let report = HTMLReportWriter().html(for: try DiagramView().diagram(for: graph), svg: nil)
        for cls in Predicate.Class.allCases {
            let members = PredicateSpec.predicates(of: cls).map(\.rawValue)
            XCTAssertTrue(dot.contains(members.prefix(3).joined(separator: ", ") + "\u{2026}"), cls.rawValue)
            XCTAssertTrue(report.contains(members.joined(separator: ", ")), cls.rawValue)
        }
        XCTAssertTrue(dot.contains("symmetric (meets, cooperates)"))
        XCTAssertTrue(report.contains("symmetric (meetsWith, cooperatesWith)"))
    }
}
