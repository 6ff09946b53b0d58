@testable import Extraction
import XCTest

/// An act named again without its owner refers to the owner named before:
/// "Chile announced its withdrawal. Peru condemned the withdrawal."
final class ActAntecedentTests: XCTestCase {
    func testTheActNamedAgainIsItsOwnersAct() {
        let facts = ExtractionProbe.triples("Chile announced its withdrawal from the pact on Monday. Peru condemned the withdrawal.")
        XCTAssertTrue(facts.contains("Peru criticizes Chile"), "\(facts)")
    }

    func testTheDoerOfAnAnnouncedActOwnsIt() {
        let facts = ExtractionProbe.triples("Chile announced a troop withdrawal on Monday. Peru welcomed the withdrawal.")
        XCTAssertTrue(facts.contains("Peru supports Chile"), "\(facts)")
    }

    func testAnActWithAnOwnerOfItsOwnIsNotReferredBack() {
        let facts = ExtractionProbe.triples("Chile announced its withdrawal from the pact on Monday. Peru condemned the withdrawal of Bolivia.")
        XCTAssertFalse(facts.contains("Peru criticizes Chile"), "\(facts)")
    }

    func testAnActTooFarBackIsNotReferredTo() {
        let text = "Chile announced its withdrawal from the pact. Lima was calm. Prices rose. Trade slowed. Peru condemned the withdrawal."
        XCTAssertFalse(ExtractionProbe.triples(text).contains("Peru criticizes Chile"))
    }

    func testAnActOfForceNamedByAnotherNounIsStillItsOwners() {
        let facts = ExtractionProbe.triples("Chile began an offensive into Peru on Monday. Its president called it a defence. The operation was condemned by members of the Andean Community.")
        XCTAssertTrue(facts.contains("Andean Community criticizes Chile"), "\(facts)")
        let move = ExtractionProbe.triples("Chile announced its withdrawal from the pact. Peru criticized the move.")
        XCTAssertTrue(move.contains("Peru criticizes Chile"), "\(move)")
    }
}
