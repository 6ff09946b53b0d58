import Foundation

/// Everything kg knows of a language's syntax: a lemmatizer, a part-of-speech tagger
/// and a dependency parser, trained together on a Universal Dependencies treebank
/// (`kg train`) and shipped as one binary file among the package's resources.
///
/// `LanguageModel.english` loads the bundled model the first time it is used, once
/// per process; the model is immutable and safe to share between threads.
public final class LanguageModel: Sendable {
    let tagger: Tagger
    let lemmatizer: Lemmatizer
    let parser: Parser

    init(tagger: Tagger, lemmatizer: Lemmatizer, parser: Parser) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
    }

    /// The English model bundled with kg, loaded on first use.
    public static var english: LanguageModel {
        get throws { try bundledEnglish.get() }
    }

    private static let bundledEnglish: Result<LanguageModel, Error> = Result {
        guard let url = bundledEnglishURL else { throw LanguageModelError.missing("Resources/en/model.kgm") }
        return try LanguageModel(contentsOf: url)
    }

    /// The file of the bundled English model.
    static var bundledEnglishURL: URL? {
        Bundle.module.url(forResource: "model", withExtension: "kgm", subdirectory: "Resources/en")
    }

    /// The tags, the lemmas and the tree of words already split into tokens.
    public func analyze(words: [String]) -> ParsedSentence {
        analyze(words: words, shapes: words.map(WordShape.init))
    }

    private func analyze(words: [String], shapes: [WordShape]) -> ParsedSentence {
        if words.isEmpty { return ParsedSentence(words: []) }
        let tagIDs = tagger.tag(shapes)
        let tags = tagIDs.map { tagger.upos[$0] }
        let lemmas = zip(words, tags).map { lemmatizer.lemma($0, tag: $1) }
        let (heads, labels) = parser.parse(forms: shapes.map(\.form), tags: tagIDs)
        return ParsedSentence(words: words, lemmas: lemmas, tags: tags, heads: heads, relations: labels.map { parser.labels[$0] })
    }

    /// Splits text into sentences and tokens, then tags, lemmatizes and parses each;
    /// every word keeps its range in `text`'s unicode scalars.
    public func analyze(text: String) -> [ParsedSentence] {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        SentenceSplitter.split(scalars, into: &ranges)
        var out: [ParsedSentence] = []
        var tokens: [Token] = []
        for range in ranges {
            tokens.removeAll(keepingCapacity: true)
            Tokenizer.tokenize(scalars, range.lowerBound, range.upperBound, into: &tokens)
            if tokens.isEmpty { continue }
            out.append(analyze(tokens: tokens, in: scalars))
        }
        return out
    }

    /// Analyzes one sentence's tokens, cut from `scalars`.
    public func analyze(tokens: [Token], in scalars: [Unicode.Scalar]) -> ParsedSentence {
        let words = tokens.map { t in LanguageModel.string(scalars[Int(t.start)..<Int(t.end)]) }
        var shapes = words.map(WordShape.init)
        // The treebank marks a plural's possessive apostrophe ("the States' plan") too rarely
        // for the tagger to tell it from a quote; read it as the "'s" it stands for.
        let possessive = WordShape("'s")
        for k in LanguageModel.pluralPossessives(tokens, scalars) { shapes[k] = possessive }
        var parsed = analyze(words: words, shapes: shapes)
        parsed.ranges = tokens.map { Int($0.start)..<Int($0.end) }
        return parsed
    }
}

extension LanguageModel {
    /// The apostrophes that make a plural possessive: written against a word ending in
    /// "s" and followed, after a space, by a word ("the allies' plan"), in a sentence
    /// where no single quote was opened before it.
    static func pluralPossessives(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        var quoteOpen = false
        for k in tokens.indices where tokens[k].lower == "'" {
            let t = tokens[k]
            let attached = k > 0 && tokens[k - 1].end == t.start
            if !attached { quoteOpen.toggle(); continue }
            if quoteOpen { quoteOpen = false; continue }
            let previous = scalars[Int(t.start) - 1]
            guard previous == "s" || previous == "S", tokens[k - 1].isWord, k + 1 < tokens.count,
                  tokens[k + 1].start > t.end, tokens[k + 1].isWord else { continue }
            found.append(k)
        }
        return found
    }

    /// The string of some scalars, written as UTF-8 at once (appending scalars to a
    /// string one by one checks its capacity and encoding at every step).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for c in scalars { bytes += UTF8.width(c) }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var k = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    out[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    out[k] = UInt8(0xc0 | v >> 6); out[k + 1] = UInt8(0x80 | v & 0x3f); k += 2
                } else if v < 0x1_0000 {
                    out[k] = UInt8(0xe0 | v >> 12); out[k + 1] = UInt8(0x80 | v >> 6 & 0x3f)
                    out[k + 2] = UInt8(0x80 | v & 0x3f); k += 3
                } else {
                    out[k] = UInt8(0xf0 | v >> 18); out[k + 1] = UInt8(0x80 | v >> 12 & 0x3f)
                    out[k + 2] = UInt8(0x80 | v >> 6 & 0x3f); out[k + 3] = UInt8(0x80 | v & 0x3f); k += 4
                }
            }
            return k
        }
    }
}

extension LanguageModel {
    static let magic: UInt32 = 0x4b47_4c4d // "KGLM"
    static let formatVersion: UInt32 = 2

    /// The model as the bytes of its file.
    public func serialized() -> Data {
        var w = BinaryWriter()
        w.write(LanguageModel.magic)
        w.write(LanguageModel.formatVersion)
        w.write(tagger.tags)
        w.write(tagger.model)
        w.write(tagger.dictionary.keys); w.write(tagger.dictionary.values)
        w.write(tagger.ambiguity.keys); w.write(tagger.ambiguity.values)
        w.write(lemmatizer.exceptions.keys); w.write(lemmatizer.exceptions.values)
        w.write(lemmatizer.exceptionLemmas)
        w.write(lemmatizer.known.keys)
        w.write(parser.labels)
        w.write(parser.actions)
        w.write(parser.labeler)
        return w.data
    }

    public convenience init(data: Data) throws {
        let (tagger, lemmatizer, parser) = try data.withUnsafeBytes { bytes in
            var r = BinaryReader(bytes)
            return try LanguageModel.read(&r)
        }
        self.init(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    /// The model in the file at `url`, mapped into memory rather than read: the tables
    /// are built straight from the file's pages, each dropped once decoded, so loading
    /// peaks at the model and one of its tables' worth of file, not at the model, the
    /// file and a copy of it.
    /// - Throws: `LanguageModelError`.
    public convenience init(contentsOf url: URL) throws {
        var r = BinaryReader(try MappedFile(path: url.path))
        let (tagger, lemmatizer, parser) = try LanguageModel.read(&r)
        self.init(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    private static func read(_ r: inout BinaryReader) throws -> (Tagger, Lemmatizer, Parser) {
        guard (try? r.readUInt32()) == LanguageModel.magic else { throw LanguageModelError.corrupt("not a kg language model") }
        let version = try r.readUInt32()
        guard version == LanguageModel.formatVersion else { throw LanguageModelError.corrupt("format \(version), expected \(LanguageModel.formatVersion)") }
        let tags = try r.readStrings()
        let tagModel = try r.readModel()
        let dictionary = KeyIndex(keys: try r.readUInt64s(), values: try r.readUInt32s())
        let ambiguity = KeyIndex(keys: try r.readUInt64s(), values: try r.readUInt32s())
        let exceptionKeys = try r.readUInt64s()
        let exceptionValues = try r.readUInt32s()
        let lemmas = try r.readStrings()
        let knownKeys = try r.readUInt64s()
        let labels = try r.readStrings()
        let actions = try r.readModel()
        let labeler = try r.readModel()
        guard r.isAtEnd else { throw LanguageModelError.corrupt("trailing bytes") }
        guard tagModel.classCount == tags.count, labeler.classCount == labels.count,
              actions.classCount == ParseState.actionCount, exceptionKeys.count == exceptionValues.count,
              exceptionValues.allSatisfy({ Int($0) < lemmas.count }),
              dictionary.values.allSatisfy({ Int($0) < tags.count }) else {
            throw LanguageModelError.corrupt("its tables do not agree")
        }
        return (Tagger(tags: tags, model: tagModel, dictionary: dictionary, ambiguity: ambiguity),
                Lemmatizer(exceptions: KeyIndex(keys: exceptionKeys, values: exceptionValues), exceptionLemmas: lemmas,
                           known: KeyIndex(keys: knownKeys, values: knownKeys.map { _ in 1 })),
                Parser(labels: labels, actions: actions, labeler: labeler, verbTags: tags.map { Tagger.universal($0) == "VERB" }))
    }
}

extension LanguageModel {
    /// The size of each part of the model, for benchmarks and `kg train`.
    public var summary: String {
        "tagger \(tagger.model.rowCount) features × \(tagger.tags.count) tags, parser \(parser.actions.rowCount) features × \(ParseState.actionCount) transitions, labeler \(parser.labeler.rowCount) features × \(parser.labels.count) relations, \(lemmatizer.exceptionLemmas.count) lemma exceptions"
    }
}

