import Foundation
import XCTest

/// `kg parse`: raw text for people, CoNLL-U for evaluators.
final class ParseCommandTests: XCTestCase {
    private let treebank = """
    # newdoc id = mine
    # sent_id = a1
    # text = Chile won't sign it.
    1\tChile\tChile\tPROPN\tNNP\t_\t4\tnsubj\t4:nsubj\t_
    2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\two\twill\tAUX\tMD\t_\t4\taux\t4:aux\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
    4\tsign\tsign\tVERB\tVB\t_\t0\troot\t0:root\t_
    5\tit\tit\tPRON\tPRP\t_\t4\tobj\t4:obj\tSpaceAfter=No
    6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

    # sent_id = a2
    # text = Peru met Bolivia
    1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj\t_
    2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t0:root\t_
    2.1\tagain\tagain\tADV\tRB\t_\t_\t_\t2:advmod\t_
    3\tBolivia\tBolivia\tPROPN\tNNP\t_\t2\tobj\t2:obj\t_

    """

    func testConlluKeepsEveryTokenAndComment() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let file = try KGRunner.write(treebank, to: "mine.conllu", in: folder)
        let outcome = try KGRunner.run(["parse", "--conllu", file.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let input = treebank.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Comments and multiword tokens verbatim; empty nodes dropped; word lines keep ID, FORM and MISC.
        for line in input where line.hasPrefix("#") || line.hasPrefix("2-3") { XCTAssertTrue(lines.contains(line), line) }
        XCTAssertFalse(lines.contains { $0.hasPrefix("2.1\t") })
        let words = lines.filter { $0.first?.isNumber == true && !$0.hasPrefix("2-3") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let expected = input.filter { $0.first?.isNumber == true && !$0.contains("-") && !$0.hasPrefix("2.1") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        XCTAssertEqual(words.count, expected.count)
        for (got, want) in zip(words, expected) {
            XCTAssertEqual(got.count, 10)
            XCTAssertEqual(got[0], want[0]); XCTAssertEqual(got[1], want[1]); XCTAssertEqual(got[9], want[9])
            XCTAssertNotNil(Int(got[6]))
        }
        XCTAssertEqual(lines.filter(\.isEmpty).count, 3) // two sentences, each closed by a blank line, and the final newline
    }

    func testRawTextAsTableAndAsConllu() throws {
        let text = try KGRunner.run(["parse", "-"], input: "Chile backed Peru. Bolivia objected.\n")
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("# 1: Chile backed Peru."), text.stdout)
        XCTAssertTrue(text.stdout.contains("# 2: Bolivia objected."), text.stdout)
        XCTAssertTrue(text.stdout.contains("back"), text.stdout)
        let conllu = try KGRunner.run(["parse", "-", "--format", "conllu"], input: "Chile backed Peru.\n")
        XCTAssertEqual(conllu.status, 0, conllu.stderr)
        let words = conllu.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(words.map { $0.split(separator: "\t")[1] }, ["Chile", "backed", "Peru", "."])
        XCTAssertEqual(words.filter { $0.split(separator: "\t")[6] == "0" }.count, 1)
    }

    func testBadInputIsNamed() throws {
        let folder = try KGRunner.temporaryFolder(self)
        let missing = try KGRunner.run(["parse", "--conllu", folder.appendingPathComponent("nope.conllu").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("nope.conllu: no such file"), missing.stderr)
        let broken = try KGRunner.write("1\tA\ta\n", to: "broken.conllu", in: folder)
        let bad = try KGRunner.run(["parse", "--conllu", broken.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("broken.conllu:1: expected 10 tab-separated columns"), bad.stderr)
        let empty = try KGRunner.write("", to: "empty.txt", in: folder)
        let none = try KGRunner.run(["parse", empty.path])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("empty.txt: empty"), none.stderr)
        let blank = try KGRunner.write("# only a comment\n\n", to: "blank.conllu", in: folder)
        let noSentences = try KGRunner.run(["parse", "--conllu", blank.path])
        XCTAssertEqual(noSentences.status, 1)
        XCTAssertTrue(noSentences.stderr.contains("blank.conllu: no sentences"), noSentences.stderr)
        let neither = try KGRunner.run(["parse"])
        XCTAssertEqual(neither.status, 64, neither.stderr)
    }
}
