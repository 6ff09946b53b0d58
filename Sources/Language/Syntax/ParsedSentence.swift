/// One sentence with its words, lemmas, part-of-speech tags (UPOS) and a dependency
/// tree in Universal Dependencies' basic relations.
public struct ParsedSentence: Sendable, Equatable {
    /// The words as written.
    public var words: [String]
    public var lemmas: [String]
    /// Universal part-of-speech tags ("NOUN", "PROPN", "VERB", ...).
    public var tags: [String]
    /// The head of each word, by index; -1 for the root.
    public var heads: [Int]
    /// The relation of each word to its head ("nsubj", "obj", "obl", "root", ...).
    public var relations: [String]
    /// Where each word is in the text it came from (empty for gold tokens).
    public var ranges: [Range<Int>]

    public init(words: [String], lemmas: [String] = [], tags: [String] = [], heads: [Int] = [], relations: [String] = [], ranges: [Range<Int>] = []) {
        self.words = words
        self.lemmas = lemmas.isEmpty ? words.map { $0.lowercased() } : lemmas
        self.tags = tags.isEmpty ? Array(repeating: "X", count: words.count) : tags
        self.heads = heads.isEmpty ? Array(repeating: -1, count: words.count) : heads
        self.relations = relations.isEmpty ? Array(repeating: "dep", count: words.count) : relations
        self.ranges = ranges
    }

    public var count: Int { words.count }
}
