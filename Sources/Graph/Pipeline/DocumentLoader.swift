import Foundation

/// Finds and reads articles: files, folders (recursively, in sorted order) and `-`
/// for standard input.
///
/// Thread safety: a value type; safe to use from any thread.
public struct DocumentLoader: Sendable {
    /// File extensions read, and how each is marked up.
    public static let kinds: [String: SourceKind] = [
        "txt": .plain, "text": .plain, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]

    /// Files never read as articles, as resolved absolute paths: kg's own outputs
    /// and store (see `OutputWriter.files(in:)` and `GraphStore.files(at:)`).
    public var ignored: Set<String>

    /// The most bytes read as one article (`InputFile.defaultLimit` unless raised).
    public var maxArticleBytes = InputFile.defaultLimit

    /// A loader that never reads the files in `ignoring` (e.g. the report and store of
    /// the build it feeds), however they are reached: named, found in a folder or
    /// through a symbolic link.
    public init(ignoring: [String] = [], maxArticleBytes: Int = InputFile.defaultLimit) {
        ignored = Set(ignoring.map(DocumentLoader.resolved))
        self.maxArticleBytes = maxArticleBytes
    }

    /// Expands `paths` into the article files below them, with a problem for each path
    /// that is missing or holds nothing to read.
    public func expand(_ paths: [String]) -> (files: [String], problems: [LoadProblem]) {
        var files: [String] = []
        var problems: [LoadProblem] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(.missing(path: path))
                continue
            }
            if !isDirectory.boolValue {
                if isIgnored(path) { problems.append(.ownOutput(path: path)) } else { files.append(path) }
                continue
            }
            let found = articles(below: path)
            if found.isEmpty { problems.append(.noArticles(path: path)) }
            files += found
        }
        return (files, problems)
    }

    /// The article files below `folder`, in sorted order. Symbolic links to folders and
    /// files are followed; a link back to a folder already walked (a loop, or a second
    /// way to the same folder) is not, and a file reached twice is read once.
    private func articles(below folder: String) -> [String] {
        var found: [(path: String, real: String)] = []
        var walked: Set<String> = []
        walk(folder, found: &found, walked: &walked)
        var seen: Set<String> = []
        return found.sorted { $0.path < $1.path }.filter { seen.insert($0.real).inserted }.map(\.path)
    }

    private func walk(_ folder: String, found: inout [(path: String, real: String)], walked: inout Set<String>) {
        guard walked.insert(DocumentLoader.resolved(folder)).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            // Hidden folders (.git, .build, .venv) hold tooling files, not articles.
            if name.hasPrefix(".") { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                walk(path, found: &found, walked: &walked)
                continue
            }
            // A broken link to an article is kept, so `load` names it as missing.
            let ext = (name as NSString).pathExtension.lowercased()
            if (DocumentLoader.kinds[ext] != nil || CorpusReader.extensions.contains(ext)) && !isIgnored(path) {
                found.append((path, DocumentLoader.resolved(path)))
            }
        }
    }

    private func isIgnored(_ path: String) -> Bool {
        !ignored.isEmpty && ignored.contains(DocumentLoader.resolved(path))
    }

    /// `path` absolute, with symbolic links and `.`/`..` resolved as far as it exists,
    /// so two spellings of one file compare equal.
    static func resolved(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let real = realpath(absolute, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // Not there (yet): resolve the folder and keep the name.
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard folder != absolute else { return absolute }
        return (resolved(folder) as NSString).appendingPathComponent(name)
    }

    /// Reads one article. `-` reads standard input as plain text (HTML when it starts with a tag).
    /// Either is read in pieces and refused past `maxArticleBytes`; a named pipe, device
    /// or socket given as a path is refused without being opened for a blocking read.
    /// - Throws: `LoadProblem`.
    public func load(_ path: String) throws -> SourceDocument {
        let bytes: Data
        let kind: SourceKind
        if path == "-" {
            bytes = try InputFile.readStandardInput(limit: maxArticleBytes)
            kind = DocumentLoader.looksLikeHTML(bytes) ? .html : .plain
        } else {
            let ext = (path as NSString).pathExtension.lowercased()
            let known = DocumentLoader.kinds[ext]
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadProblem.missing(path: path)
            }
            if isDirectory.boolValue { throw LoadProblem.unreadable(path: path, reason: "it is a folder, not an article") }
            if let special = InputFile.specialKind(path) { throw LoadProblem.notAFile(path: path, kind: special) }
            if CorpusReader.isCorpus(path) {
                throw LoadProblem.unreadable(path: path, reason: "it is a corpus of articles, one per row; read it with kg build")
            }
            guard let known else { throw LoadProblem.unsupportedType(path: path) }
            kind = known
            bytes = try InputFile.read(path, limit: maxArticleBytes)
        }
        return try document(from: bytes, path: path, kind: kind)
    }

    /// Builds a document from bytes already read. A NUL byte anywhere makes it binary.
    /// - Throws: `LoadProblem.binary` or `.empty`.
    public func document(from bytes: Data, path: String, kind: SourceKind) throws -> SourceDocument {
        var text: String
        let repaired: Bool
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16 with a byte-order mark (what some Windows editors save) is text, not binary.
            guard let decoded = String(data: bytes, encoding: .utf16) else {
                throw LoadProblem.unreadable(path: path, reason: "it starts as UTF-16 text but is not valid UTF-16; save it as UTF-8")
            }
            // Binary data that happens to start with FF FE decodes to control characters.
            let controls = decoded.unicodeScalars.prefix(4096).filter { $0.value < 0x20 && !"\n\r\t\u{0C}".unicodeScalars.contains($0) }
            if !controls.isEmpty || decoded.unicodeScalars.contains("\u{0}") { throw LoadProblem.binary(path: path) }
            text = decoded
            repaired = false
        } else {
            // A NUL anywhere means the file is not text: past the first bytes it would
            // otherwise cut the stored quote short where `kg extract` printed all of it.
            if bytes.contains(0) { throw LoadProblem.binary(path: path) }
            text = String(decoding: bytes, as: UTF8.self)
            repaired = !bytes.isEmpty && String(validatingUTF8Data: bytes) == nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) { throw LoadProblem.empty(path: path) }
        let hash = SHA256.hex(bytes)
        let id: String
        if path == "-" {
            id = "stdin-" + hash.prefix(12)
        } else {
            id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        return SourceDocument(id: id, path: path, kind: kind, text: text, contentHash: hash, repairedEncoding: repaired)
    }

    static func looksLikeHTML(_ bytes: Data) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || (trimmed.hasPrefix("<") && head.contains("<body"))
    }

    /// A short reason for a file-system error ("Permission denied", "File exists"), not Foundation's dump.
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = (nsError.userInfo[NSUnderlyingErrorKey] as? Error).map({ $0 as NSError }),
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        if nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        let posix: [Int: Int32] = [
            NSFileWriteNoPermissionError: EACCES, NSFileWriteFileExistsError: EEXIST,
            NSFileWriteOutOfSpaceError: ENOSPC, NSFileWriteVolumeReadOnlyError: EROFS,
        ]
        if let code = posix[nsError.code] { return String(cString: strerror(code)) }
        return nsError.localizedDescription
    }
}

private extension String {
    init?(validatingUTF8Data data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}
