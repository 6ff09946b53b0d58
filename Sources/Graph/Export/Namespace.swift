/// The IRI namespaces kg's linked data uses (docs/vocabulary.md).
public enum Namespace {
    /// kg's own vocabulary: one IRI per predicate, actor class and attribute.
    public static let kg = "https://kg.example.org/vocab#"
    /// Where data IRIs (actors, documents, facts, evidence, graphs) live unless `--base` says otherwise.
    public static let defaultBase = "https://kg.example.org/id/"
    public static let schema = "https://schema.org/"
    public static let prov = "http://www.w3.org/ns/prov#"
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let owl = "http://www.w3.org/2002/07/owl#"
    public static let wikidata = "http://www.wikidata.org/entity/"
}
