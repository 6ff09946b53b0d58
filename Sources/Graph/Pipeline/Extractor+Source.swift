extension Extractor {
    /// Extracts one article as loaded, its content hash set.
    /// - Throws: `LoadProblem.noArticleText` when a web page holds no text kg can read
    ///   as an article (broken beyond repair, or its story loaded by script).
    public func extract(_ source: SourceDocument) throws -> DocumentExtraction {
        let clean = TextCleaner.clean(source.text, kind: source.kind)
        if source.kind == .html && !clean.scalars.contains(where: { $0.properties.isAlphabetic }) {
            throw LoadProblem.noArticleText(path: source.path)
        }
        var extraction = extract(clean, id: source.id, source: source.path)
        extraction.document.contentHash = source.contentHash
        return extraction
    }
}
