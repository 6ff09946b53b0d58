@testable import Extraction
import XCTest

/// "called X a tyrant": a verdict on an actor, or on the act it owns, is criticism
/// when a word of it is scorn and support when one is praise.
final class VerdictTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> { ExtractionProbe.triples(text) }

    func testScornIsCriticism() {
        XCTAssertTrue(facts("Ana Ruiz called Tomas Lind a tyrant.").contains("Ana Ruiz criticizes Tomas Lind"))
        XCTAssertTrue(facts("Ana Ruiz called Peru's decision a political maneuver.").contains("Ana Ruiz criticizes Peru"))
    }

    func testPraiseIsSupport() {
        XCTAssertTrue(facts("Ana Ruiz called Chile a close partner.").contains("Ana Ruiz supports Chile"))
    }

    func testADeniedVerdictIsNegated() {
        XCTAssertTrue(facts("Ana Ruiz did not call Tomas Lind a tyrant.").contains("Ana Ruiz NOT criticizes Tomas Lind"))
    }

    func testAVerdictOnAPronounIsNotGuessed() {
        let found = facts("Chile signed the accord with Bolivia. Ana Ruiz called it a sham.")
        XCTAssertFalse(found.contains { $0.hasPrefix("Ana Ruiz criticizes") }, "\(found)")
    }

    func testDenyingValidityIsOpposition() {
        let found = facts("Chile and Peru signed the Andean maritime agreement in May. On Friday Bolivian president Luis Arce called the agreement \"null and void\".")
        XCTAssertTrue(found.contains("Luis Arce opposes Andean maritime agreement"), "\(found)")
        XCTAssertTrue(facts("Ana Ruiz called Tomas Lind's election illegitimate.").contains("Ana Ruiz opposes Tomas Lind"))
    }

    func testAVerdictOnAnAgreementNamedBeforeItInTheSentence() {
        let found = facts("Luis Arce commented on the Andean maritime agreement, calling it \"null and void\".")
        XCTAssertTrue(found.contains("Luis Arce opposes Andean maritime agreement"), "\(found)")
    }

    func testANeutralNameIsNoStance() {
        let found = facts("Ana Ruiz called Tomas Lind a lawyer.")
        XCTAssertFalse(found.contains { $0.contains("criticizes") || $0.contains("supports") }, "\(found)")
    }
}

/// Stances stated by adjectives ("supportive of", "critical of"), aligning with someone,
/// and claiming an attack.
final class AdjectiveAndClaimTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> { ExtractionProbe.triples(text) }

    func testAnAdjectiveStatesAStance() {
        XCTAssertTrue(facts("The Andean Front is supportive of Peru.").contains("Andean Front supports Peru"))
        XCTAssertTrue(facts("Chile was critical of Peru's decision.").contains("Chile criticizes Peru"))
    }

    func testAligningWithSomeoneIsSupport() {
        XCTAssertTrue(facts("Chile will now align with Peru.").contains("Chile supports Peru"))
    }

    func testClaimingResponsibilityForAnAttackIsTheAttack() {
        XCTAssertTrue(facts("The Andean Front claimed responsibility for the attack on the Chilean embassy.").contains("Andean Front attacks Chile"))
        XCTAssertTrue(facts("Chile accepted responsibility for the murder of Ana Ruiz.").contains("Chile attacks Ana Ruiz"))
        XCTAssertFalse(facts("Chile denied responsibility for the murder of Ana Ruiz.").contains("Chile attacks Ana Ruiz"))
    }
}

/// Readings the clause reader refuses: a co-signed text, a contest, a charge's conjuncts.
final class ClauseGuardTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> { ExtractionProbe.triples(text) }

    func testAPhoneCallOnADayIsNoRequest() {
        XCTAssertFalse(facts("Ana Ruiz called Tomas Lind on Monday.").contains("Ana Ruiz requests Tomas Lind"))
        XCTAssertTrue(facts("Chile called on Peru to withdraw its troops.").contains("Chile requests Peru"))
        XCTAssertTrue(facts("Chile called repeatedly on Peru to withdraw its troops.").contains("Chile requests Peru"))
    }

    func testCoSigningALetterIsNoCooperation() {
        XCTAssertFalse(facts("Ana Ruiz and Tomas Lind signed a letter saying the count was false.").contains("Ana Ruiz cooperatesWith Tomas Lind"))
        XCTAssertTrue(facts("Chile and Peru signed on Monday.").contains("Chile cooperatesWith Peru"))
    }

    func testWinningAContestIsNoAttack() {
        XCTAssertFalse(facts("Chile defeated Peru in the final on Sunday.").contains("Chile attacks Peru"))
        XCTAssertTrue(facts("Chile defeated the Andean Front in the mountains.").contains("Chile attacks Andean Front"))
    }

    func testEveryConjunctOfAChargeIsFramed() {
        let found = facts("With Bolivia and Peru accusing Chile of arming and funding the Andean Front, talks stalled.")
        XCTAssertFalse(found.contains { $0.hasSuffix("aids Andean Front") && !$0.hasPrefix("Chile") }, "\(found)")
    }
}

/// Garbage seen in the Wikinews corpus, each kept out by a rule of its own.
final class WildGarbageTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> { ExtractionProbe.triples(text) }

    func testAPeaceDealBetweenTwoStatesIsNotNamedAfterAnother() {
        let found = facts("Bolivia held a vote. In 1905, Ana Ruiz mediated a peace agreement between Chile and Peru.")
        XCTAssertFalse(found.contains { $0.contains("Bolivia peace deal") }, "\(found)")
    }

    func testAskingWhyIsNoRequest() {
        XCTAssertFalse(facts("Ana Ruiz asked why Tomas Lind did not act.").contains("Ana Ruiz requests Tomas Lind"))
        XCTAssertTrue(facts("Ana Ruiz asked Tomas Lind to act.").contains("Ana Ruiz requests Tomas Lind"))
    }

    func testAnOrganizationsProgrammeIsNoPerson() {
        let found = facts("Under the WHO's Monitored Access Scheme of trial drugs, Chile may act.")
        XCTAssertFalse(found.contains { $0.contains("memberOf World Health Organization") }, "\(found)")
    }
}
