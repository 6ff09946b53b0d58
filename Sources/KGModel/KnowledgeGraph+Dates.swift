extension KnowledgeGraph {
    /// When a fact was first and last reported: the earliest and latest dates of the
    /// documents its evidence comes from; nil when none of them is dated.
    public func reportingDates(of fact: Fact) -> (first: String, last: String)? {
        let dates = fact.evidence.compactMap { documents[$0.document]?.date }.sorted()
        guard let first = dates.first, let last = dates.last else { return nil }
        return (first, last)
    }

    /// "2019-10-05" or "2019-10-05 to 2019-11-02": when a fact was reported, for people.
    public func reportingSpan(of fact: Fact) -> String? {
        guard let (first, last) = reportingDates(of: fact) else { return nil }
        return first == last ? first : "\(first) to \(last)"
    }
}
