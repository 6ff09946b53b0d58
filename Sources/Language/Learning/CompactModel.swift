/// The run-time form of a trained `SparseModel`: weights as 16-bit integers with one
/// scale, in an open-addressing table sized to its rows (not to a power of two).
///
/// With four classes or fewer (the parser's transitions) each slot holds the feature's
/// key and its weights together, so scoring a feature costs one cache line; with
/// more, a slot holds the key and the row of its weights. Rows are kept sorted by
/// key, so a model has one serialized form whatever order it was built in.
struct CompactModel: Sendable {
    /// A slot: the high half of the feature's key (0 when empty) and four weights or
    /// a row number; 12 bytes. The low half places it, so the pair identifies the
    /// feature with a false match about once in four billion probes.
    struct Slot: Sendable {
        var tag: UInt32
        var a: Int16, b: Int16, c: Int16, d: Int16
    }

    let classCount: Int
    let scale: Float
    private let slots: [Slot]
    /// The full keys, sorted: for writing the model, never read when scoring.
    private let keys: [UInt64]
    /// Weights of the rows in key order: read when scoring a model of more than four
    /// classes, kept for writing the file otherwise.
    private let weights: [Int16]
    private var inline: Bool { classCount <= 4 }

    /// From a trained model: weights quantized with the scale that fits the largest.
    init(_ model: SparseModel) {
        let order = model.rowKeys.indices.sorted { model.rowKeys[$0] < model.rowKeys[$1] }
        let maxAbs = model.weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var q = [Int16]()
        q.reserveCapacity(model.weights.count)
        for r in order {
            for k in 0..<model.classCount {
                q.append(Int16(clamping: Int((model.weights[r * model.classCount + k] / scale).rounded())))
            }
        }
        self.init(classCount: model.classCount, scale: scale, keys: order.map { model.rowKeys[$0] }, weights: q)
    }

    /// From rows sorted by key, as a model file holds them.
    init(classCount: Int, scale: Float, keys: [UInt64], weights q: [Int16]) {
        precondition(q.count == keys.count * classCount)
        self.classCount = classCount
        self.scale = scale
        let capacity = max(16, keys.count + keys.count / 3 + 1)
        var slots = [Slot](repeating: Slot(tag: 0, a: 0, b: 0, c: 0, d: 0), count: capacity)
        let inline = classCount <= 4
        for (r, key) in keys.enumerated() {
            var i = CompactModel.home(key, capacity)
            while slots[i].tag != 0 { i += 1; if i == capacity { i = 0 } }
            var slot = Slot(tag: CompactModel.tag(key), a: 0, b: 0, c: 0, d: 0)
            if inline {
                let base = r * classCount
                slot.a = q[base]
                if classCount > 1 { slot.b = q[base + 1] }
                if classCount > 2 { slot.c = q[base + 2] }
                if classCount > 3 { slot.d = q[base + 3] }
            } else {
                slot.a = Int16(truncatingIfNeeded: r)
                slot.b = Int16(truncatingIfNeeded: r >> 16)
            }
            slots[i] = slot
        }
        self.slots = slots
        self.keys = keys
        self.weights = q
    }

    @inline(__always) private static func home(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((key & 0xffff_ffff) &* UInt64(capacity)) >> 32)
    }

    @inline(__always) private static func tag(_ key: UInt64) -> UInt32 {
        max(1, UInt32(truncatingIfNeeded: key >> 32))
    }

    /// Sets `scores` to the sum of the rows of `features`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        let c = classCount
        let capacity = slots.count
        slots.withUnsafeBufferPointer { table in
            if inline {
                var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0, s3: Int32 = 0
                for f in features {
                    var i = CompactModel.home(f, capacity)
                    let t = CompactModel.tag(f)
                    while true {
                        let slot = table[i]
                        if slot.tag == t {
                            s0 &+= Int32(slot.a); s1 &+= Int32(slot.b); s2 &+= Int32(slot.c); s3 &+= Int32(slot.d)
                            break
                        }
                        if slot.tag == 0 { break }
                        i += 1; if i == capacity { i = 0 }
                    }
                }
                scores[0] = Float(s0) * scale
                if c > 1 { scores[1] = Float(s1) * scale }
                if c > 2 { scores[2] = Float(s2) * scale }
                if c > 3 { scores[3] = Float(s3) * scale }
                return
            }
            weights.withUnsafeBufferPointer { w in
                scores.withUnsafeMutableBufferPointer { out in
                    for k in 0..<c { out[k] = 0 }
                    for f in features {
                        var i = CompactModel.home(f, capacity)
                        let t = CompactModel.tag(f)
                        while true {
                            let slot = table[i]
                            if slot.tag == t {
                                let row = Int(UInt16(bitPattern: slot.a)) | Int(UInt16(bitPattern: slot.b)) << 16
                                let base = row * c
                                for k in 0..<c { out[k] += Float(w[base + k]) }
                                break
                            }
                            if slot.tag == 0 { break }
                            i += 1; if i == capacity { i = 0 }
                        }
                    }
                    for k in 0..<c { out[k] *= scale }
                }
            }
        }
    }

    /// The rows sorted by key with their quantized weights, as the file stores them.
    var rows: (keys: [UInt64], weights: [Int16]) { (keys, weights) }

    var rowCount: Int { keys.count }
}
