import Foundation

/// What the outputs in a folder were drawn from, kept beside them in `.kg-outputs`:
/// the kg release, the store and its state (last build and row counts), the formats,
/// the view, and each file's size and modification time as written. A build that
/// changed nothing finds the same stamp and leaves the outputs alone instead of
/// drawing them again; any difference (another view, a file touched or removed since,
/// another kg writing to the store) draws them anew.
///
/// Thread safety: a value type; safe to use from any thread.
public struct OutputStamp: Sendable, Equatable {
    /// The file beside the outputs; hidden, so never read as an article.
    public static let fileName = ".kg-outputs"

    /// What the outputs depend on, one line each.
    public var source: String
    public var formats: [OutputFormat]

    public init(store: String, counts: StoreCounts, buildID: Int64?, formats: [OutputFormat], view: DiagramView) {
        let predicates = view.predicates.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all"
        source = """
            kg \(KGVersion.current)
            store \(store)
            build \(buildID.map(String.init) ?? "none") documents \(counts.documents) actors \(counts.actors) facts \(counts.facts) evidence \(counts.evidence)
            view focus=\(view.focus ?? "") depth=\(view.depth) min-evidence=\(view.minEvidence) predicates=\(predicates) level=\(view.level) max-nodes=\(view.maxNodes) layout=\(view.layout.map { "\($0)" } ?? "auto") dates=\(view.dates) camps=\(view.camps)

            """
        self.formats = formats
    }

    /// The stamp's text for the files now in `folder`; nil when one is missing.
    private func text(folder: String) -> String? {
        var text = source
        for format in formats {
            let path = (folder as NSString).appendingPathComponent(format.fileName)
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            text += "file \(format.fileName) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n"
        }
        return text
    }

    /// Whether the outputs in `folder` are those this stamp describes, untouched since.
    public func matches(folder: String) -> Bool {
        guard let now = text(folder: folder),
              let saved = try? String(contentsOfFile: (folder as NSString).appendingPathComponent(OutputStamp.fileName), encoding: .utf8)
        else { return false }
        return now == saved
    }

    /// Records the outputs just written to `folder`. A stamp that cannot be written only
    /// means the next build draws them again.
    public func save(folder: String) {
        let path = (folder as NSString).appendingPathComponent(OutputStamp.fileName)
        guard let text = text(folder: folder) else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
