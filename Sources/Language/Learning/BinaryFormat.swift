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

/// Reads what `BinaryWriter` wrote, straight from the file's bytes (no copy of them);
/// every read checks the bounds and throws on a short file. Valid only while those
/// bytes are: inside `Data.withUnsafeBytes`, or while `file` lives. Reading a mapped
/// file releases its pages behind the reader as it goes.
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private let file: MappedFile?
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        file = nil
    }

    init(_ file: MappedFile) {
        bytes = file.bytes
        self.file = file
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ n: Int) throws -> Range<Int> {
        // Everything before this read has been decoded into the model.
        file?.release(below: offset)
        guard n >= 0, n <= bytes.count - offset else { throw LanguageModelError.corrupt("the file ends early") }
        defer { offset += n }
        return offset..<(offset + n)
    }

    mutating func readUInt32() throws -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4).lowerBound, as: UInt32.self))
    }

    mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    mutating func readString() throws -> String {
        let n = Int(try readUInt32())
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[try take(n)]), as: UTF8.self)
    }

    mutating func readStrings() throws -> [String] {
        let n = Int(try readUInt32())
        guard n <= bytes.count else { throw LanguageModelError.corrupt("a list is longer than the file") }
        return try (0..<n).map { _ in try readString() }
    }

    mutating func readUInt64s() throws -> [UInt64] {
        let n = Int(try readUInt32())
        guard n <= bytes.count / 8 else { throw LanguageModelError.corrupt("the file ends early") }
        let start = try take(n * 8).lowerBound
        return [UInt64](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n { out[i] = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + i * 8, as: UInt64.self)) }
            count = n
        }
    }

    mutating func readUInt32s() throws -> [UInt32] {
        let n = Int(try readUInt32())
        guard n <= bytes.count / 4 else { throw LanguageModelError.corrupt("a list is longer than the file") }
        let start = try take(n * 4).lowerBound
        return [UInt32](unsafeUninitializedCapacity: n) { out, count in
            for i in 0..<n { out[i] = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + i * 4, as: UInt32.self)) }
            count = n
        }
    }

    /// A weight table, its weights read from the file's bytes as the table is filled
    /// (never copied into an array of their own first).
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
        guard n <= bytes.count / 2 else { throw LanguageModelError.corrupt("the file ends early") }
        let weights = LittleEndianWeights(bytes: UnsafeRawBufferPointer(rebasing: bytes[try take(n * 2)]))
        return CompactModel(classCount: classes, scale: scale, keys: keys, weights: weights)
    }
}

/// The 16-bit weights of a model file, read in place.
struct LittleEndianWeights: RandomAccessCollection {
    let bytes: UnsafeRawBufferPointer

    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count / 2 }

    subscript(i: Int) -> Int16 {
        Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 2, as: Int16.self))
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
