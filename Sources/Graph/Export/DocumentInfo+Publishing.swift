import Foundation

extension DocumentInfo {
    /// Where the document was read from, as every published output names it: its path
    /// relative to the build's input folder (`name`). A document stored before kg kept
    /// that falls back on its path as given, or only the file name when that path was
    /// absolute; standard input and imported extractions have none.
    public var publishedPath: String? {
        if let name, !name.isEmpty { return name }
        guard let source, !source.isEmpty, source != "-" else { return nil }
        return source.hasPrefix("/") ? (source as NSString).lastPathComponent : source
    }

    /// How outputs name the document to a reader: its web address, else its published
    /// path, else its id.
    public var publishedName: String {
        if let url, LinkedDataExporter.isWebAddress(url) { return url }
        return publishedPath ?? id
    }

    /// The name of each document read by one build: its path relative to `root`, the
    /// folder the build's inputs have in common (see `InputRoot`). A corpus row keeps
    /// its `#N` suffix; standard input has no name.
    static func publishedName(source: String, root: String) -> String? {
        guard source != "-" else { return nil }
        var path = source
        var row = ""
        if let hash = source.lastIndex(of: "#"), CorpusReader.isCorpus(String(source[..<hash])) {
            path = String(source[..<hash])
            row = String(source[hash...])
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : (absolute as NSString).lastPathComponent
        return relative + row
    }
}

/// The folder a build's inputs have in common: a folder given is its own root, a file's
/// root is the folder holding it. Documents are published by their path below it, so
/// `kg build news/` names `news/world/a.txt` as `world/a.txt` and two `a.txt` in
/// different folders stay apart, whatever the machine's folders are called.
enum InputRoot {
    static func of(_ paths: [String]) -> String {
        var folders: [[String]] = []
        for path in paths where path != "-" {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
                ? absolute : (absolute as NSString).deletingLastPathComponent
            folders.append(folder.split(separator: "/").map(String.init))
        }
        guard var common = folders.first else { return FileManager.default.currentDirectoryPath }
        for parts in folders.dropFirst() {
            var shared = 0
            while shared < min(common.count, parts.count) && common[shared] == parts[shared] { shared += 1 }
            common = Array(common.prefix(shared))
        }
        return "/" + common.joined(separator: "/")
    }
}
