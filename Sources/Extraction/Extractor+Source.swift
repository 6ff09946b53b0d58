extension Extractor {
    /// Extracts one article as loaded, its content hash set.
    /// - Throws: `LoadProblem.noArticleText` when a web page holds no text kg can read
    ///   as an article (broken beyond repair, or its story loaded by script).
    public func extract(_ source: SourceDocument) throws -> DocumentExtraction {
        var clean = TextCleaner.clean(source.text, kind: source.kind)
        // A corpus row's columns say more surely than its text what it is and when it was published.
        if let title = source.title { clean.metadata.title = title }
        if let url = source.url { clean.metadata.url = url }
        if let date = source.date {
            clean.metadata.date = DocumentMetadata.isoDate(date)
            clean.metadata.dateSource = clean.metadata.date == nil ? nil : source.dateSource
        }
        if source.kind == .html && !clean.scalars.contains(where: { $0.properties.isAlphabetic }) {
            throw LoadProblem.noArticleText(path: source.path)
        }
        var extraction = extract(clean, id: source.id, source: source.path)
        extraction.document.contentHash = source.contentHash
        return extraction
    }
}
