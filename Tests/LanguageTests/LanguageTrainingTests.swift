@testable import Language
import XCTest

/// Training on a small treebank: it learns the data, the same data gives the same
/// bytes, and the weights survive their file format.
final class LanguageTrainingTests: XCTestCase {
    private func trainTiny(seed: UInt64 = 7) throws -> LanguageModel {
        let document = try CoNLLUDocument(text: TinyTreebank.text, name: "tiny.conllu")
        var trainer = LanguageTrainer()
        trainer.taggerIterations = 10
        trainer.parserIterations = 15
        trainer.folds = 1
        trainer.minimumUpdates = 1
        trainer.seed = seed
        return try trainer.train(document.sentences.map(\.gold))
    }

    func testTrainingOnATinyTreebankLearnsItsTrees() throws {
        let model = try trainTiny()
        let document = try CoNLLUDocument(text: TinyTreebank.text, name: "tiny.conllu")
        for sentence in document.sentences {
            let gold = sentence.gold
            let parsed = model.analyze(words: gold.words)
            XCTAssertEqual(parsed.tags, gold.tags, "\(gold.words)")
            XCTAssertEqual(parsed.heads, gold.heads, "\(gold.words)")
            XCTAssertEqual(parsed.relations, gold.relations, "\(gold.words)")
        }
    }

    func testTrainingIsDeterministic() throws {
        let a = try trainTiny().serialized()
        let b = try trainTiny().serialized()
        XCTAssertEqual(a, b)
        let c = try trainTiny(seed: 8).serialized()
        XCTAssertEqual(c.count > 0, true)
    }

    func testWeightsRoundTripThroughTheirFile() throws {
        let model = try trainTiny()
        let data = model.serialized()
        let loaded = try LanguageModel(data: data)
        XCTAssertEqual(loaded.serialized(), data)
        let words = ["Peru", "signed", "the", "plan", "."]
        XCTAssertEqual(loaded.analyze(words: words), model.analyze(words: words))
    }

    func testAModelReadFromItsMappedFileIsTheModelWritten() throws {
        let model = try trainTiny()
        let data = model.serialized()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-model-\(UUID().uuidString).kgm")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let loaded = try LanguageModel(contentsOf: url)
        XCTAssertEqual(loaded.serialized(), data)
        let words = ["Peru", "signed", "the", "plan", "."]
        XCTAssertEqual(loaded.analyze(words: words), model.analyze(words: words))
        XCTAssertThrowsError(try LanguageModel(contentsOf: url.appendingPathExtension("absent"))) { error in
            XCTAssertEqual(error as? LanguageModelError, .missing(url.path + ".absent"))
        }
        try data.prefix(data.count / 2).write(to: url)
        XCTAssertThrowsError(try LanguageModel(contentsOf: url)) { error in
            XCTAssertEqual(error as? LanguageModelError, .corrupt("the file ends early"))
        }
    }

    func testPagesReleasedBehindTheReaderReadTheSameBytesAgain() throws {
        var bytes = [UInt8](repeating: 0, count: 3 << 20)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ i >> 12) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-mapped-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try MappedFile(path: url.path)
        XCTAssertEqual(file.bytes.count, bytes.count)
        file.release(below: 2 << 20)
        XCTAssertEqual([UInt8](file.bytes), bytes)
    }

    func testADamagedModelFileIsRefusedByName() throws {
        let data = try trainTiny().serialized()
        XCTAssertThrowsError(try LanguageModel(data: data.prefix(data.count / 2))) { error in
            XCTAssertEqual(error as? LanguageModelError, .corrupt("the file ends early"))
        }
        XCTAssertThrowsError(try LanguageModel(data: Data("not a model".utf8)))
        XCTAssertThrowsError(try LanguageModel(data: data + Data([1, 2, 3])))
    }

    func testAnEmptyTreebankCannotBeTrained() {
        XCTAssertThrowsError(try LanguageTrainer().train([]))
    }
}
