internal import CLibXML2
import Foundation

/// A web page parsed by libxml2's HTML parser (which recovers from broken markup the
/// way browsers do), copied into Swift values, with every text node aligned to where it
/// stands in the text as read.
///
/// libxml2 gives text nodes with their entities decoded but no offsets; `align` finds
/// each one again in the original, in document order, outside tags and comments, so a
/// decoded scalar knows the offset of its source (an entity's `&`).
///
/// Thread safety: a value type. `parse` may run on several threads at once: libxml2 is
/// initialised once (`xmlInitParser`) before the first parse, and each parse has its
/// own context.
struct HTMLTree {
    struct Node {
        /// Lower-case element name; empty for a text node.
        var name: String
        var attributes: [String: String] = [:]
        var parent: Int
        var children: [Int] = []
        /// A text node's decoded text.
        var text: [Unicode.Scalar] = []
        /// For each scalar of `text`, its offset in the original; empty when the node could not be found there.
        var origin: [Int32] = []

        var isText: Bool { name.isEmpty }
    }

    /// Node 0 is the document; the others follow in document order.
    var nodes: [Node] = [Node(name: "#document", parent: -1)]

    private static let initialized: Void = { xmlInitParser() }()

    /// Parses `text` (already decoded; handed to libxml2 as UTF-8) and aligns its text
    /// nodes with `original`, the scalars of `text`. Nil when libxml2 finds no document.
    static func parse(_ text: String, original: [Unicode.Scalar]) -> HTMLTree? {
        _ = initialized
        var utf8 = Array(text.utf8)
        utf8.append(0)
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count - 1), nil, "UTF-8", CLibXML2_htmlOptions())
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var tree = HTMLTree()
        // An explicit stack: a page nested deeper than the thread's stack allows is still read.
        var stack: [(node: xmlNodePtr, parent: Int)] = []
        var child = doc.pointee.children
        var pending: [(xmlNodePtr, Int)] = []
        while let c = child { pending.append((c, 0)); child = c.pointee.next }
        stack.append(contentsOf: pending.reversed())
        while let top = stack.popLast() {
            let (node, parent) = top
            let index = tree.nodes.count
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                var element = Node(name: HTMLTree.string(node.pointee.name).lowercased(), parent: parent)
                var attribute = node.pointee.properties
                while let a = attribute {
                    let name = HTMLTree.string(a.pointee.name).lowercased()
                    var value = ""
                    var part = a.pointee.children
                    while let p = part { value += HTMLTree.string(p.pointee.content); part = p.pointee.next }
                    if element.attributes[name] == nil { element.attributes[name] = value }
                    attribute = a.pointee.next
                }
                tree.nodes.append(element)
                tree.nodes[parent].children.append(index)
                pending.removeAll(keepingCapacity: true)
                var c = node.pointee.children
                while let n = c { pending.append((n, index)); c = n.pointee.next }
                stack.append(contentsOf: pending.reversed())
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                var t = Node(name: "", parent: parent)
                t.text = HTMLTree.repaired(HTMLTree.string(node.pointee.content))
                tree.nodes.append(t)
                tree.nodes[parent].children.append(index)
            default:
                continue
            }
        }
        tree.align(original)
        return tree
    }

    /// What libxml2 leaves undecoded, decoded: `&apos;` (not an HTML 4 entity) and
    /// C1 controls from numeric references, which mean Windows-1252 (`&#146;` is ’).
    private static func repaired(_ text: String) -> [Unicode.Scalar] {
        var scalars = Array((text.contains("&apos;") ? text.replacingOccurrences(of: "&apos;", with: "'") : text).unicodeScalars)
        for k in scalars.indices where scalars[k].value >= 0x80 && scalars[k].value < 0xA0 {
            if let mapped = windows1252(scalars[k].value) { scalars[k] = mapped }
        }
        return scalars
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    // MARK: Entities

    /// The character an HTML entity name stands for (`mdash` → "—"), from libxml2's
    /// table of the HTML 4 entities, or nil.
    static func entity(_ name: String) -> Unicode.Scalar? {
        if name == "apos" { return "'" }
        var bytes = Array(name.utf8)
        bytes.append(0)
        guard let desc = htmlEntityLookup(bytes) else { return nil }
        return Unicode.Scalar(desc.pointee.value)
    }

    /// The entity at `s[i]` (which is `&`): its character and the offset just past it
    /// (past the `;`, which may be missing after a named entity). Nil when none is there.
    static func entity(at i: Int, in s: [Unicode.Scalar]) -> (scalar: Unicode.Scalar, end: Int)? {
        let n = s.count
        var j = i + 1
        if j < n, s[j] == "#" {
            j += 1
            let hex = j < n && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < n, j - digitsStart < 8, let d = hex ? hexValue(s[j]) : decimalValue(s[j]) {
                value = value &* (hex ? 16 : 10) &+ d
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < n, s[j] == ";" { j += 1 }
            // Numeric references to C1 controls mean Windows-1252 (&#146; is a right quote).
            let scalar = value >= 0x80 && value < 0xA0 ? windows1252(value) : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", j)
        }
        var name = ""
        while j < n, j - i <= 32, s[j].properties.isAlphabetic || decimalValue(s[j]) != nil {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        if j < n, s[j] == ";", let scalar = entity(name) { return (scalar, j + 1) }
        // Without ";" ("&amp" in a query string): the longest known prefix, as browsers do.
        while !name.isEmpty {
            if let scalar = entity(name), ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"].contains(name) {
                return (scalar, i + 1 + name.unicodeScalars.count)
            }
            name.unicodeScalars.removeLast()
        }
        return nil
    }

    private static func decimalValue(_ c: Unicode.Scalar) -> UInt32? {
        c.value >= 48 && c.value <= 57 ? c.value - 48 : nil
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 48...57: return c.value - 48
        case 65...70: return c.value - 55
        case 97...102: return c.value - 87
        default: return nil
        }
    }

    private static func windows1252(_ value: UInt32) -> Unicode.Scalar? {
        let table: [UInt32: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
            0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
            0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
            0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        return table[value].flatMap(Unicode.Scalar.init)
    }

    // MARK: Alignment

    /// Marks which scalars of the original are character data: outside tags, comments,
    /// declarations and the bodies of `script` and `style`.
    static func characterData(_ s: [Unicode.Scalar]) -> [Bool] {
        var data = [Bool](repeating: true, count: s.count)
        let n = s.count
        var i = 0
        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c }
        func matches(_ word: String, at k: Int) -> Bool {
            var k = k
            for w in word.unicodeScalars {
                guard k < n, lower(s[k]) == w else { return false }
                k += 1
            }
            return true
        }
        while i < n {
            guard s[i] == "<", i + 1 < n else { i += 1; continue }
            let next = s[i + 1]
            var end = i + 1
            if next == "!" || next == "?" {
                if matches("<!--", at: i) {
                    end = i + 4
                    while end < n, !(s[end] == ">" && s[end - 1] == "-" && s[end - 2] == "-") { end += 1 }
                } else {
                    while end < n, s[end] != ">" { end += 1 }
                }
            } else if next.properties.isAlphabetic || next == "/" {
                var quote: Unicode.Scalar? = nil
                while end < n {
                    let d = s[end]
                    if let q = quote { if d == q { quote = nil } } else if d == "\"" || d == "'" { quote = d } else if d == ">" { break }
                    end += 1
                }
                for raw in ["script", "style"] where matches("<" + raw, at: i) && (i + 1 + raw.count >= n || !s[i + 1 + raw.count].properties.isAlphabetic) {
                    // Raw text: up to the closing tag.
                    while end < n, !(s[end] == "<" && matches("</" + raw, at: end)) { end += 1 }
                    while end < n, s[end] != ">" { end += 1 }
                }
            } else {
                i += 1
                continue
            }
            let stop = min(end, n - 1)
            for k in i...stop { data[k] = false }
            i = stop + 1
        }
        return data
    }

    /// Finds every text node again in `original`, in document order.
    mutating func align(_ original: [Unicode.Scalar]) {
        let data = HTMLTree.characterData(original)
        let n = original.count
        var cursor = 0
        var stack: [Int] = [0]
        var skip = 0
        while let index = stack.popLast() {
            if index < 0 { skip -= 1; continue }
            let node = nodes[index]
            if !node.isText {
                let raw = node.name == "script" || node.name == "style"
                if raw { skip += 1; stack.append(-1) }
                stack.append(contentsOf: node.children.reversed())
                continue
            }
            guard skip == 0, let first = node.text.firstIndex(where: { !$0.properties.isWhitespace }) else { continue }
            // Look for the node's first visible scalar, then match the rest; give up past a window.
            var q = cursor
            let limit = min(n, cursor + 20_000 + node.text.count * 8)
            while q < limit {
                if data[q], original[q] == node.text[first] || original[q] == "&",
                   let origin = HTMLTree.match(node.text, from: first, in: original, at: q, data: data) {
                    nodes[index].origin = origin.offsets
                    cursor = origin.end
                    break
                }
                q += 1
            }
        }
    }

    /// Matches `text[from...]` against character data of `s` starting at `q`: entities
    /// decode, runs of white space match runs of white space. The offset of each scalar
    /// (leading white space gets the offset of the first match) and the end.
    static func match(_ text: [Unicode.Scalar], from: Int, in s: [Unicode.Scalar], at start: Int, data: [Bool]) -> (offsets: [Int32], end: Int)? {
        // Leading white space: the raw white space just before, when there is some.
        let before = start > 0 && data[start - 1] && s[start - 1].properties.isWhitespace ? start - 1 : start
        var offsets = [Int32](repeating: Int32(before), count: text.count)
        var i = from, q = start
        let n = s.count
        while i < text.count {
            let c = text[i]
            if c.properties.isWhitespace {
                // A run of white space (or nothing, at the end of the node) on the raw side.
                // "&nbsp;" and its kin decode to white space.
                let rawStart = q
                while q < n, data[q] {
                    if s[q].properties.isWhitespace {
                        q += 1
                    } else if s[q] == "&", let e = entity(at: q, in: s), e.scalar.properties.isWhitespace {
                        q = e.end
                    } else {
                        break
                    }
                }
                var j = i
                while j < text.count, text[j].properties.isWhitespace {
                    offsets[j] = Int32(min(rawStart, n - 1))
                    j += 1
                }
                if q == rawStart && j < text.count { return nil }
                i = j
                continue
            }
            guard q < n, data[q] else { return nil }
            if s[q] == "&", let e = entity(at: q, in: s), e.scalar == c {
                offsets[i] = Int32(q)
                q = e.end
                i += 1
            } else if s[q] == c || (s[q].value >= 0x80 && s[q].value < 0xA0 && windows1252(s[q].value) == c) {
                // Also a "&" that libxml2 left as it was, and a raw C1 control read as Windows-1252.
                offsets[i] = Int32(q)
                q += 1
                i += 1
            } else if s[q] == "\r" {
                q += 1
            } else {
                return nil
            }
        }
        return (offsets, q)
    }
}
