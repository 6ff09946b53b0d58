@testable import Extraction
import XCTest

/// "his Peruvian and Bolivian counterparts, A and B, respectively": each name serves
/// the state in the same place of the list, and leads it when the owner is a leader.
final class CounterpartListTests: XCTestCase {
    func testEachCounterpartServesTheStateInTheSamePlace() {
        let found = ExtractionProbe.triples(
            "Chilean foreign minister Ana Ruiz and her Peruvian and Bolivian counterparts, Marco Vidal and Luis Arce, respectively, met in Quito on Wednesday.")
        XCTAssertTrue(found.isSuperset(of: ["Ana Ruiz memberOf Chile", "Marco Vidal memberOf Peru", "Luis Arce memberOf Bolivia"]), "\(found)")
        XCTAssertFalse(found.contains("Marco Vidal memberOf Bolivia"), "\(found)")
    }

    func testALeadersCounterpartsLead() {
        let found = ExtractionProbe.triples(
            "Chilean President Ana Ruiz and her Peruvian, Bolivian and Ecuadorian counterparts, Marco Vidal, Luis Arce and Rosa Mena, met in Quito on Wednesday.")
        XCTAssertTrue(found.isSuperset(of: ["Marco Vidal leaderOf Peru", "Luis Arce leaderOf Bolivia", "Rosa Mena leaderOf Ecuador"]), "\(found)")
    }

    func testTheOwnerMeetsTheCounterpartsListedWithHer() {
        let found = ExtractionProbe.triples(
            "Chilean foreign minister Ana Ruiz and her Peruvian and Bolivian counterparts, Marco Vidal and Luis Arce, respectively, met in Quito on Wednesday.")
        XCTAssertTrue(found.isSuperset(of: ["Ana Ruiz meetsWith Marco Vidal", "Ana Ruiz meetsWith Luis Arce", "Luis Arce meetsWith Marco Vidal"]), "\(found)")
    }

    func testCounterpartsObjectOfAVerbLeaveTheOwnerOutOfTheirList() {
        // Without "and" the owner is the subject, not one of the list.
        let found = ExtractionProbe.triples(
            "Chilean foreign minister Ana Ruiz criticized her Peruvian and Bolivian counterparts, Marco Vidal and Luis Arce, on Wednesday.")
        XCTAssertFalse(found.contains("Ana Ruiz meetsWith Marco Vidal"), "\(found)")
        XCTAssertFalse(found.contains("Luis Arce meetsWith Marco Vidal"), "\(found)")
    }

    func testUnequalListsAssignNothing() {
        let found = ExtractionProbe.triples(
            "Chilean foreign minister Ana Ruiz and her Peruvian and Bolivian counterparts, Marco Vidal, met in Quito on Wednesday.")
        XCTAssertFalse(found.contains("Marco Vidal memberOf Peru"), "\(found)")
    }
}

/// "Presidents A of X and B of Y signed Z": both sign, however the parser hangs B.
final class PluralTitleSubjectTests: XCTestCase {
    func testEveryNameAfterAPluralTitleIsASubject() {
        let found = ExtractionProbe.triples(
            "Presidents Ana Ruiz of Chile and Marco Vidal of Peru signed the Andean Water Treaty on Sunday.")
        XCTAssertTrue(found.isSuperset(of: ["Ana Ruiz supports Andean Water Treaty", "Marco Vidal supports Andean Water Treaty"]), "\(found)")
    }
}
