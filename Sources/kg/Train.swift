import ArgumentParser
import Foundation
import Language

extension KG {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the language model (tagger, lemmatizer, parser) from a UD treebank.",
            discussion: """
            Reads the training file of a Universal Dependencies treebank in CoNLL-U and writes the \
            model kg ships (Sources/Language/Resources/en/model.kgm). Training is deterministic: \
            the same treebank and settings give the same bytes.
            """
        )

        @Argument(help: "The training treebank (.conllu).")
        var treebank: String

        @Option(name: .long, help: "Where to write the model.")
        var out: String = "Sources/Language/Resources/en/model.kgm"

        @Option(name: .long, help: "Passes of the tagger over the treebank.")
        var taggerIterations: Int = 8

        @Option(name: .long, help: "Passes of the parser over the treebank.")
        var parserIterations: Int = 15

        @Option(name: .long, help: "Parts the treebank is cut in to give the parser predicted tags (1: gold tags).")
        var folds: Int = 4

        @Option(name: .long, help: "Add a copy with 'on DAY' between subject and verb for one in this many sentences that allow it (0: none).")
        var newsAugmentation: Int = 4

        @Option(name: .long, help: "Drop parser features that fewer training updates than this touched.")
        var minimumUpdates: Int = 2

        @Option(name: .long, help: "Seed of the shuffling.")
        var seed: UInt64 = 20_261_130

        func run() throws {
            let started = Date()
            let document: CoNLLUDocument
            do {
                document = try CoNLLUDocument(contentsOf: URL(fileURLWithPath: treebank))
            } catch {
                warn("\(treebank): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            var trainer = LanguageTrainer()
            trainer.taggerIterations = taggerIterations
            trainer.parserIterations = parserIterations
            trainer.folds = folds
            trainer.seed = seed
            trainer.minimumUpdates = minimumUpdates
            trainer.newsAugmentation = newsAugmentation
            trainer.log = { line in FileHandle.standardError.write(Data("kg train: \(line)\n".utf8)) }
            let model = try trainer.train(document.sentences.map(\.trainingExample))
            let data = model.serialized()
            try data.write(to: URL(fileURLWithPath: out))
            let seconds = Date().timeIntervalSince(started)
            print(model.summary)
            print("wrote \(out): \(data.count) bytes, \(document.sentences.count) sentences, \(String(format: "%.1f", seconds)) s")
        }
    }
}
