@testable import Language
import XCTest

final class CoNLLUTests: XCTestCase {
    func testCommentsAndMultiwordTokensAreKeptAndPredictedColumnsReplaced() throws {
        var document = try CoNLLUDocument(text: TinyTreebank.text, name: "tiny.conllu")
        XCTAssertEqual(document.sentences.count, 6)
        let parse = ParsedSentence(words: ["Ecuador", "wo", "n't", "sign", "it", "."],
                                   lemmas: ["a", "b", "c", "d", "e", "f"], tags: ["X", "X", "X", "X", "X", "X"],
                                   heads: [-1, 0, 0, 0, 0, 0], relations: ["root", "dep", "dep", "dep", "dep", "dep"])
        document.sentences[5].apply(parse)
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines.contains("# text = Ecuador won't sign it."))
        XCTAssertTrue(lines.contains("1-2\twon't\t_\t_\t_\t_\t_\t_\t_\t_"))
        XCTAssertTrue(lines.contains("2\two\tb\tX\t_\t_\t1\tdep\t_\t_"))
        XCTAssertTrue(lines.contains("1\tEcuador\ta\tX\t_\t_\t0\troot\t_\t_"))
        // The other sentences are written back exactly.
        XCTAssertTrue(document.text.hasPrefix(TinyTreebank.text.components(separatedBy: "# sent_id = t6")[0]))
    }

    func testEmptyNodesAreDroppedAndBadLinesNamed() throws {
        let text = "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n1.1\tB\tb\tX\t_\t_\t_\t_\t1:dep\t_\n2\tC\tc\tX\t_\t_\t1\tdep\t_\t_\n"
        let document = try CoNLLUDocument(text: text, name: "x.conllu")
        XCTAssertEqual(document.sentences[0].words, ["A", "C"])
        XCTAssertThrowsError(try CoNLLUDocument(text: "1\tA\ta\n", name: "bad.conllu")) { error in
            XCTAssertEqual(error.localizedDescription, "bad.conllu:1: expected 10 tab-separated columns, found 3")
        }
        XCTAssertThrowsError(try CoNLLUDocument(text: "2\tA\ta\tX\t_\t_\t0\troot\t_\t_\n", name: "gap.conllu"))
        XCTAssertThrowsError(try CoNLLUDocument(text: "1\tA\ta\tX\t_\t_\t5\troot\t_\t_\n", name: "far.conllu"))
        XCTAssertEqual(try CoNLLUDocument(text: "# only a comment\n\n", name: "c.conllu").sentences.count, 0)
    }
}
