@testable import Extraction
import XCTest

/// The byte search that finds furniture phrases in a line.
final class FurnitureSearchTests: XCTestCase {
    private func has(_ line: String, _ phrase: String) -> Bool { Furniture.contains(Array(line.utf8), Array(phrase.utf8)) }

    func testFindsAPhraseAnywhereInTheLine() {
        XCTAssertTrue(has("please sign up for our letter", "sign up"))
        XCTAssertTrue(has("sign up", "sign up"))
        XCTAssertTrue(has("we rely on readers", "we rely on"))
        XCTAssertTrue(has("ends with min read", "min read"))
    }

    func testMissesWhatIsNotThere() {
        XCTAssertFalse(has("sign", "sign up"))
        XCTAssertFalse(has("signs upward", "sign up"))
        XCTAssertFalse(has("", "cookie"))
    }

    func testAFurnitureLineIsStillFoundAndProseIsKept() {
        let line = Array("Sign up for our newsletter".unicodeScalars)
        XCTAssertTrue(Furniture.isFurniture(line, 0, line.count))
        let prose = Array("Chile and Peru signed the accord on Monday in Lima.".unicodeScalars)
        XCTAssertFalse(Furniture.isFurniture(prose, 0, prose.count))
    }
}
