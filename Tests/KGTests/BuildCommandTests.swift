import Foundation
import XCTest

final class BuildCommandTests: XCTestCase {
    func testMissingPathExitsNonZeroNamingIt() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let outcome = try KGRunner.run(["build", "no-such-folder", "--out", folder.path], in: folder)
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("no-such-folder: no such file or folder"), outcome.stderr)
    }
}
