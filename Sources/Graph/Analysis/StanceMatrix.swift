/// Who stands where toward whom: for the actors with most evidence, one cell per
/// ordered pair (row toward column) counting the evidence of cooperative and of
/// conflictual facts, with negated, hedged and contact (meetings, requests) evidence
/// counted apart.
///
/// Rows and columns are in camp order (`Camps`), most evidence first inside a camp,
/// so blocs show as blocks along the diagonal. Symmetric predicates (meets,
/// cooperates) count in both directions. Affiliations are left out. With
/// `level: .state` (the default) people count for the state or organization they
/// represent.
///
/// ```swift
/// let matrix = StanceMatrix(graph, top: 10)
/// matrix.cells[0][1].balance  // +1: only cooperation from the first actor toward the second
/// ```
public struct StanceMatrix: Sendable {
    /// The evidence of one actor's stance toward another.
    public struct Cell: Sendable, Hashable {
        /// Pieces of evidence of asserted cooperative facts.
        public var cooperative = 0
        /// Pieces of evidence of asserted conflictual facts.
        public var conflictual = 0
        /// Pieces of evidence of negated facts ("did not back", "would not strike").
        public var negated = 0
        /// Pieces of evidence of possible or planned facts (not negated).
        public var hedged = 0
        /// Pieces of evidence of asserted meetings and requests: contact, which rivals
        /// have as often as allies, so it is counted apart and out of the balance.
        public var contact = 0
        /// The facts behind the counts, most evidence first.
        public var facts: [Fact] = []

        /// (cooperative − conflictual) / (cooperative + conflictual), from −1 (only
        /// conflict) to +1 (only cooperation); nil when neither was asserted.
        public var balance: Double? {
            let total = cooperative + conflictual
            return total == 0 ? nil : Double(cooperative - conflictual) / Double(total)
        }

        public var isEmpty: Bool { facts.isEmpty }
    }

    /// The actors of the rows and columns, in camp order.
    public var actors: [Actor]
    /// The camp number of each actor (nil: in none).
    public var camps: [Int?]
    /// `cells[row][column]`: the row actor's stance toward the column actor.
    public var cells: [[Cell]]
    /// Per actor id, the people folded into it.
    public var people: [String: [String]]

    public static let defaultTop = 12

    /// The matrix of the `top` actors with most cooperative or conflictual evidence.
    public init(_ graph: KnowledgeGraph, top: Int = StanceMatrix.defaultTop, level: DiagramLevel = .state) {
        let camps = Camps(graph)
        var working = graph
        people = [:]
        if level == .state { (working, people) = DiagramView.foldPeople(graph) }
        var evidence: [String: Int] = [:]
        let stances = working.sortedFacts.filter { $0.predicate.predicateClass != .affiliation && $0.subject != $0.object }
        for fact in stances {
            evidence[fact.subject, default: 0] += fact.evidence.count
            evidence[fact.object, default: 0] += fact.evidence.count
        }
        let candidates = evidence.keys.filter { working.actors[$0].map { SignedGraph.sideTaking.contains($0.type) } ?? false }
        let chosen = candidates.sorted { evidence[$0]! != evidence[$1]! ? evidence[$0]! > evidence[$1]! : $0 < $1 }.prefix(max(top, 0))
        let ordered = chosen.sorted { a, b in
            let ca = camps.number(of: a) ?? Int.max, cb = camps.number(of: b) ?? Int.max
            if ca != cb { return ca < cb }
            return evidence[a]! != evidence[b]! ? evidence[a]! > evidence[b]! : a < b
        }
        actors = ordered.compactMap { working.actors[$0] }
        self.camps = actors.map { camps.number(of: $0.id) }
        let position = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        var cells = Array(repeating: Array(repeating: Cell(), count: actors.count), count: actors.count)
        for fact in stances {
            guard let i = position[fact.subject], let j = position[fact.object] else { continue }
            let directions = fact.predicate.isSymmetric ? [(i, j), (j, i)] : [(i, j)]
            for (r, c) in directions {
                let n = fact.evidence.count
                if fact.negated {
                    cells[r][c].negated += n
                } else if fact.modality != .asserted {
                    cells[r][c].hedged += n
                } else if fact.predicate == .meetsWith || fact.predicate == .requests {
                    cells[r][c].contact += n
                } else if fact.predicate.predicateClass == .cooperative {
                    cells[r][c].cooperative += n
                } else {
                    cells[r][c].conflictual += n
                }
                cells[r][c].facts.append(fact)
            }
        }
        for r in cells.indices {
            for c in cells[r].indices {
                cells[r][c].facts.sort { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.key < $1.key }
            }
        }
        self.cells = cells
    }
}
