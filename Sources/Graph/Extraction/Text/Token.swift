/// One token of a sentence: a word, a number or a punctuation mark.
struct Token {
    /// Offsets in the cleaned text (`CleanText.scalars`).
    var start: Int32
    var end: Int32
    /// Lower-cased form, curly apostrophes made straight, quotes made `"`.
    var lower: String
    var flags: UInt8

    static let capitalized: UInt8 = 1   // first letter upper-case
    static let allCaps: UInt8 = 2       // every letter upper-case (at least two letters)
    static let word: UInt8 = 4          // starts with a letter or digit
    static let lowerInitial: UInt8 = 8  // first letter lower-case

    var isCapitalized: Bool { flags & Token.capitalized != 0 }
    var isAllCaps: Bool { flags & Token.allCaps != 0 }
    var isWord: Bool { flags & Token.word != 0 }
    var isLowerInitial: Bool { flags & Token.lowerInitial != 0 }
}
