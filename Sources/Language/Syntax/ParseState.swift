/// The configuration of the arc-eager transition system (Nivre 2003) with the
/// artificial root at the end of the buffer (Ballesteros and Nivre 2013): words are
/// `1...n`, the root is `n + 1`, the stack starts empty, and a word becomes a child of
/// the root only by a left arc once every word has been read, so the parser picks
/// the root when it has seen the whole sentence. Beside the arcs it keeps each
/// word's nearest and second-nearest children on either side for the parser's features.
struct ParseState {
    static let shift = 0, reduce = 1, leftArc = 2, rightArc = 3
    static let actionCount = 4

    let n: Int
    var stack: [Int] = []
    var next = 1
    var heads: [Int]
    var labels: [Int]
    var left1: [Int], left2: [Int], right1: [Int], right2: [Int]
    var leftCount: [Int], rightCount: [Int]
    var leftSet: [UInt64], rightSet: [UInt64]
    var inStack: [Bool]

    init(count n: Int) {
        self.n = n
        let none = [Int](repeating: -1, count: n + 2)
        heads = none; labels = none
        left1 = none; left2 = none; right1 = none; right2 = none
        leftCount = [Int](repeating: 0, count: n + 2)
        rightCount = leftCount
        leftSet = [UInt64](repeating: 0, count: n + 2)
        rightSet = leftSet
        inStack = [Bool](repeating: false, count: n + 2)
        stack.reserveCapacity(n)
    }

    /// The index of the root.
    @inline(__always) var root: Int { n + 1 }
    @inline(__always) var s0: Int { stack.last ?? -1 }
    @inline(__always) var s1: Int { stack.count > 1 ? stack[stack.count - 2] : -1 }
    /// The front of the buffer: a word, or the root once every word is read.
    @inline(__always) var b0: Int { next }
    @inline(__always) var isTerminal: Bool { next > n && stack.isEmpty }

    func isValid(_ action: Int) -> Bool {
        switch action {
        case ParseState.shift: return next <= n
        case ParseState.reduce: return !stack.isEmpty && heads[s0] >= 0
        case ParseState.leftArc: return !stack.isEmpty && heads[s0] < 0
        default: return !stack.isEmpty && next <= n
        }
    }

    mutating func apply(_ action: Int, label: Int) {
        switch action {
        case ParseState.shift:
            stack.append(next); inStack[next] = true; next += 1
        case ParseState.reduce:
            inStack[stack.removeLast()] = false
        case ParseState.leftArc:
            let d = stack.removeLast()
            inStack[d] = false
            addArc(head: next, dependent: d, label: label)
        default:
            addArc(head: s0, dependent: next, label: label)
            stack.append(next); inStack[next] = true; next += 1
        }
    }

    private mutating func addArc(head h: Int, dependent d: Int, label: Int) {
        heads[d] = h
        labels[d] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if d < h {
            leftCount[h] += 1
            leftSet[h] |= bit
            if left1[h] < 0 || d < left1[h] { left2[h] = left1[h]; left1[h] = d }
            else if left2[h] < 0 || d < left2[h] { left2[h] = d }
        } else {
            rightCount[h] += 1
            rightSet[h] |= bit
            if right1[h] < 0 || d > right1[h] { right2[h] = right1[h]; right1[h] = d }
            else if right2[h] < 0 || d > right2[h] { right2[h] = d }
        }
    }

    /// The number of gold arcs that `action` makes unreachable (Goldberg and Nivre
    /// 2012's dynamic oracle for arc-eager); `gold` holds the gold head of each word
    /// (1-based, `n + 1` for the root) and `children` each word's gold dependents.
    func cost(_ action: Int, gold: [Int], children: [[Int]]) -> Int {
        let s = s0, b = next
        var c = 0
        switch action {
        case ParseState.leftArc:
            if gold[s] != b && gold[s] > b { c += 1 }
            for k in children[s] where k >= b { c += 1 }
        case ParseState.rightArc:
            let h = gold[b]
            if h != s && (inStack[h] || h > b) { c += 1 }
            for k in children[b] where k < b && inStack[k] && heads[k] < 0 { c += 1 }
        case ParseState.reduce:
            for k in children[s] where k >= b { c += 1 }
        default:
            if inStack[gold[b]] { c += 1 }
            for k in children[b] where k < b && inStack[k] && heads[k] < 0 { c += 1 }
        }
        return c
    }
}
