/// A greedy arc-eager dependency parser with two averaged perceptrons: one chooses
/// the transition (shift, reduce, left arc, right arc) from Zhang and Nivre's (2011)
/// rich non-local features, the other names the relation of each arc made.
/// Trained with a dynamic oracle and exploration (Goldberg and Nivre 2012).
/// Time is linear in the sentence: each word is shifted and reduced at most once.
struct Parser: Sendable {
    let labels: [String]
    let actions: CompactModel
    let labeler: CompactModel
    /// Which of the tagger's tags are verbs (VERB, VERB_VBN, ...): counted between two
    /// words, and preferred as the root of a sentence left without one.
    let verbTags: [Bool]

    var rootLabel: Int { labels.firstIndex(of: "root") ?? 0 }

    /// Parses words given their form hashes and tags; heads are 0-based, -1 for the root.
    func parse(forms: [UInt64], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        let n = forms.count
        if n == 0 { return ([], []) }
        let context = Context(forms: forms, tags: tags, verbTags: verbTags)
        var state = ParseState(count: n)
        // One buffer for each template function, so neither is reallocated to the other's length.
        var features: [UInt64] = [], arcFeatures: [UInt64] = []
        var scores = [Float](repeating: 0, count: ParseState.actionCount)
        var labelScores = [Float](repeating: 0, count: labels.count)
        let root = rootLabel
        while !state.isTerminal {
            context.actionFeatures(state, into: &features)
            actions.score(features, into: &scores)
            let action = SparseModel.best(scores) { state.isValid($0) }
            var label = -1
            if action == ParseState.leftArc || action == ParseState.rightArc {
                label = chooseLabel(context, state, action, &arcFeatures, &labelScores, root)
            }
            state.apply(action, label: label)
        }
        // Children of the root beyond the first verb (or the first word) hang from it.
        let rootChildren = (1...n).filter { state.heads[$0] == state.root }
        let top = rootChildren.first { context.isVerb(tags[$0 - 1]) } ?? rootChildren[0]
        for d in rootChildren where d != top {
            state.heads[d] = top
            context.labelFeatures(head: top, dependent: d, state, into: &arcFeatures)
            labeler.score(arcFeatures, into: &labelScores)
            state.labels[d] = SparseModel.best(labelScores) { $0 != root }
        }
        return (state.heads[1...n].map { $0 == state.root ? -1 : $0 - 1 }, Array(state.labels[1...n]))
    }

    @inline(__always) private func chooseLabel(_ context: Context, _ state: ParseState, _ action: Int, _ features: inout [UInt64], _ scores: inout [Float], _ root: Int) -> Int {
        let (h, d) = action == ParseState.leftArc ? (state.next, state.s0) : (state.s0, state.next)
        if h == state.root { return root }
        context.labelFeatures(head: h, dependent: d, state, into: &features)
        labeler.score(features, into: &scores)
        return SparseModel.best(scores) { $0 != root }
    }

    /// Words and tags of one sentence, 1-based, with the root at index n + 1.
    struct Context {
        var w: [UInt64]
        var t: [UInt64]
        var verbTags: [Bool]
        /// Punctuation marks and verbs up to each word, to count those between two words.
        var punctuation: [Int]
        var verbs: [Int]
        static let noWord: UInt64 = 0x5eed, noTag: UInt64 = 0xdead, rootTag: UInt64 = 0xbeef
        /// How many features each template function writes: one per template, always.
        static let actionFeatureCount = 88, labelFeatureCount = 25

        init(forms: [UInt64], tags: [Int], verbTags: [Bool] = []) {
            w = [Context.noWord] + forms + [0x7007]
            t = [Context.noTag] + tags.map { UInt64($0 + 1) } + [Context.rootTag]
            self.verbTags = verbTags
            punctuation = [Int](repeating: 0, count: forms.count + 1)
            verbs = punctuation
            let punct = Context.punctuationForms
            for (k, f) in forms.enumerated() {
                punctuation[k + 1] = punctuation[k] + (punct.contains(f) ? 1 : 0)
                verbs[k + 1] = verbs[k] + (isVerb(tags[k]) ? 1 : 0)
            }
        }

        @inline(__always) func isVerb(_ tag: Int) -> Bool { tag >= 0 && tag < verbTags.count && verbTags[tag] }

        static let punctuationForms: Set<UInt64> = Set([",", ";", ":", "-", "--", "(", ")", "\"", "'"].map { WordShape($0).form })

        /// Marks (capped at 3) and whether a verb stands strictly between words a < b.
        @inline(__always) func between(_ a: Int, _ b: Int) -> (UInt64, UInt64) {
            guard a >= 0, b > a + 1 else { return (0, 0) }
            return (UInt64(min(punctuation[b - 1] - punctuation[a], 3)), verbs[b - 1] - verbs[a] > 0 ? 1 : 0)
        }

        @inline(__always) func W(_ k: Int) -> UInt64 { k < 0 ? Context.noWord : w[k] }
        @inline(__always) func T(_ k: Int) -> UInt64 { k < 0 ? Context.noTag : t[k] }

        func actionFeatures(_ s: ParseState, into f: inout [UInt64]) {
            if f.count != Context.actionFeatureCount { f = [UInt64](repeating: 0, count: Context.actionFeatureCount) }
            f.withUnsafeMutableBufferPointer { f in
                var n = 0
                let s0 = s.s0, s1 = s.s1, b0 = s.b0, root = s.root
                let b1 = b0 < root ? b0 + 1 : -1
                let b2 = b1 >= 0 && b1 < root ? b1 + 1 : -1
                let s0h = s0 > 0 ? s.heads[s0] : -1
                let s0h2 = s0h > 0 && s0h < root ? s.heads[s0h] : -1
                let s0l = s0 > 0 ? s.left1[s0] : -1, s0r = s0 > 0 ? s.right1[s0] : -1
                let s0l2 = s0 > 0 ? s.left2[s0] : -1, s0r2 = s0 > 0 ? s.right2[s0] : -1
                let b0l = s.left1[b0]
                let b0l2 = s.left2[b0]
                @inline(__always) func L(_ k: Int) -> UInt64 { k < 0 ? 0xffff : UInt64(bitPattern: Int64(s.labels[k])) }
                let s0w = W(s0), s0t = T(s0), b0w = W(b0), b0t = T(b0)
                let b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2)
                let dist: UInt64 = s0 > 0 ? UInt64(min(b0 - s0, 5)) : 0
                let s0vl: UInt64 = s0 > 0 ? UInt64(s.leftCount[s0]) : 9, s0vr: UInt64 = s0 > 0 ? UInt64(s.rightCount[s0]) : 9
                let b0vl = UInt64(s.leftCount[b0])
                let s0wt = FeatureHash.feature(0, s0w, s0t), b0wt = FeatureHash.feature(0, b0w, b0t)
                @inline(__always) func add(_ template: UInt64, _ a: UInt64) { f[n] = FeatureHash.feature(template, a); n += 1 }
                @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) { f[n] = FeatureHash.feature(template, a, b); n += 1 }
                @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) { f[n] = FeatureHash.feature(template, a, b, c); n += 1 }
                add(1, 0)
                // single words
                add(2, s0w); add(3, s0t); add(4, s0wt)
                add(5, b0w); add(6, b0t); add(7, b0wt)
                add(8, b1w); add(9, b1t); add(10, b1w, b1t)
                add(11, b2w); add(12, b2t); add(13, b2w, b2t)
                // pairs
                add(14, s0wt, b0wt); add(15, s0wt, b0w); add(16, s0w, b0wt); add(17, s0wt, b0t)
                add(18, s0t, b0wt); add(19, s0w, b0w); add(20, s0t, b0t); add(21, b0t, b1t)
                // triples of tags
                add(22, b0t, b1t, b2t); add(23, s0t, b0t, b1t); add(24, T(s0h), s0t, b0t)
                add(25, s0t, T(s0l), b0t); add(26, s0t, T(s0r), b0t); add(27, s0t, b0t, T(b0l))
                // distance
                add(28, s0w, dist); add(29, s0t, dist); add(30, b0w, dist); add(31, b0t, dist)
                add(32, FeatureHash.feature(0, s0w, b0w), dist); add(33, s0t, b0t, dist)
                // valency
                add(34, s0w, s0vr); add(35, s0t, s0vr); add(36, s0w, s0vl); add(37, s0t, s0vl)
                add(38, b0w, b0vl); add(39, b0t, b0vl)
                // children and head
                add(40, W(s0h)); add(41, T(s0h)); add(42, L(s0))
                add(43, W(s0l)); add(44, T(s0l)); add(45, L(s0l))
                add(46, W(s0r)); add(47, T(s0r)); add(48, L(s0r))
                add(49, W(b0l)); add(50, T(b0l)); add(51, L(b0l))
                // second order
                add(52, W(s0h2)); add(53, T(s0h2)); add(54, L(s0h))
                add(55, W(s0l2)); add(56, T(s0l2)); add(57, L(s0l2))
                add(58, W(s0r2)); add(59, T(s0r2)); add(60, L(s0r2))
                add(61, W(b0l2)); add(62, T(b0l2)); add(63, L(b0l2))
                add(64, s0t, T(s0l), T(s0l2)); add(65, s0t, T(s0r), T(s0r2))
                add(66, s0t, T(s0h), T(s0h2)); add(67, b0t, T(b0l), T(b0l2))
                // label sets
                let b0ls = s.leftSet[b0]
                let s0rs: UInt64 = s0 > 0 ? s.rightSet[s0] : 0, s0ls: UInt64 = s0 > 0 ? s.leftSet[s0] : 0
                add(68, s0w, s0rs); add(69, s0t, s0rs)
                add(70, s0w, s0ls); add(71, s0t, s0ls)
                add(72, b0w, b0ls); add(73, b0t, b0ls)
                // the word below the top of the stack, and whether the top has a head
                add(74, T(s1)); add(75, W(s1)); add(76, T(s1), s0t, b0t)
                add(77, s0 > 0 && s.heads[s0] >= 0 ? 1 : 0, s0t, b0t)
                // the words next to the top of the stack and the front of the buffer
                let b0p = b0 > 1 ? b0 - 1 : -1, s0n = s0 > 0 ? s0 + 1 : -1
                add(78, T(b0p), b0t); add(79, s0t, T(s0n)); add(80, s0t, T(b0p), b0t); add(81, s0t, T(s0n), b0t)
                add(82, W(b0p), b0t)
                // marks and verbs between them
                let (marks, verbBetween) = between(s0, b0)
                add(83, s0t, b0t, marks); add(84, dist, marks); add(85, s0t, b0t, verbBetween); add(86, s0w, b0t, marks)
                add(87, T(s1), L(s1)); add(88, T(s1), s0t)
                assert(n == f.count)
            }
        }

        func labelFeatures(head h: Int, dependent d: Int, _ s: ParseState, into f: inout [UInt64]) {
            if f.count != Context.labelFeatureCount { f = [UInt64](repeating: 0, count: Context.labelFeatureCount) }
            f.withUnsafeMutableBufferPointer { f in
                var n = 0
                let dir: UInt64 = d < h ? 1000 : 2000
                let hw = W(h), ht = T(h), dw = W(d), dt = T(d)
                let dist = UInt64(min(abs(h - d), 6))
                let hh = h > 0 && h <= s.n ? s.heads[h] : -1
                let after = d + 1 <= s.n ? d + 1 : -1
                let before = d - 1 >= 1 ? d - 1 : -1
                @inline(__always) func L(_ k: Int) -> UInt64 { k < 0 ? 0xffff : UInt64(bitPattern: Int64(s.labels[k])) }
                @inline(__always) func add(_ template: UInt64, _ a: UInt64) { f[n] = FeatureHash.feature(dir + template, a); n += 1 }
                @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) { f[n] = FeatureHash.feature(dir + template, a, b); n += 1 }
                @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) { f[n] = FeatureHash.feature(dir + template, a, b, c); n += 1 }
                add(1, 0)
                add(2, hw); add(3, ht); add(4, dw); add(5, dt)
                add(6, hw, dt); add(7, ht, dw); add(8, ht, dt); add(9, hw, dw)
                add(10, ht, dt, dist); add(11, dt, L(s.left1[d])); add(12, dt, s.leftSet[d])
                add(13, ht, s.leftSet[h] | s.rightSet[h]); add(14, ht, dt, T(hh)); add(15, L(h), ht, dt)
                add(16, dt, T(after)); add(17, dt, T(before)); add(18, dw, T(after)); add(19, ht, dt, T(after))
                add(20, dw, dist); add(21, ht, dt, T(s.right1[d]))
                add(22, dt, W(s.left1[d])); add(23, hw, dt, dist)
                let (marks, verbBetween) = between(min(h, d), max(h, d))
                add(24, ht, dt, marks); add(25, ht, dt, verbBetween)
                assert(n == f.count)
            }
        }
    }
}

extension Parser {
    struct Example {
        var forms: [UInt64]
        var tags: [Int]
        /// Gold heads, 1-based, 0 for the root.
        var heads: [Int]
        var labels: [Int]
    }

    static func train(_ examples: [Example], labels: [String], verbTags: [Bool], iterations: Int, seed: UInt64, minimumUpdates: Int = 2, explore: Double = 0.75, progress: (Int) -> Void = { _ in }) -> Parser {
        var actionTrainer = PerceptronTrainer(classCount: ParseState.actionCount)
        var labelTrainer = PerceptronTrainer(classCount: labels.count)
        let root = labels.firstIndex(of: "root") ?? 0
        var rng = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var features: [UInt64] = [], arcFeatures: [UInt64] = []
        var scores = [Float](repeating: 0, count: ParseState.actionCount)
        var labelScores = [Float](repeating: 0, count: labels.count)
        let children: [[[Int]]] = examples.map { e in
            let n = e.forms.count
            var c = [[Int]](repeating: [], count: n + 2)
            for (i, h) in e.heads.enumerated() { c[h == 0 ? n + 1 : h].append(i + 1) }
            return c
        }
        for iteration in 0..<iterations {
            rng.shuffle(&order)
            for x in order {
                let e = examples[x]
                let n = e.forms.count
                let gold = [0] + e.heads.map { $0 == 0 ? n + 1 : $0 } + [n + 1]
                let goldLabels = [root] + e.labels
                let context = Context(forms: e.forms, tags: e.tags, verbTags: verbTags)
                var state = ParseState(count: e.forms.count)
                while !state.isTerminal {
                    context.actionFeatures(state, into: &features)
                    actionTrainer.model.score(features, into: &scores)
                    var guess = -1, best = -1
                    var minCost = Int.max
                    var costs = [Int](repeating: Int.max, count: ParseState.actionCount)
                    for a in 0..<ParseState.actionCount where state.isValid(a) {
                        costs[a] = state.cost(a, gold: gold, children: children[x])
                        minCost = min(minCost, costs[a])
                        if guess < 0 || scores[a] > scores[guess] { guess = a }
                    }
                    for a in 0..<ParseState.actionCount where costs[a] == minCost {
                        if best < 0 || scores[a] > scores[best] { best = a }
                    }
                    actionTrainer.update(features: features, truth: best, guess: guess)
                    let taken = costs[guess] == minCost || (iteration > 0 && rng.nextUnit() < explore) ? guess : best
                    var label = -1
                    if taken == ParseState.leftArc || taken == ParseState.rightArc {
                        let (h, d) = taken == ParseState.leftArc ? (state.next, state.s0) : (state.s0, state.next)
                        if h == state.root {
                            label = root
                        } else {
                            context.labelFeatures(head: h, dependent: d, state, into: &arcFeatures)
                            labelTrainer.model.score(arcFeatures, into: &labelScores)
                            let predicted = SparseModel.best(labelScores) { $0 != root }
                            if gold[d] == h {
                                labelTrainer.update(features: arcFeatures, truth: goldLabels[d], guess: predicted)
                                label = goldLabels[d]
                            } else {
                                label = predicted
                            }
                        }
                    }
                    state.apply(taken, label: label)
                }
            }
            progress(iteration + 1)
        }
        return Parser(labels: labels, actions: CompactModel(actionTrainer.averaged(minimumUpdates: minimumUpdates)),
                      labeler: CompactModel(labelTrainer.averaged(minimumUpdates: minimumUpdates)), verbTags: verbTags)
    }
}

