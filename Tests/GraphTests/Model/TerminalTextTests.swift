@testable import Graph
import XCTest

final class TerminalTextTests: XCTestCase {
    /// A file name that retitles the window and starts a forged second `kg:` line.
    static let hostile = "a\u{1B}]0;owned\u{07}\nkg: all is well\r\u{9B}2J\u{7F}\u{202E}txt.exe"

    func testEscapedWritesEveryControlCharacterOut() {
        XCTAssertEqual(TerminalText.escaped(Self.hostile),
                       "a\\x1B]0;owned\\x07\\nkg: all is well\\r\\x9B2J\\x7F\\u{202E}txt.exe")
        XCTAssertEqual(TerminalText.escaped("Caf\u{E9}\tS\u{E3}o Paulo \u{1F600}"), "Caf\u{E9}\\tS\u{E3}o Paulo \u{1F600}")
        XCTAssertEqual(TerminalText.escaped(TerminalText.escaped(Self.hostile)), TerminalText.escaped(Self.hostile))
    }

    func testErrorMessagesNamingAPathOrAServerAnswerHoldNoControlCharacters() {
        let errors: [LocalizedError] = [
            LoadProblem.empty(path: Self.hostile),
            LoadProblem.unreadable(path: Self.hostile, reason: "permission denied"),
            StoreError.notSQLite(path: Self.hostile),
            RenderError.cannotWrite(path: Self.hostile, reason: "read-only"),
            RenderError.unknownActor(Self.hostile, suggestions: [Self.hostile]),
            ExportError.rejected("http://127.0.0.1/store", status: 500, body: Self.hostile),
        ]
        for error in errors {
            let text = error.errorDescription ?? ""
            XCTAssertTrue(text.contains("a\\x1B]0;owned\\x07\\nkg: all is well"), text)
            let controls = text.unicodeScalars.filter { $0.properties.generalCategory == .control || $0 == "\u{202E}" }.map(\.value)
            XCTAssertEqual(controls, [], text)
        }
    }
}
