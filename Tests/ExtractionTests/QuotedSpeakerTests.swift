@testable import Extraction
import XCTest

/// "I", "me", "my" in quoted speech are the speaker.
final class QuotedSpeakerTests: XCTestCase {
    func testIInAQuoteIsTheSpeaker() {
        XCTAssertTrue(ExtractionProbe.triples("\"I condemn Peru,\" Ana Ruiz said.").contains("Ana Ruiz criticizes Peru"))
        XCTAssertTrue(ExtractionProbe.triples("Ana Ruiz said: \"I strongly reject Peru's proposal.\"").contains("Ana Ruiz opposes Peru"))
    }

    func testTheLastSpeakerSpeaksOnInTheNextQuotedSentence() {
        let found = ExtractionProbe.triples("Ana Ruiz said the talks were over. \"I condemn Peru for this.\"")
        XCTAssertTrue(found.contains("Ana Ruiz criticizes Peru"), "\(found)")
    }

    func testIWithoutASpeakerOrAsANumeralIsNoOne() {
        XCTAssertEqual(ExtractionProbe.triples("I condemn Peru."), [])
        XCTAssertFalse(ExtractionProbe.triples("Ana Ruiz said World War I pitted Peru against Chile.").contains { $0.hasPrefix("Ana Ruiz attacks") })
    }
}
