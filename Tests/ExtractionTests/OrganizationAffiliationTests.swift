@testable import Extraction
import XCTest

/// People who speak or work for an organization: news outlets, agencies, NGOs and
/// organizations the lexicon does not know, named by their head noun.
final class OrganizationAffiliationTests: XCTestCase {
    private func has(_ text: String, _ fact: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = ExtractionProbe.triples(text)
        XCTAssertTrue(found.contains(fact), "expected \(fact) in \(found.sorted())", file: file, line: line)
    }

    private func lacks(_ text: String, _ fact: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = ExtractionProbe.triples(text)
        XCTAssertFalse(found.contains(fact), "did not expect \(fact) in \(found.sorted())", file: file, line: line)
    }

    func testAnOutletsReporterSpeaksForIt() {
        has("The BBC's Tomas Lind said the talks in Lima had stalled.", "Tomas Lind memberOf BBC")
        has("Asked by Ana Ruiz of Reuters, the minister said nothing.", "Ana Ruiz memberOf Reuters")
    }

    func testAPersonOfAStateIsNoMemberByThatPhraseAlone() {
        lacks("Ana Ruiz of Chile won the race in Lima.", "Ana Ruiz memberOf Chile")
        // "of the BBC World" would be a longer name, not the BBC.
        lacks("Ana Ruiz of the UNICEF Andean Office said the camps were full.", "Ana Ruiz memberOf UNICEF")
    }

    func testAnOrganizationNamedByItsHeadNounHasOfficers() {
        has("Andean Water Research Institute director general Ana Ruiz said the rivers were low.",
            "Ana Ruiz leaderOf Andean Water Research Institute")
    }

    func testAPlacesNameThatGoesOnIntoAnInstitutesNameIsTheInstitute() {
        let text = "Amazon Forest Research Institute president Ana Ruiz criticized Brazil."
        has(text, "Ana Ruiz leaderOf Amazon Forest Research Institute")
        lacks(text, "Ana Ruiz memberOf Amazon")
    }

    func testDirectorsAndChairpersonsLeadTheirBody() {
        has("Andean Rivers Institute director Ana Ruiz warned of floods.", "Ana Ruiz leaderOf Andean Rivers Institute")
        has("Tomas Lind, the director of UNICEF, visited the camps.", "Tomas Lind leaderOf UNICEF")
    }

    func testARegionalDirectorIsAMemberNotTheHead() {
        let text = "Gaza director of Amnesty International Ana Ruiz criticized Peru."
        has(text, "Ana Ruiz memberOf Amnesty International")
        lacks(text, "Ana Ruiz leaderOf Amnesty International")
        // A modifier before the title is no place: she led the state.
        has("Former President of Peru Ana Ruiz criticized Chile.", "Ana Ruiz leaderOf Peru")
    }

    func testABodysTitleAndAStatesTitleBothHold() {
        let text = "AU chairperson President Ana Ruiz of Peru opened the summit, criticizing Chile."
        has(text, "Ana Ruiz leaderOf African Union")
        has(text, "Ana Ruiz leaderOf Peru")
    }
}

/// States and groups that belong to an organization: copulas, appositions, joining, including.
final class MembershipTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> { ExtractionProbe.triples(text) }

    func testACopulaOrAppositionWithMemberStatesMembership() {
        XCTAssertTrue(facts("Chile and Peru are members of the African Union.").isSuperset(of: ["Chile memberOf African Union", "Peru memberOf African Union"]))
        XCTAssertTrue(facts("Chile, a member of NATO, criticized Russia.").contains("Chile memberOf NATO"))
        XCTAssertTrue(facts("Bolivia is not a member of the G7.").contains("Bolivia NOT memberOf G7"))
    }

    func testJoiningAnOrganizationIsMembership() {
        XCTAssertTrue(facts("Peru joined NATO in 2010.").contains("Peru memberOf NATO"))
        // Joining others in doing something is not.
        XCTAssertFalse(facts("The Andean Hospital reopened on Sunday, joining the Lima Central Hospital.")
            .contains("Andean Hospital memberOf Lima Central Hospital"))
    }

    func testAnOrganizationIncludesItsMembers() {
        XCTAssertTrue(facts("NATO includes Chile and Peru.").isSuperset(of: ["Chile memberOf NATO", "Peru memberOf NATO"]))
        // A loose bloc of states is no organization with members.
        XCTAssertFalse(facts("European leaders at the summit included the prime minister of Portugal.").contains { $0.contains("memberOf Europeans") })
    }

    func testAMemberOfAStateIsNoMembership() {
        XCTAssertFalse(facts("Chile is a member of Peru.").contains("Chile memberOf Peru"))
    }
}

/// A state's agencies stand for the state; their heads serve it.
final class StateAgencyTests: XCTestCase {
    func testAnAgencyIsItsState() {
        XCTAssertTrue(ExtractionProbe.triples("Ana Ruiz urged the CIA to release the files.").contains("Ana Ruiz requests United States"))
    }

    func testAnAgencysHeadServesTheStateWithoutLeadingIt() {
        let facts = ExtractionProbe.triples("FBI director Ana Ruiz said the vote was safe.")
        XCTAssertTrue(facts.contains("Ana Ruiz memberOf United States"), "\(facts)")
        XCTAssertFalse(facts.contains("Ana Ruiz leaderOf United States"), "\(facts)")
        // The seat of government is the government: its chief leads.
        XCTAssertTrue(ExtractionProbe.triples("Kremlin chief Vladimir Putin met Ana Ruiz.").contains("Vladimir Putin leaderOf Russia"))
    }
}
