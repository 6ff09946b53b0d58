/// A treebank of sentences written for these tests, in CoNLL-U.
enum TinyTreebank {
    static func row(_ id: Int, _ form: String, _ lemma: String, _ tag: String, _ head: Int, _ rel: String) -> String {
        "\(id)\t\(form)\t\(lemma)\t\(tag)\t_\t_\t\(head)\t\(rel)\t_\t_"
    }

    static let text = """
    # sent_id = t1
    # text = Chile signed the treaty.
    \(row(1, "Chile", "Chile", "PROPN", 2, "nsubj"))
    \(row(2, "signed", "sign", "VERB", 0, "root"))
    \(row(3, "the", "the", "DET", 4, "det"))
    \(row(4, "treaty", "treaty", "NOUN", 2, "obj"))
    \(row(5, ".", ".", "PUNCT", 2, "punct"))

    # sent_id = t2
    # text = Peru rejected the plan.
    \(row(1, "Peru", "Peru", "PROPN", 2, "nsubj"))
    \(row(2, "rejected", "reject", "VERB", 0, "root"))
    \(row(3, "the", "the", "DET", 4, "det"))
    \(row(4, "plan", "plan", "NOUN", 2, "obj"))
    \(row(5, ".", ".", "PUNCT", 2, "punct"))

    # sent_id = t3
    # text = The ministers met in Lima.
    \(row(1, "The", "the", "DET", 2, "det"))
    \(row(2, "ministers", "minister", "NOUN", 3, "nsubj"))
    \(row(3, "met", "meet", "VERB", 0, "root"))
    \(row(4, "in", "in", "ADP", 5, "case"))
    \(row(5, "Lima", "Lima", "PROPN", 3, "obl"))
    \(row(6, ".", ".", "PUNCT", 3, "punct"))

    # sent_id = t4
    # text = Bolivia backed the deal.
    \(row(1, "Bolivia", "Bolivia", "PROPN", 2, "nsubj"))
    \(row(2, "backed", "back", "VERB", 0, "root"))
    \(row(3, "the", "the", "DET", 4, "det"))
    \(row(4, "deal", "deal", "NOUN", 2, "obj"))
    \(row(5, ".", ".", "PUNCT", 2, "punct"))

    # sent_id = t5
    # text = The envoys visited Quito.
    \(row(1, "The", "the", "DET", 2, "det"))
    \(row(2, "envoys", "envoy", "NOUN", 3, "nsubj"))
    \(row(3, "visited", "visit", "VERB", 0, "root"))
    \(row(4, "Quito", "Quito", "PROPN", 3, "obj"))
    \(row(5, ".", ".", "PUNCT", 3, "punct"))

    # sent_id = t6
    # text = Ecuador won't sign it.
    1-2\twon't\t_\t_\t_\t_\t_\t_\t_\t_
    \(row(1, "Ecuador", "Ecuador", "PROPN", 4, "nsubj"))
    \(row(2, "wo", "will", "AUX", 4, "aux"))
    \(row(3, "n't", "not", "PART", 4, "advmod"))
    \(row(4, "sign", "sign", "VERB", 0, "root"))
    \(row(5, "it", "it", "PRON", 4, "obj"))
    \(row(6, ".", ".", "PUNCT", 4, "punct"))

    """
}
