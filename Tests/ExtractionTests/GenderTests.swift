@testable import Extraction
import XCTest

/// "he" and "she" refer to a person of their gender when a given name or an honorific
/// tells it, and to anyone when nothing does.
final class GenderTests: XCTestCase {
    private func facts(_ text: String) -> Set<String> { ExtractionProbe.triples(text) }

    func testGivenNamesTellAGender() {
        let names = GivenNames(tsv: "# a comment\nfemale\tana marta\nmale\tmarco\n")
        XCTAssertEqual(names.gender(ofName: "Ana Ruiz"), .female)
        XCTAssertEqual(names.gender(ofName: "Marco Vidal"), .male)
        XCTAssertNil(names.gender(ofName: "Robin Lind"))
        XCTAssertEqual(GivenNames.english.gender(ofName: "Ángela Ruiz"), .female, "accents are folded")
    }

    func testHeSkipsAWomanNamedFirst() {
        let found = facts("Ana Ruiz met Marco Vidal in Lima on Monday. He condemned Bolivia.")
        XCTAssertTrue(found.contains("Marco Vidal criticizes Bolivia"), "\(found)")
        XCTAssertFalse(found.contains("Ana Ruiz criticizes Bolivia"), "\(found)")
    }

    func testSheSkipsAManNamedFirst() {
        let found = facts("Marco Vidal met Ana Ruiz in Lima on Monday. She condemned Bolivia.")
        XCTAssertTrue(found.contains("Ana Ruiz criticizes Bolivia"), "\(found)")
        XCTAssertFalse(found.contains("Marco Vidal criticizes Bolivia"), "\(found)")
    }

    func testAnHonorificTellsAGender() {
        let found = facts("Ms Lind met Marco Vidal in Lima on Monday. She condemned Bolivia.")
        XCTAssertTrue(found.contains("Lind criticizes Bolivia"), "\(found)")
        XCTAssertFalse(found.contains("Marco Vidal criticizes Bolivia"), "\(found)")
    }

    func testAnUntoldGenderStaysFree() {
        let found = facts("Robin Lind met Ana Ruiz in Lima on Monday. He condemned Bolivia.")
        XCTAssertTrue(found.contains("Robin Lind criticizes Bolivia"), "\(found)")
    }
}
