import CGraphviz
import Foundation

/// Lays out and draws DOT text in-process through libgvc and libcgraph.
///
/// The same DOT gives the same drawing whatever was laid out before in the process,
/// and the drawing the `dot` command gives: each layout starts from C's `rand()` in
/// the state a fresh process has.
///
/// Thread safety: Graphviz keeps global state and is not thread-safe, so every call
/// into it goes through one process-wide lock; the renderer may be shared between threads.
///
/// ```swift
/// let svg = try GraphvizRenderer.shared.render(dot: "digraph { a -> b }", format: .svg, layout: .dot)
/// ```
public final class GraphvizRenderer: @unchecked Sendable {
    /// The one renderer of the process (libgvc is a process-wide resource).
    public static let shared = GraphvizRenderer()

    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    deinit {
        if let context { gvFreeContext(context) }
    }

    /// Reads `dot`, lays it out with `layout` and returns the drawing in `format`.
    /// `.dot` returns the laid-out DOT (with positions), as `dot -Tdot` would.
    /// - Throws: `RenderError` with Graphviz's own message.
    public func render(dot: String, format: DiagramFormat, layout: LayoutEngine) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try openContext()
        _ = agseterr(AGMAX)  // keep Graphviz quiet on stderr; we report its messages ourselves
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.invalidDOT(lastError() ?? "syntax error")
        }
        defer { agclose(graph) }
        // sfdp and fdp's overlap removal draw from C's rand() without seeding it (the
        // `start` attribute seeds only the initial positions), so a layout used to
        // depend on every layout before it in the process: the same 300-actor DOT laid
        // out after another graph placed 281 edge labels instead of 291, in a different
        // drawing. srand(1) is the state a process starts in, as the `dot` command does.
        srand(1)
        guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
            throw RenderError.layoutFailed(engine: layout.rawValue, message: lastError() ?? "unknown error")
        }
        defer { gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format.graphvizName, &buffer, &length) == 0, let buffer else {
            throw RenderError.renderFailed(format: format.rawValue, message: lastError() ?? "no renderer for this format")
        }
        defer { gvFreeRenderData(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Checks that `dot` is well-formed DOT by reading it through libcgraph, and
    /// returns its node and edge counts.
    /// - Throws: `RenderError.invalidDOT`.
    public func parse(dot: String) throws -> (nodes: Int, edges: Int) {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterr(AGMAX)
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.invalidDOT(lastError() ?? "syntax error")
        }
        defer { agclose(graph) }
        return (Int(agnnodes(graph)), Int(agnedges(graph)))
    }

    private func openContext() throws -> OpaquePointer {
        if let context { return context }
        guard let created = gvContext() else { throw RenderError.contextUnavailable }
        context = created
        return created
    }

    private func lastError() -> String? {
        guard let message = aglasterr() else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
