@testable import Language
import XCTest

/// The English model kg ships, on sentences written for these tests: the heads the
/// relation rules rely on.
final class BundledModelTests: XCTestCase {
    private func parse(_ text: String) throws -> ParsedSentence {
        let sentences = try LanguageModel.english.analyze(text: text)
        XCTAssertEqual(sentences.count, 1, text)
        return sentences[0]
    }

    func testTheBundledModelReadFromItsMappedFileIsTheFileReadWhole() throws {
        let url = try XCTUnwrap(LanguageModel.bundledEnglishURL)
        let file = try Data(contentsOf: url)
        let mapped = try LanguageModel(contentsOf: url)
        XCTAssertEqual(mapped.serialized(), file)
        let whole = try LanguageModel(data: file)
        let words = ["Ana", "Ruiz", ",", "Chile", "'s", "foreign", "minister", ",", "said", "the", "talks", "had", "failed", "."]
        XCTAssertEqual(mapped.analyze(words: words), whole.analyze(words: words))
    }

    /// The index of a word (the first with that form).
    private func at(_ s: ParsedSentence, _ word: String) -> Int {
        s.words.firstIndex(of: word) ?? -99
    }

    private func assertArc(_ s: ParsedSentence, _ dependent: String, _ relation: String, _ head: String,
                           file: StaticString = #filePath, line: UInt = #line) {
        let d = at(s, dependent)
        XCTAssertGreaterThanOrEqual(d, 0, "no word \(dependent)", file: file, line: line)
        guard d >= 0 else { return }
        let h = s.heads[d]
        let headWord = h < 0 ? "ROOT" : s.words[h]
        XCTAssertEqual("\(dependent) \(s.relations[d]) \(headWord)", "\(dependent) \(relation) \(head)", "\(s.words)", file: file, line: line)
    }

    func testApposition() throws {
        let s = try parse("Ana Ruiz, Chile's foreign minister, said the talks had failed.")
        // A name is flat under its first word, so the apposition hangs from "Ana".
        assertArc(s, "Ruiz", "flat", "Ana")
        assertArc(s, "minister", "appos", "Ana")
        assertArc(s, "Chile", "nmod:poss", "minister")
        assertArc(s, "Ana", "nsubj", "said")
    }

    func testAPluralsApostropheIsItsPossessive() throws {
        let s = try parse("Peru condemned the Philippines' seizure of the vessel.")
        assertArc(s, "Philippines", "nmod:poss", "seizure")
        assertArc(s, "'", "case", "Philippines")
        assertArc(s, "seizure", "obj", "condemned")
        // A quote closed against a plural is not read as a possessive.
        let quoted = try LanguageModel.english.analyze(text: "He called the plan 'a gift to the bosses' and left.")
        let apostrophes = quoted[0].words.indices.filter { quoted[0].words[$0] == "'" }
        XCTAssertEqual(apostrophes.map { quoted[0].relations[$0] }, ["punct", "punct"], "\(quoted[0].words)")
    }

    func testRelativeClause() throws {
        let s = try parse("The soldiers who guarded the border were arrested.")
        assertArc(s, "guarded", "acl:relcl", "soldiers")
        assertArc(s, "who", "nsubj", "guarded")
        assertArc(s, "border", "obj", "guarded")
        assertArc(s, "soldiers", "nsubj:pass", "arrested")
    }

    func testPassiveWithAgent() throws {
        let s = try parse("The proposal was rejected by Peru on Monday.")
        assertArc(s, "proposal", "nsubj:pass", "rejected")
        assertArc(s, "was", "aux:pass", "rejected")
        assertArc(s, "Peru", "obl:agent", "rejected")
    }

    func testCoordinationOfSubjects() throws {
        let s = try parse("France and Germany brokered the agreement.")
        assertArc(s, "France", "nsubj", "brokered")
        assertArc(s, "Germany", "conj", "France")
        assertArc(s, "agreement", "obj", "brokered")
    }

    func testReportedSpeech() throws {
        let s = try parse("Ruiz said Peru would sign the treaty next year.")
        assertArc(s, "sign", "ccomp", "said")
        assertArc(s, "Peru", "nsubj", "sign")
        assertArc(s, "would", "aux", "sign")
        assertArc(s, "treaty", "obj", "sign")
    }

    func testLemmasAndTags() throws {
        let s = try parse("The ministers were meeting the envoys and they criticized the studies.")
        let t = try parse("Peru expelled the envoy who fled.")
        XCTAssertEqual(t.lemmas[at(t, "expelled")], "expel")
        XCTAssertEqual(t.lemmas[at(t, "fled")], "flee")
        XCTAssertEqual(s.lemmas[at(s, "ministers")], "minister")
        XCTAssertEqual(s.lemmas[at(s, "were")], "be")
        XCTAssertEqual(s.lemmas[at(s, "meeting")], "meet")
        XCTAssertEqual(s.lemmas[at(s, "criticized")], "criticize")
        XCTAssertEqual(s.lemmas[at(s, "studies")], "study")
        XCTAssertEqual(s.tags[at(s, "criticized")], "VERB")
        XCTAssertEqual(s.tags[at(s, "The")], "DET")
    }

    func testEveryTreeIsATreeWithOneRoot() throws {
        let model = try LanguageModel.english
        let text = "Peru, which had, in the end, no choice; signed. Then: nothing! Chile? Yes, Chile - and Bolivia."
        for s in model.analyze(text: text) {
            XCTAssertEqual(s.heads.filter { $0 == -1 }.count, 1, "\(s.words)")
            for i in s.heads.indices {
                var seen = Set<Int>(), k = i
                while k >= 0 { XCTAssertTrue(seen.insert(k).inserted, "cycle in \(s.words)"); k = s.heads[k] }
            }
        }
    }

    func testEmptyAndHugeInput() throws {
        let model = try LanguageModel.english
        XCTAssertEqual(model.analyze(text: ""), [])
        XCTAssertEqual(model.analyze(text: "   \n\n "), [])
        XCTAssertEqual(model.analyze(words: []).count, 0)
        let words = (0..<10_000).map { ["Peru", "said", "that", "the", "plan", "would", "work", ","][$0 % 8] }
        let s = model.analyze(words: words)
        XCTAssertEqual(s.count, 10_000)
        XCTAssertEqual(s.heads.filter { $0 == -1 }.count, 1)
        let invalid = String(decoding: [0x50, 0x65, 0xff, 0x72, 0x75, 0x20, 0x73, 0x69, 0x67, 0x6e, 0x65, 0x64, 0x2e], as: UTF8.self)
        XCTAssertEqual(model.analyze(text: invalid).count, 1)
    }
}
