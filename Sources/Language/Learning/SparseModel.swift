/// A linear classifier over hashed sparse features: one row of class weights per
/// feature, found through an open-addressing table keyed by the feature's hash.
///
/// Scoring a decision reads one row per feature present, so its cost is features ×
/// classes whatever the size of the model. Features absent from the model add nothing.
struct SparseModel: Sendable {
    let classCount: Int
    /// The feature key of each row, in row order (the order they were first seen).
    private(set) var rowKeys: [UInt64] = []
    private(set) var weights: [Float] = []
    private var slots: [UInt64] = []
    private var slotRow: [Int32] = []
    private var mask = 0

    init(classCount: Int, capacity: Int = 1024) {
        self.classCount = classCount
        rebuildTable(capacity: capacity)
    }

    init(classCount: Int, rowKeys: [UInt64], weights: [Float]) {
        precondition(weights.count == rowKeys.count * classCount)
        self.classCount = classCount
        self.rowKeys = rowKeys
        self.weights = weights
        rebuildTable(capacity: rowKeys.count * 2)
    }

    var rowCount: Int { rowKeys.count }

    /// The row of a feature, or -1.
    @inline(__always) func row(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[i]
            if k == key { return Int(slotRow[i]) }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    /// The row of a feature, added with zero weights when new.
    mutating func insertRow(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[i]
            if k == key { return Int(slotRow[i]) }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        let r = rowKeys.count
        slots[i] = key
        slotRow[i] = Int32(r)
        rowKeys.append(key)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        if rowKeys.count * 2 > slots.count { rebuildTable(capacity: slots.count * 2) }
        return r
    }

    /// Adds `delta` to one weight.
    @inline(__always) mutating func add(row: Int, label: Int, _ delta: Float) {
        weights[row * classCount + label] += delta
    }

    /// Sets `scores` to the sum of the rows of `features`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        let c = classCount
        scores.withUnsafeMutableBufferPointer { out in
            for k in 0..<c { out[k] = 0 }
            weights.withUnsafeBufferPointer { w in
                for f in features {
                    let r = row(f)
                    if r < 0 { continue }
                    let base = r * c
                    for k in 0..<c { out[k] += w[base + k] }
                }
            }
        }
    }

    private mutating func rebuildTable(capacity: Int) {
        var size = 16
        while size < capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        slotRow = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (r, key) in rowKeys.enumerated() {
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
            slotRow[i] = Int32(r)
        }
    }
}

extension SparseModel {
    /// The best class: the first of the highest scores.
    static func best(_ scores: [Float]) -> Int { best(scores) { _ in true } }

    /// The best class among those `allowed` says may be chosen. (The closure is not
    /// escaping, so what it captures is not copied to the heap at every decision.)
    @inline(__always) static func best(_ scores: [Float], allowed: (Int) -> Bool) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for k in 0..<scores.count where allowed(k) {
            if best < 0 || scores[k] > bestScore { best = k; bestScore = scores[k] }
        }
        return best
    }
}

