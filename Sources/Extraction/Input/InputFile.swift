import Foundation

/// Reads an input — a file or standard input — in pieces, up to a size limit, and
/// refuses what is not a regular file (a named pipe, a device, a socket) by saying what
/// it is, without waiting on it.
///
/// ```swift
/// let bytes = try InputFile.read("article.txt", limit: InputFile.defaultLimit)
/// ```
///
/// Thread safety: stateless; safe to use from any thread.
public enum InputFile {
    /// The most bytes read as one article unless the user says otherwise: 20 MB. A long
    /// news article is well under 1 MB, a saved page with its markup under 10 MB, and
    /// extracting 10 MB of plain text peaks at about 300 MB resident, so 20 MB stays
    /// within a 900 MB memory limit where 50 MB (about 1.2 GB) would not.
    public static let defaultLimit = 20 * 1024 * 1024

    /// How much is read at a time.
    static let pieceSize = 1024 * 1024

    /// What `path` is when it exists and is neither a regular file nor a folder
    /// ("a named pipe (FIFO)", "a character device", …), following symbolic links; nil otherwise.
    public static func specialKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return specialKind(mode: info.st_mode)
    }

    static func specialKind(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// The bytes of the regular file at `path`, read in pieces.
    /// - Throws: `LoadProblem.notAFile` for a pipe, device or socket (opened without
    ///   blocking, so a pipe with no writer does not hang), `.tooLarge` past `limit`
    ///   bytes, `.missing` or `.unreadable`.
    public static func read(_ path: String, limit: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw LoadProblem.missing(path: path) }
            throw LoadProblem.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw LoadProblem.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw LoadProblem.unreadable(path: path, reason: "it is a folder, not an article") }
        if let kind = specialKind(mode: info.st_mode) { throw LoadProblem.notAFile(path: path, kind: kind) }
        if Int64(info.st_size) > Int64(limit) { throw LoadProblem.tooLarge(path: path, limit: limit) }
        return try read(descriptor: descriptor, path: path, limit: limit, expected: Int(info.st_size))
    }

    /// Everything on standard input up to `limit` bytes, read in pieces; stops reading
    /// as soon as the limit is passed (so `kg extract - < /dev/zero` ends at once).
    /// - Throws: `LoadProblem.tooLarge` or `.unreadable`, with the path "-".
    public static func readStandardInput(limit: Int) throws -> Data {
        try read(descriptor: STDIN_FILENO, path: "-", limit: limit, expected: 0)
    }

    /// Reads `descriptor` to its end in pieces of `pieceSize` bytes, throwing as soon as
    /// more than `limit` bytes have come. A NUL byte stops the read too: the article is
    /// binary, and the caller says so (UTF-16 text, which has NULs, is read whole).
    static func read(descriptor: Int32, path: String, limit: Int, expected: Int) throws -> Data {
        var data = Data()
        data.reserveCapacity(min(max(expected, 0), limit) + 1)
        var piece = [UInt8](repeating: 0, count: pieceSize)
        var utf16: Bool?
        while true {
            let count = piece.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, pieceSize) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    // Standard input left non-blocking by whoever set it up: wait for more.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                throw LoadProblem.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            if utf16 == nil { utf16 = data.isEmpty && count >= 2 && (piece[0] == 0xFF && piece[1] == 0xFE || piece[0] == 0xFE && piece[1] == 0xFF) }
            let hasNul = piece.withUnsafeBytes { memchr($0.baseAddress!, 0, count) != nil }
            if utf16 == false, hasNul {
                // Enough to show the file is binary; the rest need not be read.
                piece.withUnsafeBytes { data.append($0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count) }
                return data
            }
            if data.count + count > limit { throw LoadProblem.tooLarge(path: path, limit: limit) }
            piece.withUnsafeBytes { data.append($0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count) }
        }
    }

    /// "50 MB", "1.5 GB", "300 KB", "12 bytes": a size in the units people read.
    public static func describe(bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        for (size, name) in units where bytes >= size {
            let value = Double(bytes) / Double(size)
            let text = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            return "\(text) \(name)"
        }
        return "\(bytes) bytes"
    }

    /// Reads a size such as `50MB`, `200M`, `1.5GB`, `512KB` or `1000000` (bytes);
    /// units are binary (1 KB = 1024 bytes). Nil when it is not a positive size.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        let unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        let kilo = 1024.0, mega = kilo * kilo, giga = mega * kilo
        let scales: [String: Double] = ["": 1, "B": 1, "K": kilo, "KB": kilo, "KIB": kilo, "M": mega, "MB": mega,
                                        "MIB": mega, "G": giga, "GB": giga, "GIB": giga]
        guard let value = Double(number), let scale = scales[unit] else { return nil }
        let bytes = value * scale
        guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes)
    }
}
