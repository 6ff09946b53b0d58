import Foundation

extension DocumentExtraction {
    /// The document's triples with one fact per key (ONTOLOGY.md: the same key within
    /// one document is one fact): the firmest modality, the highest confidence and all
    /// the evidence, in the order the keys first appear. Every store stores these.
    public func mergedTriples() -> [Fact] {
        var merged: [Fact.Key: Fact] = [:]
        var order: [Fact.Key] = []
        for fact in triples {
            let key = fact.key
            if var known = merged[key] {
                known.merge(fact)
                merged[key] = known
            } else {
                merged[key] = fact
                order.append(key)
            }
        }
        return order.map { merged[$0]! }
    }
}

extension DocumentInfo {
    /// `source` as an absolute, standardized path ("./news/../news/a.txt" and
    /// "news/a.txt" are one file): what says two reads are the same article in every
    /// store; nil for none or standard input.
    public static func sourceKey(_ source: String?) -> String? {
        guard let source, !source.isEmpty, source != "-" else { return nil }
        return URL(fileURLWithPath: source).standardizedFileURL.path
    }
}
