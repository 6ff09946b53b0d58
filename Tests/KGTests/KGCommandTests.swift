import Foundation
import Graph
import XCTest

/// The root command: what `kg` itself answers.
final class KGCommandTests: XCTestCase {
    func testVersionPrintsTheLibrarysVersion() throws {
        let outcome = try KGRunner.run(["--version"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "kg \(KGVersion.current)\n")
        XCTAssertNotNil(KGVersion.current.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression), KGVersion.current)
        let help = try KGRunner.run(["--help"])
        XCTAssertTrue(help.stdout.contains("--version"), help.stdout)
    }
}
