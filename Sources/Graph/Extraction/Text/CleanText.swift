/// The article reduced to its readable text: markup gone, page furniture dropped,
/// one paragraph per line. Every scalar remembers where it came from, so evidence
/// offsets can point into the text as read.
struct CleanText {
    /// The cleaned text, as Unicode scalars.
    var scalars: [Unicode.Scalar] = []
    /// For every cleaned scalar, its offset in the original text (Unicode scalars).
    var origin: [Int32] = []
    /// The original text, as Unicode scalars (quotes are cut from it).
    var original: [Unicode.Scalar] = []
    /// The first real line: the headline.
    var title: String = ""

    /// The original offsets of a cleaned range: `start..<end` in the text as read.
    func originalRange(_ lower: Int, _ upper: Int) -> (start: Int, end: Int) {
        guard lower < upper, upper <= origin.count else { return (0, 0) }
        return (Int(origin[lower]), Int(origin[upper - 1]) + 1)
    }

    /// The original text between two original offsets, whitespace collapsed.
    func quote(_ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        var i = max(0, start)
        let stop = min(end, original.count)
        while i < stop {
            let c = original[i]
            if c.properties.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
            i += 1
        }
        if let last = out.last, last == " " { out.removeLast() }
        return String(out)
    }
}
