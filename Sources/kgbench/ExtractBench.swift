import ArgumentParser
import Foundation
import Graph

extension KGBench {
    /// Extraction throughput over the Wikinews corpus: words per second (single
    /// thread), documents, facts, peak memory and memory after each quarter.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure extraction speed (words/second, one thread) and memory over the Wikinews corpus."
        )

        @Option(name: .long, help: "Folder of Wikinews CSV files.")
        var corpus: String = "../shared/corpora/wikinews"

        @Option(name: .long, help: "How many times to run over the corpus (more runs, steadier numbers).")
        var rounds: Int = 3

        @Option(name: .long, help: "Also time one synthetic single-line document of this many megabytes (0: skip).")
        var bigMegabytes: Int = 0

        func validate() throws {
            guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
            guard bigMegabytes >= 0 else { throw ValidationError("--big-megabytes must not be negative") }
        }

        func run() throws {
            guard let corpus = try WikinewsCorpus(folder: corpus), !corpus.articles.isEmpty else {
                print("extract: \(self.corpus) is absent or empty; extraction benchmark skipped")
                return
            }
            let extractor = Extractor()
            let texts = corpus.articles.map { $0.title + "\n\n" + $0.text }
            let words = texts.reduce(0) { $0 + GraphBuilder.wordCount($1) }
            // Warm up the lexicons once.
            _ = extractor.extract(text: "Russia backs Syria.", id: "warmup")
            var best = Double.infinity
            var facts = 0
            var quarters: [Int] = []
            for round in 0..<rounds {
                facts = 0
                let start = DispatchTime.now().uptimeNanoseconds
                for (index, text) in texts.enumerated() {
                    let extraction = extractor.extract(text: text, id: "doc\(index)")
                    facts += extraction.triples.count
                    if round == 0 && (index + 1) % max(1, texts.count / 4) == 0 && quarters.count < 4 {
                        quarters.append(residentMemoryBytes())
                    }
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best = min(best, seconds)
            }
            let mb = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
            print("extract: \(texts.count) documents, \(words) words, \(facts) facts")
            print(String(format: "extract: %.0f words/second (best of %d rounds, %.3f s per round, one thread)", Double(words) / best, rounds, best))
            print("extract: resident memory after each quarter of the corpus: " + quarters.map(mb).joined(separator: ", "))
            print("extract: peak memory \(mb(peakMemoryBytes()))")
            if bigMegabytes > 0 { timeBigInputs(extractor, megabytes: bigMegabytes, sample: texts) }
        }

        /// Times a single-line document of `megabytes` MB and one 10,000-word sentence.
        private func timeBigInputs(_ extractor: Extractor, megabytes: Int, sample: [String]) {
            var line = ""
            let target = megabytes * 1_048_576
            var k = 0
            while line.utf8.count < target {
                line += sample[k % sample.count].replacingOccurrences(of: "\n", with: " ") + " "
                k += 1
            }
            var start = DispatchTime.now().uptimeNanoseconds
            let big = extractor.extract(text: line, id: "big")
            var seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "extract: one %d MB single-line document: %.2f s, %d facts, peak memory %@", megabytes, seconds, big.triples.count, mb(peakMemoryBytes())))
            let words = ["Russia", "and", "Syria", "said", "the", "rebels", "backed", "by", "France", "attacked", "Iran", "while", "officials", "met"]
            var sentence = ""
            for i in 0..<10_000 { sentence += words[(i * 5) % words.count] + (i % 50 == 49 ? ", " : " ") }
            sentence += "."
            start = DispatchTime.now().uptimeNanoseconds
            let long = extractor.extract(text: sentence, id: "long")
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "extract: one 10,000-word sentence: %.3f s, %d facts", seconds, long.triples.count))
        }

        private func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
    }
}
