/// How much detail the diagram shows about people.
public enum DiagramLevel: String, CaseIterable, Sendable {
    /// Every actor keeps its own node.
    case actor
    /// People are folded into the state or organization they represent (through
    /// `leaderOf` / `memberOf`), so the diagram shows states and organizations.
    case state
}
