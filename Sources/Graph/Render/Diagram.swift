/// What one diagram draws: the actors and merged relations left after a
/// `DiagramView` has filtered, folded and trimmed a knowledge graph.
///
/// A value type built by `DiagramView.diagram(for:)`; `DOTWriter` draws it and
/// `HTMLReportWriter` describes it.
public struct Diagram: Sendable {
    /// One actor drawn as a node.
    public struct Node: Sendable, Hashable {
        public var actor: Actor
        /// Pieces of evidence over every fact of the actor in the view.
        public var evidence: Int
        /// Labels of the people folded into this node (`--level state`).
        public var folded: [String]
        /// The best quote about the actor, if any.
        public var bestEvidence: Evidence?
    }

    /// Parallel facts between two actors merged into one line: same ends, same
    /// predicate class, same negation, same firmness, same symmetry.
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var predicateClass: Predicate.Class
        public var negated: Bool
        /// No fact in the edge is asserted: all are possible or planned.
        public var hedged: Bool
        /// Every predicate in the edge is symmetric: drawn without arrowheads.
        public var symmetric: Bool
        /// The merged facts, most evidence first.
        public var facts: [Fact]

        /// Pieces of evidence over all merged facts, each fact counting only the quotes
        /// of the modality it is drawn with (hedged quotes do not thicken a firm line).
        public var evidence: Int { facts.reduce(0) { $0 + $1.firmEvidence.count } }

        /// A stable id, unique in the diagram (actor ids never hold "--").
        public var id: String {
            var parts = ["rel", from, "", to, predicateClass.rawValue]
            if negated { parts.append("not") }
            if hedged { parts.append("hedged") }
            if symmetric { parts.append("sym") }
            return parts.joined(separator: "-")
        }

        /// The best piece of evidence over all merged facts.
        /// (A firm line quotes a firm sentence: only the evidence of each fact's own modality.)
        public var bestEvidence: Evidence? { Diagram.best(facts.flatMap(\.firmEvidence)) }
    }

    /// What a size limit or a filter left out, for the legend.
    public struct Omissions: Sendable, Hashable {
        /// Actors in the view before the `maxNodes` cut.
        public var actorsBeforeCut = 0
        /// Actors and merged relations dropped by the `maxNodes` cut.
        public var actorsCut = 0
        public var edgesCut = 0
        /// Lines describing the filters in force ("focus Russia, depth 1", ...).
        public var filters: [String] = []
    }

    /// A camp drawn as a labelled cluster around its actors.
    public struct CampCluster: Sendable, Hashable {
        public var number: Int
        /// The camp's name ("Russia, Syria, Iran").
        public var name: String
        /// Ids of the diagram's nodes in the camp.
        public var members: [String]
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// Camps with two or more nodes in the diagram, drawn as clusters.
    public var camps: [CampCluster] = []
    /// Edge labels are drawn hidden and shown when the line is hovered (a big diagram).
    public var labelsOnHover = false
    public var omissions: Omissions
    /// The layout engine to draw with (chosen by size unless the view names one).
    public var layout: LayoutEngine
    /// The filtered and folded graph before the size cut: what the report lists.
    public var graph: KnowledgeGraph

    /// The piece of evidence to quote: highest confidence, then earliest document
    /// and sentence, so the choice is stable.
    static func best(_ evidence: [Evidence]) -> Evidence? {
        evidence.min(by: quotesBetter)
    }

    /// Whether `a` is a better quote than `b` (the order of `best(_:)`).
    static func quotesBetter(_ a: Evidence, _ b: Evidence) -> Bool {
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.document != b.document { return a.document < b.document }
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        return a.start < b.start
    }

    /// How a document is named to readers: "title (address or path, date)", where the
    /// path is relative to the build's input folder (`DocumentInfo.publishedName`).
    static func sourceName(_ id: String, in graph: KnowledgeGraph) -> String {
        guard let document = graph.documents[id] else { return id }
        guard !document.title.isEmpty else { return document.publishedName }
        return "\(document.title) (\(document.publishedName)\(document.date.map { ", " + $0 } ?? ""))"
    }
}
