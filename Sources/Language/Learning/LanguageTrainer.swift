import Foundation

/// Trains a `LanguageModel` from Universal Dependencies treebanks, deterministically:
/// the same files and settings give the same bytes.
///
/// The parser learns from tags the tagger predicts, not gold ones (jackknifing: the
/// training set is cut in `folds` parts, and each part is tagged by a tagger trained
/// on the others), so that at run time it sees tags as they really come.
public struct LanguageTrainer {
    public var taggerIterations = 8
    public var parserIterations = 15
    public var folds = 4
    /// Parser features touched by fewer updates than this are dropped from the model.
    public var minimumUpdates = 2
    public var seed: UInt64 = 20_261_130
    public var log: (String) -> Void = { _ in }

    public init() {}

    public func train(_ sentences: [ParsedSentence]) throws -> LanguageModel {
        guard !sentences.isEmpty else { throw LanguageModelError.emptyTreebank("training set") }
        log("tagger: \(sentences.count) sentences, \(taggerIterations) iterations")
        let tagger = Tagger.train(sentences, iterations: taggerIterations, seed: seed)
        let lemmatizer = Lemmatizer.train(sentences)

        var predicted = sentences.map { $0.tags }
        if folds > 1 && sentences.count >= folds * 2 {
            for fold in 0..<folds {
                let held = sentences.indices.filter { $0 % folds == fold }
                let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
                let partial = Tagger.train(rest, iterations: taggerIterations, seed: seed &+ UInt64(fold) &+ 1)
                for i in held {
                    predicted[i] = partial.tag(sentences[i].words.map(WordShape.init)).map { partial.tags[$0] }
                }
                log("jackknife fold \(fold + 1)/\(folds)")
            }
        }
        let tagIndex = Dictionary(uniqueKeysWithValues: tagger.tags.enumerated().map { ($1, $0) })
        let labels = Array(Set(sentences.flatMap(\.relations))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let examples = sentences.indices.map { i in
            Parser.Example(
                forms: sentences[i].words.map { WordShape($0).form },
                tags: predicted[i].map { tagIndex[$0] ?? 0 },
                heads: sentences[i].heads.map { $0 + 1 },
                labels: sentences[i].relations.map { labelIndex[$0]! }
            )
        }
        log("parser: \(parserIterations) iterations")
        let parser = Parser.train(examples, labels: labels, verbTag: tagIndex["VERB"] ?? -1, iterations: parserIterations, seed: seed, minimumUpdates: minimumUpdates) {
            log("parser iteration \($0)")
        }
        return LanguageModel(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }
}
