/// The IRI namespaces kg's linked data uses (docs/vocabulary.md).
public enum Namespace {
    /// Where data IRIs (actors, documents, facts, evidence, graphs) live unless `--base` says otherwise.
    public static let defaultBase = "https://kg.example.org/id/"
    /// Where kg's vocabulary lives on the host of the data: stated here once, and
    /// followed by every export that takes a base.
    public static let vocabularyPath = "/vocab#"
    /// kg's own vocabulary under the default base: one IRI per predicate, actor class
    /// and attribute (`https://kg.example.org/vocab#`).
    public static let kg = vocabulary(forBase: defaultBase)

    /// kg's vocabulary for data under `base`: `vocabularyPath` on the base's host, so
    /// data published with `--base https://your.domain/kg/` uses
    /// `https://your.domain/vocab#supports`, on the domain its publisher controls.
    public static func vocabulary(forBase base: String) -> String {
        guard let separator = base.range(of: "://") else { return base + String(vocabularyPath.dropFirst()) }
        let authority = base[separator.upperBound...].prefix { $0 != "/" && $0 != "#" && $0 != "?" }
        return String(base[..<separator.upperBound]) + authority + vocabularyPath
    }
    public static let schema = "https://schema.org/"
    public static let prov = "http://www.w3.org/ns/prov#"
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let owl = "http://www.w3.org/2002/07/owl#"
    public static let wikidata = "http://www.wikidata.org/entity/"
}
