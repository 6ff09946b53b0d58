/// What the tagger and parser know of a word: hashes of its lower-cased form (digits
/// as 0), prefixes, suffixes and shape ("Xxxx", "dd", "X.X."), computed once a word.
struct WordShape {
    var form: UInt64
    var cased: UInt64
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    var shape: UInt64

    init(_ word: String) {
        var lower: [Unicode.Scalar] = []
        var shapeScalars: [Unicode.Scalar] = []
        lower.reserveCapacity(word.unicodeScalars.count)
        var last: Unicode.Scalar = " "
        var run = 0
        for c in word.unicodeScalars {
            let v = c.value
            var l = c
            var s: Unicode.Scalar
            if v >= 48 && v <= 57 { l = "0"; s = "d" }
            else if v >= 65 && v <= 90 { l = Unicode.Scalar(v + 32)!; s = "X" }
            else if v >= 97 && v <= 122 { s = "x" }
            else if v < 128 { s = c }
            else if c.properties.isUppercase { l = c.properties.lowercaseMapping.unicodeScalars.first ?? c; s = "X" }
            else if c.properties.isAlphabetic { s = "x" }
            else { s = c }
            lower.append(l)
            if s == last { run += 1 } else { run = 0; last = s }
            if run < 2 { shapeScalars.append(s) }
        }
        form = WordShape.hash(lower, 0, lower.count)
        cased = FeatureHash.string(word)
        let n = lower.count
        prefix1 = WordShape.hash(lower, 0, min(1, n))
        prefix2 = WordShape.hash(lower, 0, min(2, n))
        prefix3 = WordShape.hash(lower, 0, min(3, n))
        suffix1 = WordShape.hash(lower, max(0, n - 1), n)
        suffix2 = WordShape.hash(lower, max(0, n - 2), n)
        suffix3 = WordShape.hash(lower, max(0, n - 3), n)
        suffix4 = WordShape.hash(lower, max(0, n - 4), n)
        shape = WordShape.hash(shapeScalars, 0, shapeScalars.count)
    }

    private static func hash(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in a..<b { h = (h ^ UInt64(s[k].value)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The lower-cased form of a word, digits kept, as the lemmatizer wants it.
    static func lower(_ word: String) -> String {
        var ascii = true
        for b in word.utf8 where b >= 65 && b <= 90 || b >= 128 { ascii = false; break }
        return ascii ? word : word.lowercased()
    }
}
