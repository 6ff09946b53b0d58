/// A span of dates (`--since`, `--until`) that keeps the evidence of documents dated
/// inside it.
///
/// Evidence is dated by its document (`DocumentInfo.date`: from the page's metadata,
/// the front matter, a corpus row's date column or the first lines of the text);
/// evidence of an undated document is left out of any window. Bounds are `YYYY-MM-DD`,
/// `YYYY-MM` or `YYYY`, inclusive: `--until 2019-05` keeps all of May.
///
/// ```swift
/// let window = try DateWindow(since: "2019-03", until: nil)
/// let spring = window.apply(to: graph)
/// ```
public struct DateWindow: Sendable, Equatable {
    /// Lower bound as `YYYY-MM-DD`, or nil.
    public private(set) var since: String?
    /// Upper bound as `YYYY-MM-DD` (a month or year stretched to its end), or nil.
    public private(set) var until: String?

    /// - Throws: `RenderError.invalidDate` for a bound that is not a date, or
    ///   `RenderError.emptyDateWindow` when `since` is after `until`.
    /// The window that keeps everything, dated or not.
    public init() {}

    public init(since: String?, until: String?) throws {
        self.since = try since.map { try DateWindow.normalize($0, end: false) }
        self.until = try until.map { try DateWindow.normalize($0, end: true) }
        if let a = self.since, let b = self.until, a > b {
            throw RenderError.emptyDateWindow(since: since ?? a, until: until ?? b)
        }
    }

    public var isEmpty: Bool { since == nil && until == nil }

    /// Whether a document date falls inside; an undated document never does.
    public func contains(_ date: String?) -> Bool {
        guard let date, date.count >= 10 else { return false }
        let day = String(date.prefix(10))
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }

    /// The graph with only the evidence of documents dated inside the window; facts
    /// left without evidence are dropped. The empty window returns `graph` itself.
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        guard !isEmpty else { return graph }
        let inside = Set(graph.documents.values.filter { contains($0.date) }.map(\.id))
        let facts = graph.sortedFacts.compactMap { fact -> Fact? in
            var fact = fact
            fact.evidence = fact.evidence.filter { inside.contains($0.document) }
            return fact.evidence.isEmpty ? nil : fact
        }
        return KnowledgeGraph(actors: graph.sortedActors, facts: facts, documents: graph.documents.values.sorted { $0.id < $1.id })
    }

    /// "evidence dated 2019-03-01 to 2019-05-31" (for legends).
    public var description: String {
        switch (since, until) {
        case let (a?, b?): return "evidence dated \(a) to \(b)"
        case let (a?, nil): return "evidence dated \(a) or later"
        case let (nil, b?): return "evidence dated \(b) or earlier"
        case (nil, nil): return "all evidence"
        }
    }

    static func normalize(_ text: String, end: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digits, (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
            throw RenderError.invalidDate(text)
        }
        if parts.count > 1, !(1...12).contains(Int(parts[1])!) { throw RenderError.invalidDate(text) }
        if parts.count > 2, !(1...31).contains(Int(parts[2])!) { throw RenderError.invalidDate(text) }
        // A month or year stands for its first day, or as an upper bound its last
        // (31 is past the end of every month, and still before the next one).
        let month = parts.count > 1 ? parts[1] : (end ? "12" : "01")
        let day = parts.count > 2 ? parts[2] : (end ? "31" : "01")
        return "\(parts[0])-\(month)-\(day)"
    }
}
