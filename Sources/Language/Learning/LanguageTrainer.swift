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
    /// Copies of training sentences with a news-style time phrase between subject and
    /// verb ("Chile on Monday signed"), one in this many sentences that allow it (0: none).
    public var newsAugmentation = 4
    /// Parser features touched by fewer updates than this are dropped from the model.
    public var minimumUpdates = 2
    public var seed: UInt64 = 20_261_130
    public var log: (String) -> Void = { _ in }

    public init() {}

    /// Trains on sentences whose tags are UPOS or refined UPOS (`CoNLLUDocument.Sentence.trainingExample`).
    public func train(_ treebank: [ParsedSentence]) throws -> LanguageModel {
        guard !treebank.isEmpty else { throw LanguageModelError.emptyTreebank("training set") }
        let sentences = newsAugmentation > 0 ? treebank + LanguageTrainer.timePhraseCopies(treebank, every: newsAugmentation) : treebank
        log("tagger: \(sentences.count) sentences, \(taggerIterations) iterations")
        let tagger = Tagger.train(sentences, iterations: taggerIterations, seed: seed)
        let lemmatizer = Lemmatizer.train(sentences.map { s in
            var u = s
            u.tags = s.tags.map(Tagger.universal)
            return u
        })

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
        let parser = Parser.train(examples, labels: labels, verbTags: tagger.upos.map { $0 == "VERB" }, iterations: parserIterations, seed: seed, minimumUpdates: minimumUpdates) {
            log("parser iteration \($0)")
        }
        return LanguageModel(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    /// News puts a time phrase between a subject and its verb ("Peru on Monday
    /// expelled ..."), which web text rarely does. For every `every`-th sentence whose
    /// subject ends right before its verb, a copy with "on DAY" inserted there.
    /// (Copies opening with "DAY," as a dateline were tried too: PUD UAS +0.1 more,
    /// but EWT test -0.4 and dev extraction F1 -0.005, so they are not made.)
    static func timePhraseCopies(_ sentences: [ParsedSentence], every: Int) -> [ParsedSentence] {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var out: [ParsedSentence] = []
        var eligible = 0
        for s in sentences {
            guard let v = s.heads.indices.first(where: { i in
                Tagger.universal(s.tags[i]) == "VERB" && s.heads[i] == -1 && i > 0 && s.relations[i - 1] != "punct"
                    && s.heads.indices.contains { s.relations[$0] == "nsubj" && s.heads[$0] == i && $0 < i }
            }) else { continue }
            // The subject's phrase must end right before the verb.
            let subject = s.heads.indices.first { s.relations[$0] == "nsubj" && s.heads[$0] == v }!
            var end = subject
            for k in s.heads.indices where k > end && k < v && dominated(k, by: subject, s.heads) { end = k }
            guard end == v - 1, !["PRON", "DET"].contains(s.tags[subject]) else { continue }
            eligible += 1
            guard eligible % every == 0 else { continue }
            let day = days[eligible % days.count]
            // Insert "on DAY" at v; every index >= v moves two to the right.
            func moved(_ h: Int) -> Int { h >= v ? h + 2 : h }
            var words = s.words, lemmas = s.lemmas, tags = s.tags, heads = s.heads.map { $0 < 0 ? $0 : moved($0) }, rels = s.relations
            words.insert(contentsOf: ["on", day], at: v)
            lemmas.insert(contentsOf: ["on", day], at: v)
            tags.insert(contentsOf: ["ADP", "PROPN"], at: v)
            heads.insert(contentsOf: [v + 1, v + 2], at: v)
            rels.insert(contentsOf: ["case", "obl"], at: v)
            out.append(ParsedSentence(words: words, lemmas: lemmas, tags: tags, heads: heads, relations: rels))
        }
        return out
    }

    private static func dominated(_ k: Int, by a: Int, _ heads: [Int]) -> Bool {
        var x = k, steps = 0
        while x >= 0 && steps < heads.count { if x == a { return true }; x = heads[x]; steps += 1 }
        return false
    }
}
