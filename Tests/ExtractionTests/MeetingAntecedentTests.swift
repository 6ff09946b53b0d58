@testable import Extraction
import XCTest

/// A meeting named again without its parties ("joined the talks", "the conclusions of the
/// summit") means the participants of the last meeting the text reported.
final class MeetingAntecedentTests: XCTestCase {
    private let meeting = "Chilean President Ana Ruiz met Peruvian President Marco Vidal in Lima on Monday."

    func testJoiningTheTalksMeetsEveryParticipant() {
        let facts = ExtractionProbe.triples(meeting + " The Bolivian foreign minister, Luis Arce, joined the talks as an observer.")
        XCTAssertTrue(facts.isSuperset(of: ["Ana Ruiz meetsWith Luis Arce", "Luis Arce meetsWith Marco Vidal"]), "\(facts)")
    }

    func testTheSummitsConclusionsAreItsParticipants() {
        let facts = ExtractionProbe.triples(meeting + " Ecuador denounced the conclusions of the summit.")
        XCTAssertTrue(facts.isSuperset(of: ["Ecuador criticizes Ana Ruiz", "Ecuador criticizes Marco Vidal"]), "\(facts)")
    }

    func testTalksWithPartiesOfTheirOwnAreNotTheLastMeeting() {
        let facts = ExtractionProbe.triples(meeting + " Luis Arce joined the talks with Ecuador on Tuesday.")
        XCTAssertFalse(facts.contains("Ana Ruiz meetsWith Luis Arce"), "\(facts)")
    }

    func testAMeetingTooFarBackIsNotMeant() {
        let text = meeting + " Prices rose. Trade slowed. Markets fell. Luis Arce, a Bolivian minister, joined the talks."
        XCTAssertFalse(ExtractionProbe.triples(text).contains("Ana Ruiz meetsWith Luis Arce"))
    }

    func testAPlannedMeetingHasNoParticipantsYet() {
        let text = "Chilean President Ana Ruiz will meet Peruvian President Marco Vidal in Lima. Luis Arce, a Bolivian minister, joined the talks."
        XCTAssertFalse(ExtractionProbe.triples(text).contains("Ana Ruiz meetsWith Luis Arce"))
    }

    func testNoOneMeetsTheStateTheyServe() {
        let text = "Chile and Peru met in Lima on Monday. Chilean President Ana Ruiz attended the talks."
        let facts = ExtractionProbe.triples(text)
        XCTAssertTrue(facts.contains("Ana Ruiz meetsWith Peru"), "\(facts)")
        XCTAssertFalse(facts.contains("Ana Ruiz meetsWith Chile"), "\(facts)")
    }

    func testAttendingIsAMeetingOnlyWhenWhatIsAttendedIsOne() {
        let facts = ExtractionProbe.triples("Chilean President Ana Ruiz attended the Andean Drama Academy in Lima.")
        XCTAssertFalse(facts.contains { $0.contains("meetsWith") }, "\(facts)")
    }

    func testAnAppositionClosedByACommaKeepsItsSubject() {
        let facts = ExtractionProbe.triples("The Chilean foreign minister, Ana Ruiz, met Peruvian President Marco Vidal on Monday.")
        XCTAssertTrue(facts.contains("Ana Ruiz meetsWith Marco Vidal"), "\(facts)")
    }
}
