import ArgumentParser
import Foundation
import Graph
import Language

extension KGBench {
    /// Tagging and parsing throughput of the language model over the Wikinews corpus:
    /// model load time and memory, then words per second on one thread (tokenizing
    /// and sentence splitting done beforehand, so only the model is timed).
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the language model: load time, memory, tagging and parsing words/second."
        )

        @Option(name: .long, help: "Folder of Wikinews CSV files.")
        var corpus: String = "../shared/corpora/wikinews"

        @Option(name: .long, help: "A model file to measure instead of the bundled one.")
        var model: String?

        @Option(name: .long, help: "How many times to run over the corpus.")
        var rounds: Int = 3

        func run() throws {
            let before = residentMemoryBytes()
            let loadStart = DispatchTime.now().uptimeNanoseconds
            let language = try model.map { try LanguageModel(contentsOf: URL(fileURLWithPath: $0)) } ?? LanguageModel.english
            let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
            let loaded = residentMemoryBytes()
            print("parse: \(language.summary)")
            print(String(format: "parse: model loaded in %.3f s, %.1f MB resident for the model", loadSeconds, Double(loaded - before) / 1_048_576))
            guard let corpus = try WikinewsCorpus(folder: corpus), !corpus.articles.isEmpty else {
                print("parse: \(self.corpus) is absent or empty; throughput skipped")
                return
            }
            var sentences: [([Token], [Unicode.Scalar])] = []
            for article in corpus.articles {
                let scalars = Array((article.title + "\n\n" + article.text).unicodeScalars)
                var ranges: [Range<Int>] = []
                SentenceSplitter.split(scalars, into: &ranges)
                for r in ranges {
                    var tokens: [Token] = []
                    Tokenizer.tokenize(scalars, r.lowerBound, r.upperBound, into: &tokens)
                    if !tokens.isEmpty { sentences.append((tokens, scalars)) }
                }
            }
            let words = sentences.reduce(0) { $0 + $1.0.count }
            var best = Double.infinity
            var arcs = 0
            for _ in 0..<rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                arcs = 0
                for (tokens, scalars) in sentences {
                    arcs += language.analyze(tokens: tokens, in: scalars).heads.count
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            precondition(arcs == words)
            print(String(format: "parse: %d sentences, %d tokens, best of %d: %.3f s, %.0f words/s (tag + lemma + parse, one thread), peak %.1f MB",
                         sentences.count, words, rounds, best, Double(words) / best, Double(peakMemoryBytes()) / 1_048_576))
        }
    }
}
