import Foundation

/// A file mapped into memory read-only, for reading a model once from start to end:
/// `release(below:)` hands the pages already read back to the kernel, so loading
/// holds the model and the part of the file being read, never the whole file as well.
///
/// Thread safety: not thread-safe; one reader uses it, then it is dropped.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// - Throws: `LanguageModelError.missing` when the file cannot be opened or mapped.
    init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw LanguageModelError.missing(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw LanguageModelError.missing(path) }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw LanguageModelError.missing(path)
        }
        _ = madvise(base, size, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    /// Drops the whole pages below `offset` from memory: they are read again from the
    /// file if touched, so this changes what is resident, never what is read.
    func release(below offset: Int) {
        guard let base = bytes.baseAddress else { return }
        let end = offset / MappedFile.pageSize * MappedFile.pageSize
        guard end - released >= 1 << 20 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
