@testable import Extraction
import XCTest

/// Rules added while measuring on news the extractor had never seen (a held-out dev set):
/// cue gaps, titles that name their state in other ways, clause handling, and the
/// cases where a guess is better left unmade. All sentences are written for these tests.
final class ExtractionGeneralisationTests: XCTestCase {
    private func has(_ text: String, _ fact: String, file: StaticString = #filePath, line: UInt = #line) {
        let facts = ExtractionProbe.triples(text)
        XCTAssertTrue(facts.contains(fact), "\(text) → \(facts)", file: file, line: line)
    }

    private func lacks(_ text: String, _ fact: String, file: StaticString = #filePath, line: UInt = #line) {
        let facts = ExtractionProbe.triples(text)
        XCTAssertFalse(facts.contains(fact), "\(text) → \(facts)", file: file, line: line)
    }

    func testBansRestrictionsAndDesignationsAreSanctions() {
        has("Norway on Tuesday banned the Chilean carrier Andes Air from its airspace.", "Norway sanctions Andes Air")
        has("Peru imposed new restrictions on flights to Bolivia.", "Peru sanctions Bolivia")
        has("Chile designated the Andean Front as a terrorist group.", "Chile sanctions Andean Front")
    }

    func testRequestVerbsWithTheirPrepositions() {
        has("Ecuador demanded an apology from Peru.", "Ecuador requests Peru")
        has("Chile counts on Bolivia to reopen the border.", "Chile requests Bolivia")
        has("Chile urged partners such as Peru to act.", "Chile requests Peru")
    }

    func testSpeakingOutAgainstIsCriticism() {
        has("Uruguay spoke out against Paraguay on Friday.", "Uruguay criticizes Paraguay")
    }

    func testAnAgreementWithIsCooperationButDealingWithIsNot() {
        has("Bolivia reached an agreement with Peru on fishing rights.", "Bolivia cooperatesWith Peru")
        lacks("Chile wants to deal with Peru quickly.", "Chile cooperatesWith Peru")
        has("Chile withdrew from its agreement with Peru.", "Chile NOT cooperatesWith Peru")
    }

    func testAnIncursionIntoAStateIsAnAttack() {
        has("Ecuador launched an incursion into Peru.", "Ecuador attacks Peru")
    }

    func testTitlesThatNameTheirPost() {
        has("President of Peru Ana Ruiz met reporters.", "Ana Ruiz leaderOf Peru")
        has("Chilean Ambassador to Peru Tomas Lind spoke first.", "Tomas Lind memberOf Chile")
        lacks("Chilean Ambassador to Peru Tomas Lind spoke first.", "Tomas Lind memberOf Peru")
    }

    func testSomeoneWhoServesALeaderServesTheirState() {
        has("Peruvian President Ana Ruiz's spokesman, Tomas Lind, denied the report.", "Tomas Lind memberOf Peru")
    }

    func testAffiliationStatedWithACopula() {
        has("Tomas Lind is a spokesman for NATO.", "Tomas Lind memberOf NATO")
        lacks("Tomas Lind is a former spokesman for NATO.", "Tomas Lind memberOf NATO")
    }

    func testAnOppositionLeaderLeadsTheOpposition() {
        let facts = ExtractionProbe.triples("The Venezuelan opposition leader Marta Gil criticized Cuba.")
        XCTAssertTrue(facts.contains("Marta Gil leaderOf Venezuelan opposition"), "\(facts)")
        XCTAssertTrue(facts.contains("Marta Gil criticizes Cuba"), "\(facts)")
    }

    func testRelationNounAfterACopula() {
        has("Marta Gil is a fierce critic of Chilean President Ana Ruiz.", "Marta Gil criticizes Ana Ruiz")
    }

    func testRelativeClauseWithoutACommaTakesTheNounBeforeIt() {
        let facts = ExtractionProbe.triples("Marta Gil said a landslide which killed Peruvian envoy Tomas Lind blocked the road.")
        XCTAssertFalse(facts.contains { $0.contains("attacks") }, "\(facts)")
        has("A Chilean airstrike that killed Peruvian general Tomas Lind angered Lima.", "Chile attacks Tomas Lind")
    }

    func testSpeakingOfATopicIsNoMeeting() {
        lacks("Chile and Peru spoke of a new era.", "Chile meetsWith Peru")
        has("Chile and Peru spoke on Monday.", "Chile meetsWith Peru")
    }

    func testVerbalAttacksAndElectionsAreNoForce() {
        has("Senator Ana Ruiz attacked Tomas Lind for his vote.", "Ana Ruiz criticizes Tomas Lind")
        lacks("Senator Ana Ruiz attacked Tomas Lind for his vote.", "Ana Ruiz attacks Tomas Lind")
        lacks("Ana Ruiz defeated Tomas Lind in the election.", "Ana Ruiz attacks Tomas Lind")
    }

    func testNamesHoldNoDigitsAndTitleWordsCanBeSurnames() {
        let facts = ExtractionProbe.triples("A Lada X7 struck Peruvian official Tomas Lind.")
        XCTAssertFalse(facts.contains { $0.contains("attacks") }, "\(facts)")
        has("Former minister Ana Major criticized Tomas Lind.", "Ana Major criticizes Tomas Lind")
    }

    func testAKnownSurnameBeatsTheBloc() {
        let text = "The singer Ana West endorsed Tomas Lind. West also defended Lind on Monday."
        has(text, "Ana West supports Tomas Lind")
        XCTAssertFalse(ExtractionProbe.triples(text).contains { $0.hasPrefix("the West") })
    }

    func testLeaderDescriptionsAreGuessedOnlyWithEvidence() {
        // Nothing ties Lind to Peru: no guess.
        lacks("Tomas Lind visited the market on Monday. The Peruvian president later spoke to reporters.", "Tomas Lind leaderOf Peru")
        // Lind was named with Peru before.
        has("Tomas Lind has ruled Peru since 2010. Critics say the Peruvian president ignores the courts.", "Tomas Lind leaderOf Peru")
        // A president of an unnamed body is no head of state.
        lacks("Senate President Ana Ruiz spoke. The Chilean president later met reporters.", "Ana Ruiz leaderOf Chile")
    }

    func testGuardsAndMilitiasAreInTheLexicon() {
        has("The Revolutionary Guards threatened Israel.", "Islamic Revolutionary Guard Corps threatens Israel")
    }

    func testANounMayMeetItsPrepositionAfterATimePhrase() {
        let facts = ExtractionProbe.triples("Peru has expanded cooperation over the past decade with Chile and Bolivia.")
        XCTAssertTrue(facts.contains("Chile cooperatesWith Peru"), "\(facts)")
        XCTAssertTrue(facts.contains("Bolivia cooperatesWith Peru"), "\(facts)")
    }

    func testNamingGroupsAsTerroristsWithTheirAcronyms() {
        let text = "Chile named both the Andean Front (AF) and the Coastal Brigade (CB) as terrorists."
        has(text, "Chile criticizes Andean Front")
        has(text, "Chile criticizes Coastal Brigade")
    }

    func testSanctionsAfterASecondVerbOfTheClause() {
        has("Peru labeled Tomas Lind a criminal and levied sanctions against him.", "Peru sanctions Tomas Lind")
        has("Peru issued an arrest warrant for Tomas Lind.", "Peru sanctions Tomas Lind")
    }

    func testBackingOneSideAgainstAnother() {
        let text = "Chile backed the government of Peru against the Andean Front."
        has(text, "Chile supports Peru")
        has(text, "Chile attacks Andean Front")
    }

    func testAllegingAStatesRoleIsAnAccusation() {
        has("Bolivia alleged Peruvian involvement in the plot.", "Bolivia criticizes Peru")
        let facts = ExtractionProbe.triples("Aides of Tomas Lind alleged Marta Gil was poisoned.")
        XCTAssertFalse(facts.contains { $0.contains("criticizes") }, "\(facts)")
    }

    func testGroupsHaveSpokesmenAndSpeakAsWe() {
        let text = "Houthi spokesman Tomas Lind said: \"We warn Chile that our fighters will respond.\""
        has(text, "Tomas Lind memberOf Houthis")
        has(text, "Houthis threatens Chile")
    }

    func testHeadOfAStatesForceLeadsTheForce() {
        has("Tomas Lind was head of Iran's Quds Force.", "Tomas Lind leaderOf Quds Force")
        lacks("Tomas Lind was head of Iran's Quds Force.", "Tomas Lind leaderOf Iran")
        lacks("Tomas Lind is a member of the Chile Senate Committee.", "Tomas Lind memberOf Chile")
    }

    func testAppointmentsAndLettersAreNoSanctionsOrAid() {
        lacks("Peru designated Tomas Lind as its new envoy.", "Peru sanctions Tomas Lind")
        lacks("Peru sent a draft to Chile.", "Peru aids Chile")
    }

    func testAgreeingToTalksIsAPlannedMeetingAndCompoundPluralsAreNouns() {
        let facts = ExtractionProbe.facts("Chile and Peru agreed to new talks after border clashes.")
        XCTAssertTrue(facts.contains("Chile meetsWith Peru [planned]"), "\(facts)")
        XCTAssertFalse(facts.contains { $0.contains("criticizes") || $0.contains("cooperatesWith") }, "\(facts)")
    }

    func testTheyAfterASpeechVerbAcrossATimePhrase() {
        has("Chile and Peru said on Sunday they would share intelligence.", "Chile cooperatesWith Peru")
    }

    func testARelationNounInApposition() {
        let text = "Chile and Peru, Bolivia's closest allies, condemned Ecuador."
        has(text, "Chile criticizes Ecuador")
        has(text, "Peru criticizes Ecuador")
    }

    func testAPluralAfterANameInAPrepositionalPhraseIsANoun() {
        let facts = ExtractionProbe.triples("Iran has kept its support for Syrian President Bashar al-Assad, whom it has shielded from EU sanctions for years.")
        XCTAssertFalse(facts.contains("Iran sanctions Bashar al-Assad"), "\(facts)")
        has("Officials said Canada sanctions Belarus over the crackdown.", "Canada sanctions Belarus")
    }

    func testWhomGivesTheObjectOfAnyVerb() {
        has("The Andean Front, whom Chile accuses of abuses, denied it.", "Chile criticizes Andean Front")
    }

    func testWarningThatNamesNoAddressee() {
        lacks("Chile warned that Peru would respond.", "Chile criticizes Peru")
    }

    func testHostingTroopsIsCooperation() {
        has("Chad has hosted Chilean troops since 2019.", "Chad cooperatesWith Chile")
        lacks("Chad has hosted Chilean troops since 2019.", "Chad meetsWith Chile")
    }

    func testTitlesThatBelongToOneState() {
        has("Secretary of State Ana Ruiz met Tomas Lind.", "Ana Ruiz memberOf United States")
        has("Foreign Secretary Ana Ruiz met Tomas Lind.", "Ana Ruiz memberOf United Kingdom")
    }

    func testPressureAndCouncilsNameTheirActors() {
        has("Cuba criticised the American pressure.", "Cuba criticizes United States")
        has("Ana Ruiz, the president of the European Council, met Tomas Lind.", "Ana Ruiz leaderOf European Council")
    }

    func testPluralReferencesStandForTheLastList() {
        let text = "Chile and Peru met in Lima. They agreed to share intelligence with Bolivia."
        has(text, "Bolivia cooperatesWith Chile")
        has(text, "Bolivia cooperatesWith Peru")
        let leaders = "Ana Ruiz and Tomas Lind met on Monday. The two leaders condemned Bolivia."
        has(leaders, "Ana Ruiz criticizes Bolivia")
        has(leaders, "Tomas Lind criticizes Bolivia")
        let sides = "Ecuador and Peru clashed again. China urged both sides to show restraint."
        has(sides, "China requests Ecuador")
        has(sides, "China requests Peru")
        // Too far back: no guess.
        lacks("Chile and Peru met in Lima. Markets rose. Later they condemned Bolivia.", "Chile criticizes Bolivia")
        // A sentence that opens with "They" looks back past a sentence about one of them, not further.
        let opening = "Chile and Peru met in Lima. Chilean President Ana Ruiz spoke first. They condemned Bolivia."
        has(opening, "Chile criticizes Bolivia")
        has(opening, "Peru criticizes Bolivia")
        lacks("Chile and Peru met in Lima. Markets rose. Prices fell. Trade slowed. They condemned Bolivia.", "Chile criticizes Bolivia")
    }

    func testWorkingForAndProvidedAreNoCooperationOrAid() {
        lacks("Ana Ruiz and Tomas Lind worked for the ministry.", "Ana Ruiz cooperatesWith Tomas Lind")
        has("Chile and Peru worked together on the border.", "Chile cooperatesWith Peru")
        let facts = ExtractionProbe.triples("Chile will trade with Peru provided they respect the deal.")
        XCTAssertFalse(facts.contains { $0.contains("aids") }, "\(facts)")
    }

    func testANameInAPhraseDoesNotOwnALaterNoun() {
        let facts = ExtractionProbe.triples("A senior source said the ban on Andes Air is not part of any plan to increase sanctions on Peru.")
        XCTAssertFalse(facts.contains { $0.hasPrefix("Andes Air") }, "\(facts)")
        // A partner named with "with" shares the fight.
        has("It would be a mistake not to cooperate with Bolivia in the fight against the Andean Front.", "Bolivia attacks Andean Front")
    }

    func testANewClauseAfterAndIsNoObject() {
        lacks("The statement said Chilean troops had defeated the Andean Front and Peru would be moving in.", "Chile attacks Peru")
        let facts = ExtractionProbe.triples("Chile and Peru have pledged funds and Bolivia is taxing goods.")
        XCTAssertFalse(facts.contains { $0.contains("aids Bolivia") }, "\(facts)")
    }

    func testTheObjectOfAVerbOwnsNoLaterNounPhrase() {
        let facts = ExtractionProbe.triples("Chilean troops stayed there to eliminate Andean Front cells in cooperation with Peruvian forces.")
        XCTAssertFalse(facts.contains("Andean Front cooperatesWith Peru"), "\(facts)")
    }

    func testWithholdingAidNegatesIt() {
        has("Peru criticized Chile's withholding of military aid to Bolivia.", "Chile NOT aids Bolivia")
    }

    func testLedByNamesTheLeader() {
        let text = "The Andean Front, led by Tomas Lind, attacked Chile."
        has(text, "Tomas Lind leaderOf Andean Front")
        has(text, "Andean Front attacks Chile")
    }

    func testTheEmbassyIsTheStateWhoseEmbassyWasNamed() {
        has("Peru summoned officials from the Chilean embassy in Lima. Ana Ruiz later urged the embassy to reconsider.", "Ana Ruiz requests Chile")
        let facts = ExtractionProbe.triples("Ana Ruiz later urged the embassy to reconsider.")
        XCTAssertTrue(facts.isEmpty, "\(facts)")
    }

    func testABanInAStateIsThatStatesSanction() {
        has("The Andean Front is banned in Chile.", "Chile sanctions Andean Front")
        has("Chile outlawed the Andean Front in 2019.", "Chile sanctions Andean Front")
        lacks("The Andean Front is popular in Chile.", "Chile sanctions Andean Front")
    }

    func testSpeakingToABodyIsAnAddressNotAMeeting() {
        let text = "Ana Ruiz, speaking to the Atlantic Council on Monday, criticized Chile."
        has(text, "Ana Ruiz criticizes Chile")
        XCTAssertFalse(ExtractionProbe.triples(text).contains { $0.contains("meetsWith") })
        has("Ana Ruiz spoke to Tomas Lind on Monday.", "Ana Ruiz meetsWith Tomas Lind")
    }

    func testWritingToSomeoneAskingIsARequestToThem() {
        has("Tomas Lind wrote to the Chilean embassy on Monday asking to meet its staff.", "Tomas Lind requests Chile")
        lacks("Tomas Lind wrote to Chile on Monday.", "Tomas Lind requests Chile")
    }

    func testDismissingAClaimFromAStateIsCriticism() {
        has("The Chilean government dismissed the claim from Lima as groundless.", "Chile criticizes Peru")
    }

    func testAPlaceInAPhraseIsNoSubjectOfTheGerundAfterIt() {
        has("Tomas Lind wrote to the Chilean embassy in Lima asking it to act.", "Tomas Lind requests Chile")
        lacks("Tomas Lind wrote to the Chilean embassy in Lima asking it to act.", "Peru requests Chile")
        has("With Chile and Peru accusing Bolivia of fraud, talks stalled.", "Peru criticizes Bolivia")
    }

    func testAStatesCraftAfterOneModifier() {
        has("Peru shot down a Chilean passenger jet.", "Peru attacks Chile")
        lacks("Peru praised a Chilean passenger jet.", "Peru attacks Chile")
    }
}
