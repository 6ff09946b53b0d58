@testable import Extraction
import XCTest

/// Relations read off the dependency parse by the clause reader alone (without the
/// token rules), on sentences written for these tests.
final class ClauseReaderTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> {
        ExtractionProbe.lines(Extractor(readers: .clauses).extract(text: text, id: "test"))
    }

    private func assertFacts(_ text: String, contain expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let found = facts(text)
        for fact in expected { XCTAssertTrue(found.contains(fact), "\(fact) not in \(found)", file: file, line: line) }
    }

    func testSubjectAndObjectOfAVerb() {
        assertFacts("Chile condemned Peru on Monday.", contain: ["Chile criticizes Peru"])
    }

    func testAnAgencyOrWingOfAnOrganizationIsItsMember() {
        assertFacts("UNESCO, a specialized agency of the United Nations, opened an office in Lima.", contain: ["UNESCO memberOf United Nations"])
        assertFacts("The Andean Front is the armed wing of the Andean Alliance.", contain: ["Andean Front memberOf Andean Alliance"])
        // A state is no member of another state's agency.
        XCTAssertFalse(facts("Chile, part of the Peruvian plan, waited.").contains { $0.contains("memberOf") })
    }

    func testDismayAndThanksAimAtTheActsOwner() {
        assertFacts("Chile was outraged at Peru's decision.", contain: ["Chile criticizes Peru"])
        assertFacts("Ana Ruiz said she appreciated Marco Vidal's courage.", contain: ["Ana Ruiz supports Marco Vidal"])
        assertFacts("Ana Ruiz thanked Peru for its help.", contain: ["Ana Ruiz supports Peru"])
    }

    func testAnAdversaryCriticOrSupporterOfAnActor() {
        assertFacts("Ana Ruiz, a fierce critic of Peru, spoke.", contain: ["Ana Ruiz criticizes Peru"])
        assertFacts("Chile, a longtime supporter of Peru, voted yes.", contain: ["Chile supports Peru"])
        assertFacts("The Andean Front is an adversary of both Chile and Peru.", contain: ["Andean Front opposes Chile", "Andean Front opposes Peru"])
    }

    func testAWarNamedAfterAPlaceIsNotAimedAtThePlace() {
        let found = facts("Ana Ruiz was an outspoken opponent of the Chilean-led Peru War in 2003.")
        XCTAssertFalse(found.contains("Ana Ruiz opposes Peru"), "\(found)")
    }

    func testPassiveTakesItsAgentAsSubject() {
        assertFacts("Peru was condemned by Chile on Monday.", contain: ["Chile criticizes Peru"])
    }

    func testCoordinatedSubjectsEachTakePart() {
        assertFacts("France and Germany condemned Russia.", contain: ["France criticizes Russia", "Germany criticizes Russia"])
    }

    func testObjectControlMakesTheObjectTheSubject() {
        let found = facts("Brazil urged Argentina to sanction Venezuela.")
        XCTAssertTrue(found.contains("Brazil requests Argentina"), "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("Argentina sanctions Venezuela") }, "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("Brazil sanctions") }, "\(found)")
    }

    func testRefusalNegatesAndPlansArePlanned() {
        assertFacts("Norway refused to back Sweden.", contain: ["Norway NOT supports Sweden"])
        assertFacts("Norway plans to support Sweden.", contain: ["Norway supports Sweden [planned]"])
    }

    func testTheOwnerOfACondemnedActIsTheObject() {
        assertFacts("Japan condemned China's decision.", contain: ["Japan criticizes China"])
    }

    func testReciprocalMeetingWithoutObject() {
        let found = facts("Kenya and Uganda met in Nairobi.")
        XCTAssertTrue(found.contains("Kenya meetsWith Uganda") || found.contains("Uganda meetsWith Kenya"), "\(found)")
    }

    func testSigningANamedAgreementIsSupportNotMutualCooperation() {
        let found = facts("Chile and Peru signed the Andean Free Trade Area agreement on Monday in the capital.")
        XCTAssertTrue(found.isSuperset(of: ["Chile supports Andean Free Trade Area agreement", "Peru supports Andean Free Trade Area agreement"]), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("cooperatesWith") }, "\(found)")
    }

    func testANounOfViolenceNamesItsVictimAndItsAgent() {
        assertFacts("Peru condemned the killing of Ana Ruiz by Chile.", contain: ["Chile attacks Ana Ruiz", "Peru criticizes Chile"])
        assertFacts("Chile ordered Ana Ruiz's killing.", contain: ["Chile attacks Ana Ruiz"])
        assertFacts("Chilean agents murdered Ana Ruiz in Lima.", contain: ["Chile attacks Ana Ruiz"])
        // Condemning a killing is no killing, and the victim is not what is condemned.
        let condemned = facts("Peru condemned the killing of Ana Ruiz.")
        XCTAssertFalse(condemned.contains { $0.hasPrefix("Peru attacks") || $0.hasPrefix("Peru criticizes Ana Ruiz") }, "\(condemned)")
    }

    func testPhrasesRelateTheirArgumentToTheClausesSubject() {
        assertFacts("Chilean troops patrol the border in cooperation with Peru.", contain: ["Chile cooperatesWith Peru"])
        assertFacts("Chile returned at Peru's request.", contain: ["Peru requests Chile"])
        assertFacts("US troops returned to Bolivia at the request of the Peruvian government.", contain: ["Peru requests United States"])
        let helped = facts("Chile attacked Bolivia with the help of Peru.")
        XCTAssertTrue(helped.contains("Peru aids Chile"), "\(helped)")
        XCTAssertFalse(helped.contains("Chile aids Peru"), "\(helped)")
    }

    func testAVerbsOwnPrepositionHoldsItsObject() {
        assertFacts("Chile called on Peru to end the blockade.", contain: ["Chile requests Peru"])
        assertFacts("Bolivia sided with Peru in the dispute.", contain: ["Bolivia supports Peru"])
        assertFacts("Chile called for Peru's withdrawal from the talks.", contain: ["Chile requests Peru"])
    }

    func testANameBeforeAnActOwnsIt() {
        assertFacts("Japan condemned the Kremlin decision.", contain: ["Japan criticizes Russia"])
        // A name before a noun that is no act does not own it.
        XCTAssertTrue(facts("Japan condemned the Kremlin wall.").isEmpty)
    }

    func testADemandThatSomeoneActRequestsThem() {
        assertFacts("Chile demanded that Peru withdraw its troops.", contain: ["Chile requests Peru"])
        // Saying that someone acted is no request.
        XCTAssertTrue(facts("Chile said that Peru withdrew its troops.").isEmpty)
    }

    func testUnderSomeonesMeasuresTheyActOnTheSubject() {
        assertFacts("Chile is already under EU sanctions.", contain: ["European Union sanctions Chile"])
        assertFacts("Crimea has been under Ukrainian control in the story we imagine here.", contain: ["Ukraine occupies Crimea"])
    }

    func testDisagreementOpposesBothWaysAndEndingASupportNegatesIt() {
        let found = facts("Chile and Peru disagreed on the border.")
        XCTAssertTrue(found.contains("Chile opposes Peru") || found.contains("Peru opposes Chile"), "\(found)")
        assertFacts("Chile ended its support for Peru.", contain: ["Chile NOT supports Peru"])
    }

    func testAStatesAdjectiveOwnsItsActs() {
        assertFacts("The Chilean offensive into Peru began on Wednesday.", contain: ["Chile attacks Peru"])
    }

    func testAnOfPhraseOwnsOnlyAnAct() {
        assertFacts("Japan condemned the decision of China.", contain: ["Japan criticizes China"])
        // The nationalisation of X is done to X, not by X.
        XCTAssertTrue(facts("Japan called for the nationalization of the Andean Bank.").isEmpty)
    }

    func testParticlesAndPhrasesTheParserHangsElsewhere() {
        assertFacts("Chile pulled out of the Andean Trade Pact.", contain: ["Chile opposes Andean Trade Pact"])
        assertFacts("Peru came under fire from Chile over the border closure.", contain: ["Chile criticizes Peru"])
    }

    func testNamedMembersOfACollective() {
        assertFacts("Canada condemned countries such as Iran.", contain: ["Canada criticizes Iran"])
    }

    func testNoActorNoFact() {
        XCTAssertTrue(facts("The committee condemned the decision of the board.").isEmpty)
    }
}
