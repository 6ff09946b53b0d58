@testable import Extraction
import Language
import XCTest

/// Helpers shared by the extraction tests: run the extractor on a few sentences and
/// look facts up by labels.
enum ExtractionProbe {
    static func run(_ text: String, kind: SourceKind = .plain) -> DocumentExtraction {
        Extractor().extract(text: text, kind: kind, id: "test")
    }

    /// The facts as readable strings: "Russia supports Syria", "NOT", "[possible]".
    static func lines(_ e: DocumentExtraction) -> Set<String> {
        let labels = Dictionary(e.entities.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return Set(e.triples.map { f in
            var line = "\(labels[f.subject] ?? f.subject) \(f.negated ? "NOT " : "")\(f.predicate.rawValue) \(labels[f.object] ?? f.object)"
            if f.modality != .asserted { line += " [\(f.modality.rawValue)]" }
            return line
        })
    }

    static func facts(_ text: String, kind: SourceKind = .plain) -> Set<String> {
        lines(run(text, kind: kind))
    }

    /// Facts without modality, for tests that only care about the triple.
    static func triples(_ text: String) -> Set<String> {
        Set(facts(text).map { $0.replacingOccurrences(of: " [possible]", with: "").replacingOccurrences(of: " [planned]", with: "") })
    }

    static func tokens(_ sentence: String) -> [String] {
        let scalars = Array(sentence.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, 0, scalars.count, into: &tokens)
        return tokens.map(\.lower)
    }

    static func sentences(_ text: String) -> [String] {
        let clean = TextCleaner.clean(text, kind: .plain)
        var ranges: [Range<Int>] = []
        SentenceSplitter.split(clean.scalars, into: &ranges)
        return ranges.map { String(String.UnicodeScalarView(clean.scalars[$0])) }
    }
}
