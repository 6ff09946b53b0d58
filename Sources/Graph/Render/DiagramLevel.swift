/// How much detail the diagram shows about people.
public enum DiagramLevel: String, CaseIterable, Sendable {
    /// `state` for a graph of more than `DiagramView.foldThreshold` actors drawn without
    /// a focus, `actor` otherwise: the default, so a big graph stays readable.
    case auto
    /// Every actor keeps its own node.
    case actor
    /// People are folded into the state or organization they represent (through
    /// `leaderOf` / `memberOf`), so the diagram shows states and organizations.
    case state
}
