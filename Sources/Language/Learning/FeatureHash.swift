/// Deterministic 64-bit hashing of feature names and values.
///
/// Swift's `Hasher` is seeded anew in every process, so a model keyed by it could not
/// be written to a file and read back. Strings are hashed with FNV-1a over their UTF-8
/// bytes; a feature is a template number mixed with up to three values (SplitMix64's
/// finaliser), never 0, which the feature table keeps for its empty slots.
enum FeatureHash {
    @inline(__always) static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    @inline(__always) static func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 30
        x = x &* 0xbf58_476d_1ce4_e5b9
        x ^= x >> 27
        x = x &* 0x94d0_49bb_1331_11eb
        x ^= x >> 31
        return x == 0 ? 1 : x
    }

    @inline(__always) static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finalize(template &* 0x9e37_79b9_7f4a_7c15 &+ a)
    }

    @inline(__always) static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize((template &* 0x9e37_79b9_7f4a_7c15 &+ a) &* 0xff51_afd7_ed55_8ccd &+ b)
    }

    @inline(__always) static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finalize(((template &* 0x9e37_79b9_7f4a_7c15 &+ a) &* 0xff51_afd7_ed55_8ccd &+ b) &* 0xc4ce_b9fe_1a85_ec53 &+ c)
    }
}

/// SplitMix64: a small generator with a fixed seed, so that training is the same every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.finalize(state)
    }

    /// A number in 0..<bound.
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, next(below: i + 1))
        }
    }
}
