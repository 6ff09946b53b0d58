import Foundation

/// A corpus file read in pieces of a megabyte, handed out record by record: CSV
/// records (RFC 4180: quoted fields hold commas, doubled quotes and line breaks) or
/// lines. Memory holds one piece and one record, whatever the size of the file.
///
/// Thread safety: a value type owning its file descriptor; use it from one thread.
struct CorpusBytes {
    struct Record {
        /// The line the record starts on, from 1.
        var line: Int
        var fields: [String]
        /// A quoted field still open at the end of the file.
        var unterminated = false
        /// The record passed the limit; it was not read to its end.
        var tooLong = false
    }

    let path: String
    private let descriptor: Int32
    private var piece: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    private var line = 1
    private var first = true
    /// Whether anything but white space has been read.
    private(set) var sawText = false

    /// Opens `path` for reading without blocking, refusing a folder, pipe or device.
    /// - Throws: `LoadProblem`.
    init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw LoadProblem.missing(path: path) }
            throw LoadProblem.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw LoadProblem.unreadable(path: path, reason: reason)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw LoadProblem.unreadable(path: path, reason: "it is a folder, not an article")
        }
        if let kind = InputFile.specialKind(path) {
            close(descriptor)
            throw LoadProblem.notAFile(path: path, kind: kind)
        }
        self.descriptor = descriptor
        piece = [UInt8](repeating: 0, count: CorpusBytes.pieceSize)
    }

    static let pieceSize = 1 << 20

    /// Closes the file. Called by the record readers at the end of the file.
    private mutating func finish() {
        if !atEnd { close(descriptor) }
        atEnd = true
    }

    /// The next byte, reading the next piece when the last one is used up; nil at the end.
    /// - Throws: `LoadProblem.binary` at a NUL byte, `.unreadable` on a read error.
    private mutating func next() throws -> UInt8? {
        if start == end {
            guard !atEnd else { return nil }
            var count: Int
            repeat {
                count = piece.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, CorpusBytes.pieceSize) }
            } while count < 0 && errno == EINTR
            if count < 0 {
                let reason = String(cString: strerror(errno))
                finish()
                throw LoadProblem.unreadable(path: path, reason: reason)
            }
            if count == 0 {
                finish()
                return nil
            }
            if piece.withUnsafeBytes({ memchr($0.baseAddress!, 0, count) }) != nil {
                finish()
                throw LoadProblem.binary(path: path)
            }
            start = 0
            end = count
            // A UTF-8 byte-order mark starts no column name.
            if first {
                first = false
                if count >= 3 && piece[0] == 0xEF && piece[1] == 0xBB && piece[2] == 0xBF { start = 3 }
                if start == end { return try next() }
            }
        }
        let byte = piece[start]
        start += 1
        if !sawText && byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { sawText = true }
        return byte
    }

    /// The next line (without its line break and a carriage return before it), as one
    /// field; nil at the end of the file.
    mutating func nextLine(limit: Int) throws -> Record? {
        var bytes: [UInt8] = []
        let startLine = line
        var any = false
        while let byte = try next() {
            any = true
            if byte == 0x0A {
                line += 1
                if bytes.last == 0x0D { bytes.removeLast() }
                return Record(line: startLine, fields: [String(decoding: bytes, as: UTF8.self)])
            }
            if bytes.count >= limit {
                finish()
                return Record(line: startLine, fields: [""], tooLong: true)
            }
            bytes.append(byte)
        }
        return any ? Record(line: startLine, fields: [String(decoding: bytes, as: UTF8.self)]) : nil
    }

    /// The next CSV record that is not a blank line; nil at the end of the file.
    mutating func nextCSVRecord(limit: Int) throws -> Record? {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var justClosed = false
        var atFieldStart = true
        var size = 0
        var startLine = line
        while let byte = try next() {
            size += 1
            if size > limit {
                finish()
                return Record(line: startLine, fields: [], tooLong: true)
            }
            if quoted {
                if byte == 0x22 {
                    quoted = false
                    justClosed = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            if justClosed {
                justClosed = false
                // A doubled quote inside a quoted field is one quote.
                if byte == 0x22 {
                    field.append(0x22)
                    quoted = true
                    continue
                }
            }
            switch byte {
            case 0x22 where atFieldStart:
                quoted = true
                atFieldStart = false
            case 0x2C:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
            case 0x0D:
                break
            case 0x0A:
                line += 1
                if fields.isEmpty && field.isEmpty {
                    // A blank line is no record.
                    size = 0
                    startLine = line
                    atFieldStart = true
                    continue
                }
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(line: startLine, fields: fields)
            default:
                field.append(byte)
                atFieldStart = false
            }
        }
        if fields.isEmpty && field.isEmpty && !quoted { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return Record(line: startLine, fields: fields, unterminated: quoted)
    }
}
