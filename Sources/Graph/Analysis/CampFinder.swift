/// Partitions the actors of a signed graph into camps (`SignedGraph`): cooperation
/// pulls two actors into one camp, conflict pushes them into different ones.
///
/// Three methods, all deterministic:
/// - `greedy` (the default): a structural-balance partition found by local moves, as
///   in correlation clustering. Every actor starts alone; each in turn moves to the
///   camp it has most net positive weight with (or alone, when every camp is net
///   hostile), then camps with net positive weight between them merge; repeated until
///   nothing changes. Each step lowers the frustration (`SignedGraph.frustration`).
/// - `spectral`: recursive bisection by the sign of the eigenvector of the smallest
///   eigenvalue of the signed Laplacian (D̄ − A, D̄ the sum of |weights|), kept while a
///   split lowers the frustration.
/// - `hybrid`: `spectral`, then refined by `greedy`'s moves and merges.
///
/// Actors that end up alone are unaligned. Disconnected parts of the graph are never
/// one camp: nothing relates them.
public enum CampMethod: String, CaseIterable, Sendable {
    case greedy
    case spectral
    case hybrid
}

struct CampFinder {
    let signed: SignedGraph

    /// A camp number per node of `signed`.
    func partition(_ method: CampMethod) -> [Int] {
        switch method {
        case .greedy:
            return refine(Array(0..<signed.count))
        case .spectral:
            return spectral()
        case .hybrid:
            return refine(spectral())
        }
    }

    // MARK: Greedy balance

    /// Local moves and merges until neither lowers the frustration.
    func refine(_ start: [Int]) -> [Int] {
        var camp = start
        for _ in 0..<100 {
            let moved = moveNodes(&camp)
            let merged = mergeCamps(&camp)
            if !moved && !merged { break }
        }
        return camp
    }

    /// Moves each node, most evidence first, to the camp it has most net positive
    /// weight with; returns whether any moved.
    private func moveNodes(_ camp: inout [Int]) -> Bool {
        var size: [Int: Int] = [:]
        for c in camp { size[c, default: 0] += 1 }
        var anyMoved = false
        for _ in 0..<50 {
            var moved = false
            for i in 0..<signed.count {
                var pull: [Int: Double] = [:]
                for (j, w) in signed.neighbours[i] { pull[camp[j], default: 0] += w }
                let current = pull[camp[i]] ?? 0
                var best = camp[i], bestPull = current
                for (c, p) in pull.sorted(by: { $0.key < $1.key }) where p > bestPull + 1e-9 {
                    best = c
                    bestPull = p
                }
                // Every camp it touches is net hostile: alone is better.
                if best == camp[i] && current < -1e-9 && size[camp[i]]! > 1 {
                    best = freeCamp(camp, size)
                    bestPull = 0
                }
                guard best != camp[i] else { continue }
                size[camp[i]]! -= 1
                if size[camp[i]] == 0 { size[camp[i]] = nil }
                size[best, default: 0] += 1
                camp[i] = best
                moved = true
            }
            if !moved { break }
            anyMoved = true
        }
        return anyMoved
    }

    private func freeCamp(_ camp: [Int], _ size: [Int: Int]) -> Int {
        var c = 0
        while size[c] != nil { c += 1 }
        return c
    }

    /// Merges the two camps with most net positive weight between them, again and
    /// again; returns whether any merged.
    private func mergeCamps(_ camp: inout [Int]) -> Bool {
        var anyMerged = false
        while true {
            var between: [CampPair: Double] = [:]
            for i in 0..<signed.count {
                for (j, w) in signed.neighbours[i] where j > i && camp[i] != camp[j] {
                    between[CampPair(camp[i], camp[j]), default: 0] += w
                }
            }
            guard let (pair, weight) = between.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                  weight > 1e-9 else { break }
            for i in camp.indices where camp[i] == pair.b { camp[i] = pair.a }
            anyMerged = true
        }
        return anyMerged
    }

    private struct CampPair: Hashable, Comparable {
        let a: Int, b: Int
        init(_ x: Int, _ y: Int) { (a, b) = x < y ? (x, y) : (y, x) }
        static func < (l: CampPair, r: CampPair) -> Bool { (l.a, l.b) < (r.a, r.b) }
    }

    // MARK: Spectral

    /// Recursive spectral bisection, component by component.
    func spectral() -> [Int] {
        var camp = Array(repeating: 0, count: signed.count)
        var next = 0
        var work = signed.components()
        while let group = work.popLast() {
            let (a, b) = bisect(group)
            // Keep the split only when it removes more conflict than cooperation it cuts.
            var across = 0.0
            let inB = Set(b)
            for i in a { for (j, w) in signed.neighbours[i] where inB.contains(j) { across += w } }
            if !a.isEmpty && !b.isEmpty && across < -1e-9 {
                work += components(of: a) + components(of: b)
            } else {
                for i in group { camp[i] = next }
                next += 1
            }
        }
        return camp
    }

    /// Splits `group` by the sign of the eigenvector of the smallest eigenvalue of its
    /// signed Laplacian (power iteration on c·I − L̄).
    private func bisect(_ group: [Int]) -> ([Int], [Int]) {
        guard group.count > 1 else { return (group, []) }
        let position = Dictionary(uniqueKeysWithValues: group.enumerated().map { ($1, $0) })
        var links = Array(repeating: [(Int, Double)](), count: group.count)
        var degree = Array(repeating: 0.0, count: group.count)
        for (k, i) in group.enumerated() {
            for (j, w) in signed.neighbours[i] {
                guard let m = position[j] else { continue }
                links[k].append((m, w))
                degree[k] += abs(w)
            }
        }
        let shift = 2 * (degree.max() ?? 1) + 1
        // A fixed, uneven start so the result does not depend on chance.
        var x: [Double] = (0..<group.count).map { k in
            let wobble = Double((k * 7919) % 97) / 97
            return 1 + 0.5 * wobble
        }
        normalize(&x)
        for _ in 0..<5_000 {
            var y = Array(repeating: 0.0, count: x.count)
            for k in x.indices {
                var lx = degree[k] * x[k]
                for (m, w) in links[k] { lx -= w * x[m] }
                y[k] = shift * x[k] - lx
            }
            normalize(&y)
            var change = 0.0
            for k in x.indices { change = max(change, abs(y[k] - x[k])) }
            x = y
            if change < 1e-10 { break }
        }
        // Orient the vector so the actor with most evidence is on the positive side.
        if x[0] < 0 { x = x.map { -$0 } }
        var a: [Int] = [], b: [Int] = []
        for (k, i) in group.enumerated() {
            if x[k] >= 0 { a.append(i) } else { b.append(i) }
        }
        return (a, b)
    }

    private func normalize(_ x: inout [Double]) {
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        for k in x.indices { x[k] /= norm }
    }

    /// The connected parts of `nodes` through links inside it.
    private func components(of nodes: [Int]) -> [[Int]] {
        let inside = Set(nodes)
        var seen = Set<Int>()
        var result: [[Int]] = []
        for start in nodes where !seen.contains(start) {
            var stack = [start], members: [Int] = []
            seen.insert(start)
            while let node = stack.popLast() {
                members.append(node)
                for (next, _) in signed.neighbours[node] where inside.contains(next) && !seen.contains(next) {
                    seen.insert(next)
                    stack.append(next)
                }
            }
            result.append(members.sorted())
        }
        return result
    }
}
