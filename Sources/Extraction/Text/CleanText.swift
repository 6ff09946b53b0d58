/// The article reduced to its readable text: markup gone, page furniture dropped,
/// one paragraph per line. Every scalar remembers where it came from, so evidence
/// offsets can point into the text as read while quotes are clean prose.
struct CleanText {
    /// The cleaned text, as Unicode scalars.
    var scalars: [Unicode.Scalar] = []
    /// For every cleaned scalar, its offset in the original text (Unicode scalars).
    var origin: [Int32] = []
    /// The original text, as Unicode scalars.
    var original: [Unicode.Scalar] = []
    /// The first real line: the headline.
    var title: String = ""
    /// What the document says about itself (headline, date, URL…), from markup or its first lines.
    var metadata = DocumentMetadata()

    /// The original offsets of a cleaned range: `start..<end` in the text as read. A
    /// range ending on a decoded entity ends after the entity's `;`.
    func originalRange(_ lower: Int, _ upper: Int) -> (start: Int, end: Int) {
        guard lower < upper, upper <= origin.count else { return (0, 0) }
        let last = Int(origin[upper - 1])
        var end = last + 1
        // A decoded entity: the next cleaned scalar (if any) does not follow its "&".
        let decoded = upper >= origin.count || Int(origin[upper]) != last + 1
        if decoded, last < original.count, original[last] == "&", let entity = HTMLTree.entity(at: last, in: original) {
            end = entity.end
        }
        return (Int(origin[lower]), end)
    }

    /// The cleaned text of a cleaned range, white space collapsed: a quote with no
    /// markup and no entities.
    func text(_ lower: Int, _ upper: Int) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        var i = max(0, lower)
        let stop = min(upper, scalars.count)
        while i < stop {
            let c = scalars[i]
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
