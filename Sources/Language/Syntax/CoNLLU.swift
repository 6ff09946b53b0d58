import Foundation

/// A CoNLL-U file read line by line, so that it can be written back unchanged except
/// for the columns a parser predicts.
///
/// Comments and multiword-token lines (`3-4`) are kept as they are; empty nodes
/// (`8.1`) belong to the enhanced graph, which kg does not predict, and are dropped.
public struct CoNLLUDocument: Sendable {
    public struct Sentence: Sendable {
        enum Line: Sendable {
            case verbatim(String)
            case word(Int)
        }
        var lines: [Line] = []
        /// The ten columns of each integer-id line.
        var columns: [[String]] = []
        /// The line in the file where the sentence starts (1-based).
        public var firstLine = 0

        public var words: [String] { columns.map { $0[1] } }

        /// The gold annotation of the sentence, as read.
        public var gold: ParsedSentence {
            ParsedSentence(
                words: columns.map { $0[1] },
                lemmas: columns.map { $0[2] },
                tags: columns.map { $0[3] },
                heads: columns.map { (Int($0[6]) ?? 0) - 1 },
                relations: columns.map { $0[7] }
            )
        }

        /// The gold annotation with tags refined for training (`Tagger.refined`: "VERB_VBN").
        public var trainingExample: ParsedSentence {
            var s = gold
            s.tags = columns.map { Tagger.refined($0[3], $0[4]) }
            return s
        }

        /// Gives the sentence the predicted LEMMA, UPOS, HEAD and DEPREL; XPOS, FEATS and
        /// DEPS are cleared (kg predicts none of them), ID, FORM and MISC are kept.
        mutating func apply(_ parse: ParsedSentence) {
            for i in columns.indices {
                columns[i][2] = parse.lemmas[i]
                columns[i][3] = parse.tags[i]
                columns[i][4] = "_"
                columns[i][5] = "_"
                columns[i][6] = String(parse.heads[i] + 1)
                columns[i][7] = parse.relations[i]
                columns[i][8] = "_"
            }
        }

        var text: String {
            var out = ""
            for line in lines {
                switch line {
                case .verbatim(let s): out += s
                case .word(let k): out += columns[k].joined(separator: "\t")
                }
                out += "\n"
            }
            return out
        }
    }

    public var sentences: [Sentence]

    /// Reads CoNLL-U text; `name` is the file name used in error messages.
    public init(text: String, name: String) throws {
        sentences = []
        var current = Sentence()
        var lineNumber = 0
        func flush() {
            if !current.columns.isEmpty { sentences.append(current) }
            current = Sentence()
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush(); continue }
            if current.lines.isEmpty { current.firstLine = lineNumber }
            if line.hasPrefix("#") { current.lines.append(.verbatim(line)); continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 10 else {
                throw LanguageModelError.badTreebank(file: name, line: lineNumber, problem: "expected 10 tab-separated columns, found \(fields.count)")
            }
            let id = fields[0]
            if id.contains("-") { current.lines.append(.verbatim(line)); continue }
            if id.contains(".") { continue }
            guard let n = Int(id), n == current.columns.count + 1 else {
                throw LanguageModelError.badTreebank(file: name, line: lineNumber, problem: "word id '\(id)' is out of sequence")
            }
            if let head = Int(fields[6]) {
                guard head >= 0 else {
                    throw LanguageModelError.badTreebank(file: name, line: lineNumber, problem: "head '\(fields[6])' is negative")
                }
            } else if fields[6] != "_" {
                throw LanguageModelError.badTreebank(file: name, line: lineNumber, problem: "head '\(fields[6])' is not a number")
            }
            current.lines.append(.word(current.columns.count))
            current.columns.append(fields)
        }
        flush()
        for s in sentences {
            for c in s.columns where (Int(c[6]) ?? 0) > s.columns.count {
                throw LanguageModelError.badTreebank(file: name, line: s.firstLine, problem: "a head points past the end of its sentence")
            }
        }
    }

    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LanguageModelError.missing(url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LanguageModelError.badTreebank(file: url.lastPathComponent, line: 1, problem: "not UTF-8 text")
        }
        try self.init(text: text, name: url.lastPathComponent)
    }

    /// The document written back, each sentence followed by a blank line.
    public var text: String {
        var out = ""
        for s in sentences { out += s.text; out += "\n" }
        return out
    }

    /// Parses every sentence with `analyzer` on its own tokens.
    public mutating func annotate(with model: LanguageModel) {
        for i in sentences.indices {
            sentences[i].apply(model.analyze(words: sentences[i].words))
        }
    }
}
