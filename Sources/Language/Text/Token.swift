/// One token of a sentence: a word, a number or a punctuation mark.
public struct Token: Sendable {
    public init(start: Int32, end: Int32, lower: String, flags: UInt8) {
        self.start = start; self.end = end; self.lower = lower; self.flags = flags
    }

    /// Offsets in the cleaned text (`CleanText.scalars`).
    public var start: Int32
    public var end: Int32
    /// Lower-cased form, curly apostrophes made straight, quotes made `"`.
    public var lower: String
    public var flags: UInt8

    public static let capitalized: UInt8 = 1   // first letter upper-case
    public static let allCaps: UInt8 = 2       // every letter upper-case (at least two letters)
    public static let word: UInt8 = 4          // starts with a letter or digit
    public static let lowerInitial: UInt8 = 8  // first letter lower-case

    public var isCapitalized: Bool { flags & Token.capitalized != 0 }
    public var isAllCaps: Bool { flags & Token.allCaps != 0 }
    public var isWord: Bool { flags & Token.word != 0 }
    public var isLowerInitial: Bool { flags & Token.lowerInitial != 0 }
}
