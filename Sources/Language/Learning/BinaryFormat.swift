import Foundation

/// Little-endian writing of a model file.
struct BinaryWriter {
    private(set) var data = Data()

    mutating func write(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func write(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func write(_ v: Float) { write(v.bitPattern) }

    mutating func write(_ s: String) {
        let bytes = Array(s.utf8)
        write(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }

    mutating func write(_ strings: [String]) {
        write(UInt32(strings.count))
        for s in strings { write(s) }
    }

    mutating func write(_ values: [UInt64]) {
        write(UInt32(values.count))
        data.reserveCapacity(data.count + values.count * 8)
        for v in values { write(v) }
    }

    mutating func write(_ values: [UInt32]) {
        write(UInt32(values.count))
        for v in values { write(v) }
    }

    mutating func write(_ model: CompactModel) {
        let rows = model.rows
        write(UInt32(model.classCount))
        write(model.scale)
        write(rows.keys)
        write(UInt32(rows.weights.count))
        data.reserveCapacity(data.count + rows.weights.count * 2)
        for q in rows.weights { withUnsafeBytes(of: q.littleEndian) { data.append(contentsOf: $0) } }
    }
}

/// Reads what `BinaryWriter` wrote; every read checks the bounds and throws on a short file.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ n: Int) throws -> Range<Int> {
        guard n >= 0, offset + n <= bytes.count else { throw LanguageModelError.corrupt("the file ends early") }
        defer { offset += n }
        return offset..<(offset + n)
    }

    mutating func readUInt32() throws -> UInt32 {
        let r = try take(4)
        var v: UInt32 = 0
        for k in r.reversed() { v = v << 8 | UInt32(bytes[k]) }
        return v
    }

    mutating func readUInt64() throws -> UInt64 {
        let r = try take(8)
        var v: UInt64 = 0
        for k in r.reversed() { v = v << 8 | UInt64(bytes[k]) }
        return v
    }

    mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    mutating func readString() throws -> String {
        let n = Int(try readUInt32())
        let r = try take(n)
        return String(decoding: bytes[r], as: UTF8.self)
    }

    mutating func readStrings() throws -> [String] {
        let n = Int(try readUInt32())
        guard n <= bytes.count else { throw LanguageModelError.corrupt("a list is longer than the file") }
        return try (0..<n).map { _ in try readString() }
    }

    mutating func readUInt64s() throws -> [UInt64] {
        let n = Int(try readUInt32())
        let r = try take(n * 8)
        var out = [UInt64](repeating: 0, count: n)
        var k = r.lowerBound
        for i in 0..<n {
            var v: UInt64 = 0
            for b in (k..<(k + 8)).reversed() { v = v << 8 | UInt64(bytes[b]) }
            out[i] = v
            k += 8
        }
        return out
    }

    mutating func readUInt32s() throws -> [UInt32] {
        let n = Int(try readUInt32())
        guard n * 4 <= bytes.count else { throw LanguageModelError.corrupt("a list is longer than the file") }
        return try (0..<n).map { _ in try readUInt32() }
    }

    mutating func readModel() throws -> CompactModel {
        let classes = Int(try readUInt32())
        let scale = try readFloat()
        let keys = try readUInt64s()
        let n = Int(try readUInt32())
        guard classes > 0, n == keys.count * classes, scale.isFinite, scale > 0 else {
            throw LanguageModelError.corrupt("a weight table does not match its features")
        }
        guard keys.allSatisfy({ $0 != 0 }), zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw LanguageModelError.corrupt("the feature keys are not in order")
        }
        let r = try take(n * 2)
        var q = [Int16](repeating: 0, count: n)
        var k = r.lowerBound
        for i in 0..<n {
            q[i] = Int16(bitPattern: UInt16(bytes[k]) | UInt16(bytes[k + 1]) << 8)
            k += 2
        }
        return CompactModel(classCount: classes, scale: scale, keys: keys, weights: q)
    }
}

/// Why a language model could not be loaded or trained.
public enum LanguageModelError: LocalizedError, Equatable {
    case missing(String)
    case corrupt(String)
    case badTreebank(file: String, line: Int, problem: String)
    case emptyTreebank(String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "the language model \(path) is missing; rebuild it with 'kg train'"
        case .corrupt(let why): "the language model is damaged (\(why)); rebuild it with 'kg train'"
        case .badTreebank(let file, let line, let problem): "\(file):\(line): \(problem)"
        case .emptyTreebank(let file): "\(file): no sentences"
        }
    }
}
