import Foundation

/// The run-time form of a trained `SparseModel`: weights as 16-bit integers with one
/// scale, in an open-addressing table sized to its rows (not to a power of two).
///
/// With four classes or fewer (the parser's transitions) each slot holds the feature's
/// whole key and its weights together in 16 bytes, so scoring a feature costs one
/// cache line. The slots are in key order, each at its home (the key's top bits
/// scaled to the table) or just after the slot before it, and an empty slot holds
/// the key that follows it less one: a lookup steps forward while the slot's key is
/// smaller than the feature's, a few slots at most, and a missing feature stops as
/// soon as a larger key shows, without a separate test for empty slots. With more
/// (tags, relations), a slot is only the key's tag, and the weights of the feature in
/// slot i are row i of a table aligned to cache lines (64 bytes for up to 32 classes,
/// 128 for up to 64): the row's address does not depend on what the slot holds, so
/// the processor fetches both at once, and the row is summed 32 weights at a time.
/// Rows are kept sorted by key, so a model has one serialized form whatever order it
/// was built in.
struct CompactModel: Sendable {
    /// A slot of a narrow model: a feature's key and four weights (zeros when empty).
    struct Slot: Sendable {
        var key: UInt64
        var a: Int16, b: Int16, c: Int16, d: Int16
    }

    /// Zeroed memory for a table, aligned to a cache line; a table of 4 MB or more is
    /// aligned to 2 MB and asks Linux for huge pages (madvise), so that lookups
    /// scattered over it do not miss the TLB as well as the cache. Immutable once
    /// filled by the initializer, so safe to share between threads.
    final class TableMemory: @unchecked Sendable {
        let base: UnsafeMutableRawPointer

        init(byteCount: Int) {
            let huge = 2 << 20
            let large = byteCount >= 2 * huge
            let size = large ? (byteCount + huge - 1) / huge * huge : max(64, byteCount)
            base = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: large ? huge : 64)
            #if os(Linux)
            if large { _ = madvise(base, size, MADV_HUGEPAGE) }
            #endif
            base.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        }

        deinit { base.deallocate() }
    }

    let classCount: Int
    let scale: Float
    /// Narrow models: the slots with their weights.
    private let slotMemory: TableMemory
    private let slotCount: Int
    private var slots: UnsafeBufferPointer<Slot> {
        UnsafeBufferPointer(start: slotMemory.base.assumingMemoryBound(to: Slot.self), count: slotCount)
    }
    /// Wide models: the tag of each slot, and the weight rows in slot order, each
    /// padded to whole cache lines (`rowStride` bytes) and aligned to one.
    private let tags: [UInt32]
    private let table: TableMemory
    private let rowStride: Int
    /// The full keys, sorted: for writing the model, never read when scoring. (The
    /// weights are not kept apart: `rows` reads them back from the tables.)
    private let keys: [UInt64]
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

    /// From rows sorted by key, as a model file holds them: `q` holds each row's weights
    /// in turn (an array, or the bytes of the file itself).
    init<Weights: RandomAccessCollection>(classCount: Int, scale: Float, keys: [UInt64], weights q: Weights)
        where Weights.Element == Int16, Weights.Index == Int {
        precondition(q.count == keys.count * classCount)
        self.classCount = classCount
        self.scale = scale
        let inline = classCount <= 4
        (slotMemory, slotCount) = inline ? CompactModel.orderedSlots(keys, q, classCount) : (TableMemory(byteCount: 0), 0)
        rowStride = (classCount + 31) / 32 * 64
        let capacity = max(16, keys.count + keys.count / 3 + 1)
        var tags = [UInt32](repeating: 0, count: inline ? 0 : capacity)
        let table = TableMemory(byteCount: inline ? 0 : capacity * rowStride)
        if !inline {
            for (r, key) in keys.enumerated() {
                var i = CompactModel.home(key, capacity)
                while tags[i] != 0 { i += 1; if i == capacity { i = 0 } }
                tags[i] = CompactModel.tag(key)
                let row = (table.base + i * rowStride).assumingMemoryBound(to: Int16.self)
                for k in 0..<classCount { row[k] = q[r * classCount + k] }
            }
        }
        self.tags = tags
        self.table = table
        self.keys = keys
    }

    /// The slots of a narrow model, for keys in increasing order (never 0): each at
    /// its home or right after the one before, the table running past its nominal
    /// size as far as the last one needs, then a slot with the largest key to end
    /// every lookup. Written in place: a copy would stay in the process's heap.
    private static func orderedSlots<Weights: RandomAccessCollection>(_ keys: [UInt64], _ q: Weights, _ classCount: Int) -> (TableMemory, Int)
        where Weights.Element == Int16, Weights.Index == Int {
        let capacity = orderedCapacity(keys.count)
        var end = 0
        for key in keys { end = max(orderedHome(key, capacity), end) + 1 }
        let count = max(capacity, end) + 1
        let memory = TableMemory(byteCount: count * MemoryLayout<Slot>.stride)
        let slots = memory.base.bindMemory(to: Slot.self, capacity: count)
        var i = -1
        for (r, key) in keys.enumerated() {
            i = max(orderedHome(key, capacity), i + 1)
            let base = r * classCount
            var slot = Slot(key: key, a: q[base], b: 0, c: 0, d: 0)
            if classCount > 1 { slot.b = q[base + 1] }
            if classCount > 2 { slot.c = q[base + 2] }
            if classCount > 3 { slot.d = q[base + 3] }
            slots[i] = slot
        }
        // An empty slot (key 0) holds the next key less one (the largest after the last).
        var next = UInt64.max
        for k in (0..<count).reversed() {
            if slots[k].key != 0 { next = slots[k].key } else { slots[k].key = next == .max ? .max : next - 1 }
        }
        return (memory, count)
    }

    /// Slots for `count` keys in a narrow model: 3 for every 2 keys (5 for 4 took 5%
    /// more instructions and time, for 2.5 MB less).
    private static func orderedCapacity(_ count: Int) -> Int { max(16, count + count / 2) }

    /// Where a key's slot would be with no others before it: monotonic in the key.
    @inline(__always) private static func orderedHome(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((key >> 32) &* UInt64(capacity)) >> 32)
    }

    @inline(__always) private static func home(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((key & 0xffff_ffff) &* UInt64(capacity)) >> 32)
    }

    @inline(__always) private static func tag(_ key: UInt64) -> UInt32 {
        max(1, UInt32(truncatingIfNeeded: key >> 32))
    }

    /// Sets `scores` to the sum of the rows of `features`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        if inline { scoreInline(features, into: &scores) } else { scoreRows(features, into: &scores) }
    }

    /// In two passes: the first reads the home slot of every feature, loads that
    /// depend on nothing and so are all in flight at once; the second probes from
    /// there, its slots now in cache. (Probing feature by feature, each branch on a
    /// key still on its way from memory held back the loads behind it.)
    private func scoreInline(_ features: [UInt64], into scores: inout [Float]) {
        let c = classCount
        let capacity = CompactModel.orderedCapacity(keys.count)
        var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0, s3: Int32 = 0
        let table = slots
        do {
            features.withUnsafeBufferPointer { features in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { first in
                    for (j, f) in features.enumerated() {
                        first[j] = table[CompactModel.orderedHome(f, capacity)].key
                    }
                    for (j, f) in features.enumerated() where first[j] <= f {
                        var i = CompactModel.orderedHome(f, capacity)
                        while table[i].key < f { i += 1 }
                        let slot = table[i]
                        if slot.key == f {
                            s0 &+= Int32(slot.a); s1 &+= Int32(slot.b); s2 &+= Int32(slot.c); s3 &+= Int32(slot.d)
                        }
                    }
                }
            }
        }
        scores[0] = Float(s0) * scale
        if c > 1 { scores[1] = Float(s1) * scale }
        if c > 2 { scores[2] = Float(s2) * scale }
        if c > 3 { scores[3] = Float(s3) * scale }
    }

    /// In three passes, so that loads wait on nothing they need not: the home tag of
    /// every feature, then the slot each is in (or none), then the sum of their rows.
    ///
    /// Rows are summed in 32-bit lanes, 32 classes per 64-byte line: the sums of at
    /// most a few hundred 16-bit weights are exact, as the float sums they replace
    /// were. A line is read as sixteen 32-bit lanes, each the weights of classes 2j
    /// (low half) and 2j + 1 (high half), which shifts sign-extend.
    private func scoreRows(_ features: [UInt64], into scores: inout [Float]) {
        let c = classCount
        let capacity = tags.count
        let base = UnsafeRawPointer(table.base), stride = rowStride
        let lines = stride / 64
        var even0 = SIMD16<Int32>(), odd0 = SIMD16<Int32>(), even1 = SIMD16<Int32>(), odd1 = SIMD16<Int32>()
        var wide = [Int32](repeating: 0, count: lines > 2 ? c : 0)
        tags.withUnsafeBufferPointer { tags in
            features.withUnsafeBufferPointer { features in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { found in
                    for (j, f) in features.enumerated() { found[j] = Int(tags[CompactModel.home(f, capacity)]) }
                    var n = 0
                    for (j, f) in features.enumerated() {
                        let t = CompactModel.tag(f)
                        var i = CompactModel.home(f, capacity)
                        var g = UInt32(truncatingIfNeeded: found[j])
                        while g != t && g != 0 {
                            i += 1; if i == capacity { i = 0 }
                            g = tags[i]
                        }
                        if g == t { found[n] = i; n += 1 }
                    }
                    for i in found[..<n] {
                        let row = base + i * stride
                        let v = row.load(as: SIMD16<Int32>.self)
                        even0 &+= (v &<< 16) &>> 16
                        odd0 &+= v &>> 16
                        if lines > 1 {
                            let v = row.load(fromByteOffset: 64, as: SIMD16<Int32>.self)
                            even1 &+= (v &<< 16) &>> 16
                            odd1 &+= v &>> 16
                        }
                        if lines > 2 {
                            let w = row.assumingMemoryBound(to: Int16.self)
                            for k in 64..<c { wide[k] &+= Int32(w[k]) }
                        }
                    }
                }
            }
        }
        scores.withUnsafeMutableBufferPointer { out in
            for k in 0..<min(c, 32) { out[k] = Float(k & 1 == 0 ? even0[k >> 1] : odd0[k >> 1]) * scale }
            if c > 32 { for k in 32..<min(c, 64) { out[k] = Float(k & 1 == 0 ? even1[(k - 32) >> 1] : odd1[(k - 32) >> 1]) * scale } }
            if c > 64 { for k in 64..<c { out[k] = Float(wide[k]) * scale } }
        }
    }

    /// The rows sorted by key with their quantized weights, as the file stores them,
    /// read back from the tables: each key's slot is found by placing the keys again
    /// as the initializer did (a lookup by tag could stop at another key's slot).
    var rows: (keys: [UInt64], weights: [Int16]) {
        let c = classCount
        var q = [Int16]()
        q.reserveCapacity(keys.count * c)
        if inline {
            let capacity = CompactModel.orderedCapacity(keys.count)
            var i = -1
            for key in keys {
                i = max(CompactModel.orderedHome(key, capacity), i + 1)
                let slot = slots[i]
                q.append(slot.a)
                if c > 1 { q.append(slot.b) }
                if c > 2 { q.append(slot.c) }
                if c > 3 { q.append(slot.d) }
            }
        } else {
            let capacity = tags.count
            var taken = [Bool](repeating: false, count: capacity)
            for key in keys {
                var i = CompactModel.home(key, capacity)
                while taken[i] { i += 1; if i == capacity { i = 0 } }
                taken[i] = true
                let row = (table.base + i * rowStride).assumingMemoryBound(to: Int16.self)
                for k in 0..<c { q.append(row[k]) }
            }
        }
        return (keys, q)
    }

    var rowCount: Int { keys.count }
}
