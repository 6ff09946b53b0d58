/// An open-addressing table from a nonzero 64-bit key to a small value, for the
/// word tables a model carries (tag dictionaries, ambiguity classes, lemma sets).
struct KeyIndex: Sendable {
    private(set) var keys: [UInt64] = []
    private(set) var values: [UInt32] = []
    private var slots: [UInt64] = []
    private var slotValue: [UInt32] = []
    private var mask = 0

    init(keys: [UInt64] = [], values: [UInt32] = []) {
        precondition(keys.count == values.count)
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        slotValue = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (k, v) in zip(keys, values) { self[k] = v }
    }

    var count: Int { keys.count }

    subscript(key: UInt64) -> UInt32? {
        get {
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = slots[i]
                if k == key { return slotValue[i] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let value = newValue else { return }
            precondition(key != 0)
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 && slots[i] != key { i = (i + 1) & mask }
            if slots[i] == key {
                slotValue[i] = value
                if let k = keys.firstIndex(of: key) { values[k] = value }
                return
            }
            slots[i] = key
            slotValue[i] = value
            keys.append(key)
            values.append(value)
            if keys.count * 2 > slots.count { self = KeyIndex(keys: keys, values: values) }
        }
    }
}
