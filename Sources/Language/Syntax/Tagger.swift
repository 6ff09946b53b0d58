/// A greedy left-to-right part-of-speech tagger (UPOS), an averaged perceptron over
/// the word, its affixes and shape, its neighbours, the two tags before it and the
/// ambiguity classes (the tags a word was seen with in training) of the words around it.
///
/// Words seen often in training with one tag only are tagged from the dictionary.
///
/// Its tags may be finer than UPOS: verbs and auxiliaries carry their Penn tag
/// ("VERB_VBN", "AUX_MD"), which tells the parser a participle from a past tense;
/// `upos` maps each back to its universal tag.
struct Tagger: Sendable {
    let tags: [String]
    /// The universal tag of each of `tags`.
    let upos: [String]
    let model: CompactModel
    /// Frequent unambiguous words: form hash → tag.
    let dictionary: KeyIndex
    /// Form hash → bit set of the tags seen with that form.
    let ambiguity: KeyIndex

    static let noTag: UInt64 = 0xffff
    /// How many features `features` writes: one per template, always.
    static let featureCount = 31

    init(tags: [String], model: CompactModel, dictionary: KeyIndex, ambiguity: KeyIndex) {
        self.tags = tags
        self.upos = tags.map(Tagger.universal)
        self.model = model
        self.dictionary = dictionary
        self.ambiguity = ambiguity
    }

    /// The universal part of a tag: "VERB" for "VERB_VBN".
    static func universal(_ tag: String) -> String {
        tag.firstIndex(of: "_").map { String(tag[..<$0]) } ?? tag
    }

    /// A UPOS tag refined by its Penn tag where the parser gains from it (verbs and
    /// auxiliaries), as the tagger is trained on.
    static func refined(_ upos: String, _ xpos: String) -> String {
        (upos == "VERB" || upos == "AUX") && xpos.hasPrefix("VB") || (upos == "AUX" && xpos == "MD") ? upos + "_" + xpos : upos
    }

    /// The tag of every word, by index into `tags`.
    func tag(_ shapes: [WordShape]) -> [Int] {
        var result = [Int](repeating: 0, count: shapes.count)
        var features: [UInt64] = []
        features.reserveCapacity(32)
        var scores = [Float](repeating: 0, count: tags.count)
        for i in shapes.indices {
            if let known = dictionary[shapes[i].form] {
                result[i] = Int(known)
                continue
            }
            Tagger.features(shapes, i, result, ambiguity, into: &features)
            model.score(features, into: &scores)
            result[i] = SparseModel.best(scores)
        }
        return result
    }

    static func features(_ w: [WordShape], _ i: Int, _ tagged: [Int], _ ambiguity: KeyIndex, into f: inout [UInt64]) {
        if f.count != Tagger.featureCount { f = [UInt64](repeating: 0, count: Tagger.featureCount) }
        f.withUnsafeMutableBufferPointer { f in
            var j = 0
            let n = w.count
            @inline(__always) func form(_ k: Int) -> UInt64 { k < 0 ? 1 : k >= n ? 2 : w[k].form }
            @inline(__always) func amb(_ k: Int) -> UInt64 { k < 0 || k >= n ? 0xfffff : UInt64(ambiguity[w[k].form] ?? 0) }
            let p1 = i > 0 ? UInt64(tagged[i - 1]) : noTag
            let p2 = i > 1 ? UInt64(tagged[i - 2]) : noTag
            let x = w[i]
            let a0 = amb(i), a1 = amb(i + 1)
            f[j] = FeatureHash.feature(1, 0); j += 1
            f[j] = FeatureHash.feature(2, x.form); j += 1
            f[j] = FeatureHash.feature(3, x.suffix1); j += 1
            f[j] = FeatureHash.feature(4, x.suffix2); j += 1
            f[j] = FeatureHash.feature(5, x.suffix3); j += 1
            f[j] = FeatureHash.feature(6, x.suffix4); j += 1
            f[j] = FeatureHash.feature(7, x.prefix1); j += 1
            f[j] = FeatureHash.feature(8, x.prefix2); j += 1
            f[j] = FeatureHash.feature(9, x.prefix3); j += 1
            f[j] = FeatureHash.feature(10, x.shape); j += 1
            f[j] = FeatureHash.feature(11, form(i - 1)); j += 1
            f[j] = FeatureHash.feature(12, form(i - 2)); j += 1
            f[j] = FeatureHash.feature(13, form(i + 1)); j += 1
            f[j] = FeatureHash.feature(14, form(i + 2)); j += 1
            f[j] = FeatureHash.feature(15, p1); j += 1
            f[j] = FeatureHash.feature(16, p1, p2); j += 1
            f[j] = FeatureHash.feature(17, p1, x.form); j += 1
            f[j] = FeatureHash.feature(18, i > 0 ? w[i - 1].suffix3 : 1); j += 1
            f[j] = FeatureHash.feature(19, i + 1 < n ? w[i + 1].suffix3 : 2); j += 1
            f[j] = FeatureHash.feature(20, a0); j += 1
            f[j] = FeatureHash.feature(21, a1); j += 1
            f[j] = FeatureHash.feature(22, amb(i + 2)); j += 1
            f[j] = FeatureHash.feature(23, a0, a1); j += 1
            f[j] = FeatureHash.feature(24, p1, a0); j += 1
            f[j] = FeatureHash.feature(25, i + 1 < n ? w[i + 1].shape : 2); j += 1
            f[j] = FeatureHash.feature(26, i > 0 ? w[i - 1].shape : 1); j += 1
            f[j] = FeatureHash.feature(27, x.form, form(i + 1)); j += 1
            f[j] = FeatureHash.feature(28, i == 0 ? 1 : 0, x.shape); j += 1
            f[j] = FeatureHash.feature(29, x.cased); j += 1
            f[j] = FeatureHash.feature(30, p1, a0, a1); j += 1
            f[j] = FeatureHash.feature(31, form(i - 1), x.form); j += 1
            assert(j == f.count)
        }
    }
}

extension Tagger {
    /// Trains a tagger on gold sentences: `iterations` passes in an order shuffled
    /// with a fixed seed, so the same data always gives the same weights.
    static func train(_ sentences: [ParsedSentence], iterations: Int, seed: UInt64) -> Tagger {
        let tags = Array(Set(sentences.flatMap(\.tags))).sorted()
        let index = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        let shapes = sentences.map { $0.words.map(WordShape.init) }
        let gold = sentences.map { $0.tags.map { index[$0]! } }

        // Tags seen per form, in first-seen order (a Swift Dictionary's order is not stable).
        var formOrder: [UInt64] = []
        var counts: [UInt64: [Int]] = [:]
        for (s, g) in zip(shapes, gold) {
            for (w, t) in zip(s, g) {
                if counts[w.form] == nil { formOrder.append(w.form); counts[w.form] = [Int](repeating: 0, count: tags.count) }
                counts[w.form]![t] += 1
            }
        }
        var ambiguity = KeyIndex()
        var dictionary = KeyIndex()
        for form in formOrder {
            let c = counts[form]!
            let total = c.reduce(0, +)
            guard total >= 2 else { continue }
            var mask: UInt32 = 0
            for (t, n) in c.enumerated() where n > 0 && Double(n) / Double(total) >= 0.01 { mask |= 1 << UInt32(t % 32) }
            ambiguity[form] = mask
            if total >= 20, let top = c.indices.max(by: { c[$0] < c[$1] }), Double(c[top]) / Double(total) >= 0.995 {
                dictionary[form] = UInt32(top)
            }
        }

        var trainer = PerceptronTrainer(classCount: tags.count)
        var order = Array(sentences.indices)
        var rng = SplitMix64(seed: seed)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: tags.count)
        for _ in 0..<iterations {
            rng.shuffle(&order)
            for s in order {
                var tagged = [Int](repeating: 0, count: shapes[s].count)
                for i in shapes[s].indices {
                    if let known = dictionary[shapes[s][i].form] { tagged[i] = Int(known); continue }
                    Tagger.features(shapes[s], i, tagged, ambiguity, into: &features)
                    trainer.model.score(features, into: &scores)
                    let guess = SparseModel.best(scores)
                    trainer.update(features: features, truth: gold[s][i], guess: guess)
                    tagged[i] = guess
                }
            }
        }
        return Tagger(tags: tags, model: CompactModel(trainer.averaged()), dictionary: dictionary, ambiguity: ambiguity)
    }
}
