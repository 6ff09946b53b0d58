@testable import Extraction
import XCTest

/// Titles set apart from a name, read off the tree: apposition, copula, relative clause.
final class AffiliationReaderTests: XCTestCase {
    func testACopulaPlacesThePersonInTheBody() {
        let member = ExtractionProbe.triples("Ana Ruiz was a columnist for The Washington Post.")
        XCTAssertTrue(member.contains("Ana Ruiz memberOf The Washington Post"), "\(member)")
        let deputy = ExtractionProbe.triples("Luis Soto was the deputy commander of Hezbollah.")
        XCTAssertTrue(deputy.contains("Luis Soto memberOf Hezbollah"), "\(deputy)")
        XCTAssertFalse(deputy.contains("Luis Soto leaderOf Hezbollah"), "\(deputy)")
    }

    func testAnAppositionAfterTheNameLeadsWhenTheTitleDoes() {
        let leader = ExtractionProbe.triples("Luis Soto, the director of Amnesty International, spoke to Peru.")
        XCTAssertTrue(leader.contains("Luis Soto leaderOf Amnesty International"), "\(leader)")
        let negotiator = ExtractionProbe.triples("Luis Soto, the chief negotiator of Hamas, spoke to Peru.")
        XCTAssertTrue(negotiator.contains("Luis Soto memberOf Hamas"), "\(negotiator)")
        XCTAssertFalse(negotiator.contains("Luis Soto leaderOf Hamas"), "\(negotiator)")
    }

    func testFormerOfficesAndCitiesPlaceNoOne() {
        let former = ExtractionProbe.triples("Luis Soto, a former director of Amnesty International, spoke to Peru.")
        XCTAssertFalse(former.contains { $0.hasPrefix("Luis Soto leaderOf") || $0.hasPrefix("Luis Soto memberOf") }, "\(former)")
        let mayor = ExtractionProbe.triples("Ivan Petrov, the mayor of Moscow, spoke to Peru.")
        XCTAssertFalse(mayor.contains { $0.hasPrefix("Ivan Petrov leaderOf Russia") }, "\(mayor)")
    }
}
