/// What the tagger and parser know of a word: hashes of its lower-cased form (digits
/// as 0), prefixes, suffixes and shape ("Xxxx", "dd", "X.X."), computed once a word.
struct WordShape {
    var form: UInt64
    var cased: UInt64
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    var shape: UInt64

    init(_ word: String) {
        // Scalars go to a buffer on the stack, not to two arrays on the heap per word.
        let capacity = max(1, word.utf8.count)
        var form: UInt64 = 0, prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
        var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0, shape: UInt64 = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * capacity) { buffer in
            let lower = UnsafeMutableBufferPointer(rebasing: buffer[0..<capacity])
            let shapeScalars = UnsafeMutableBufferPointer(rebasing: buffer[capacity...])
            var n = 0, m = 0
            var last: UInt32 = 32
            var run = 0
            for c in word.unicodeScalars {
                let v = c.value
                var l = v
                var s: UInt32
                if v >= 48 && v <= 57 { l = 48; s = 100 }
                else if v >= 65 && v <= 90 { l = v + 32; s = 88 }
                else if v >= 97 && v <= 122 { s = 120 }
                else if v < 128 { s = v }
                else if c.properties.isUppercase { l = (c.properties.lowercaseMapping.unicodeScalars.first ?? c).value; s = 88 }
                else if c.properties.isAlphabetic { s = 120 }
                else { s = v }
                lower[n] = l; n += 1
                if s == last { run += 1 } else { run = 0; last = s }
                if run < 2 { shapeScalars[m] = s; m += 1 }
            }
            form = WordShape.hash(lower, 0, n)
            prefix1 = WordShape.hash(lower, 0, min(1, n))
            prefix2 = WordShape.hash(lower, 0, min(2, n))
            prefix3 = WordShape.hash(lower, 0, min(3, n))
            suffix1 = WordShape.hash(lower, max(0, n - 1), n)
            suffix2 = WordShape.hash(lower, max(0, n - 2), n)
            suffix3 = WordShape.hash(lower, max(0, n - 3), n)
            suffix4 = WordShape.hash(lower, max(0, n - 4), n)
            shape = WordShape.hash(shapeScalars, 0, m)
        }
        self.form = form
        self.cased = FeatureHash.string(word)
        self.prefix1 = prefix1; self.prefix2 = prefix2; self.prefix3 = prefix3
        self.suffix1 = suffix1; self.suffix2 = suffix2; self.suffix3 = suffix3; self.suffix4 = suffix4
        self.shape = shape
    }

    @inline(__always) private static func hash(_ s: UnsafeMutableBufferPointer<UInt32>, _ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in a..<b { h = (h ^ UInt64(s[k])) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The lower-cased form of a word, digits kept, as the lemmatizer wants it.
    static func lower(_ word: String) -> String {
        var ascii = true
        for b in word.utf8 where b >= 65 && b <= 90 || b >= 128 { ascii = false; break }
        return ascii ? word : word.lowercased()
    }
}
