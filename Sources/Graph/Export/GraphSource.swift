import Foundation

/// A graph handed out piece by piece, in the order the exports write it, so that a
/// writer holds one piece at a time: every document (by id), every actor (by id) with
/// its plain edges, then the facts (in `Fact.Key` order, each with its evidence) a
/// chunk at a time, with a way to look up the documents that chunk's evidence cites.
///
/// A `KnowledgeGraph` is one, in memory; `GraphStore.withSource` reads one from the
/// store row by row, so exporting a store of any size takes memory for one chunk.
public protocol GraphSource {
    /// Every document, by id. - Throws: `StoreError`.
    func forEachDocument(_ body: (DocumentInfo) throws -> Void) throws
    /// Every actor, by id, with the predicate and object of each fact it is the subject
    /// of that is asserted and not negated, in fact order. - Throws: `StoreError`.
    func forEachActor(_ body: (Actor, [(predicate: KGModel.Predicate, object: String)]) throws -> Void) throws
    /// Every fact in key order, a chunk at a time, with a lookup of the documents its
    /// evidence cites (valid while `body` runs). - Throws: `StoreError`.
    func forEachFactChunk(_ body: ([Fact], DocumentLookup) throws -> Void) throws
}

/// The documents a chunk of facts cites, looked up by id when an exporter asks for
/// one: a store reads each from its table then, so a fact quoted from a hundred
/// thousand articles does not bring a hundred thousand documents into memory for
/// exporters that never ask (linked data names a document by its id alone).
///
/// Thread safety: used by one exporter, inside the call that handed it out.
public struct DocumentLookup {
    private let find: (String) throws -> DocumentInfo?

    /// A lookup that asks `find`.
    init(_ find: @escaping (String) throws -> DocumentInfo?) { self.find = find }

    /// A lookup in documents already in memory.
    public init(_ documents: [String: DocumentInfo]) { find = { documents[$0] } }

    /// The document `id`, nil when there is none. - Throws: `StoreError`.
    public subscript(id: String) -> DocumentInfo? {
        get throws { try find(id) }
    }
}

extension KnowledgeGraph: GraphSource {
    public func forEachDocument(_ body: (DocumentInfo) throws -> Void) throws {
        for id in documents.keys.sorted() { try body(documents[id]!) }
    }

    public func forEachActor(_ body: (Actor, [(predicate: KGModel.Predicate, object: String)]) throws -> Void) throws {
        var edges: [String: [(predicate: KGModel.Predicate, object: String)]] = [:]
        for fact in sortedFacts where !fact.negated && fact.modality == .asserted {
            edges[fact.subject, default: []].append((fact.predicate, fact.object))
        }
        for actor in sortedActors { try body(actor, edges[actor.id] ?? []) }
    }

    public func forEachFactChunk(_ body: ([Fact], DocumentLookup) throws -> Void) throws {
        try body(sortedFacts, DocumentLookup(documents))
    }
}

/// Where a streaming writer's text goes: a file, written a megabyte at a time, or
/// memory.
///
/// Thread safety: not thread-safe; one writer uses it.
public final class TextSink {
    private var buffer = ""
    private let handle: FileHandle?
    /// What was written, for a sink in memory.
    public private(set) var data = Data()

    /// A sink that keeps what is written in `data`.
    public init() { handle = nil }

    /// A sink that writes to `handle`.
    public init(_ handle: FileHandle) { self.handle = handle }

    public func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= 1 << 20 { flush() }
    }

    /// Writes out what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        let bytes = Data(buffer.utf8)
        buffer = ""
        if let handle { handle.write(bytes) } else { data.append(bytes) }
    }

    /// Writes `path` through a sink: into a temporary file beside it, renamed over it
    /// when `body` is done, so a failed write never leaves half a file where a good
    /// one was.
    /// - Throws: `RenderError.cannotWrite`, or what `body` throws.
    public static func replace(_ path: String, _ body: (TextSink) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.kg-" + UUID().uuidString + "-" + (path as NSString).lastPathComponent
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw RenderError.cannotWrite(path: path, reason: "cannot create a file in \(folder.isEmpty ? "." : folder)")
        }
        var moved = false
        defer { if !moved { try? FileManager.default.removeItem(atPath: temporary) } }
        do {
            let sink = TextSink(handle)
            try body(sink)
            sink.flush()
            try handle.close()
        } catch let error as RenderError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw RenderError.cannotWrite(path: path, reason: DocumentLoader.reason(error))
        }
        if rename(temporary, path) != 0 {
            throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        moved = true
    }
}
