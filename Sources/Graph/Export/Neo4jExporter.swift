/// Writes the graph as the CSV files of `neo4j-admin database import` and a Cypher
/// script that loads the same files with `LOAD CSV`:
///
/// - `actors.csv`, the nodes: `actorId:ID(Actor)`, `name`, `type`, `wikidata`,
///   `aliases:string[]`, `iri`, `:LABEL` (`Actor` and the actor type).
/// - `facts.csv`, the relationships: `:START_ID(Actor)`, `:END_ID(Actor)`, `:TYPE` (the
///   predicate in upper snake case, `NOT_` first when negated, so a query for
///   `[:SUPPORTS]` never meets a denial), the fact's attributes with its PLOVER category,
///   and its evidence as parallel arrays in one order: `evidenceDocuments`,
///   `evidenceQuotes`, `evidenceStarts`, `evidenceEnds`, `evidenceModalities`.
/// - `load.cypher`, for a running database, with the `neo4j-admin` command for a new one.
///
/// Encoding, by neo4j-admin's rules: every string quoted with `"`, a `"` inside doubled;
/// an absent value is an empty, unquoted field (no property); array elements separated by
/// `arrayDelimiter` (U+001F, the ASCII unit separator, which news text never holds; it is
/// dropped from values), so quotes full of `;` and `,` stay whole. Quotes may hold line
/// breaks: the import needs `--multiline-fields=true`.
///
/// Thread safety: a value type; safe to use from any thread.
public struct Neo4jExporter: Sendable {
    /// Between the elements of an array field, and between labels.
    public static let arrayDelimiter: Character = "\u{1F}"
    /// How neo4j-admin's `--array-delimiter` and Cypher's `split` name it.
    static let arrayDelimiterName = "U+001F"
    static let arrayDelimiterCypher = "\\u001F"

    public static let nodesFile = "actors.csv"
    public static let relationshipsFile = "facts.csv"
    public static let scriptFile = "load.cypher"

    static let nodeHeader = ["actorId:ID(Actor)", "name", "type", "wikidata", "aliases:string[]", "iri", ":LABEL"]
    static let relationshipHeader = [
        ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "factId", "predicate", "predicateClass", "plover",
        "negated:boolean", "modality", "evidence:int", "weight:int", "confidence:double", "firstReported:date",
        "lastReported:date", "evidenceDocuments:string[]", "evidenceQuotes:string[]", "evidenceStarts:int[]",
        "evidenceEnds:int[]", "evidenceModalities:string[]", "predicateIri",
    ]

    /// Names actors and predicates by their linked-data IRIs under the base.
    private let linked: LinkedDataExporter

    /// - Throws: `ExportError.invalidBase` unless `base` is an absolute http(s) IRI.
    public init(base: String = Namespace.defaultBase) throws {
        linked = try LinkedDataExporter(base: base)
    }

    /// The relationship type of a fact: `SUPPORTS`, `MEETS_WITH`, `NOT_ATTACKS`.
    public static func relationshipType(_ predicate: Predicate, negated: Bool) -> String {
        var type = negated ? "NOT_" : ""
        for character in predicate.rawValue {
            if character.isUppercase { type += "_" }
            type += character.uppercased()
        }
        return type
    }

    /// The three files, by name, in a stable order.
    public func files(for graph: KnowledgeGraph) -> [(name: String, contents: String)] {
        [(Neo4jExporter.nodesFile, nodes(for: graph)), (Neo4jExporter.relationshipsFile, relationships(for: graph)),
         (Neo4jExporter.scriptFile, Neo4jExporter.script())]
    }

    func nodes(for graph: KnowledgeGraph) -> String {
        var out = Neo4jExporter.row(Neo4jExporter.nodeHeader.map(Field.raw))
        for actor in graph.sortedActors {
            out += Neo4jExporter.row([
                .string(actor.id), .string(actor.label), .string(actor.type.rawValue), actor.wikidata.map(Field.string) ?? .absent,
                actor.aliases.isEmpty ? .absent : .array(actor.aliases), .string(linked.actorIRI(actor.id)),
                .array(["Actor", actor.type.rawValue]),
            ])
        }
        return out
    }

    func relationships(for graph: KnowledgeGraph) -> String {
        var out = Neo4jExporter.row(Neo4jExporter.relationshipHeader.map(Field.raw))
        for fact in graph.sortedFacts {
            let evidence = fact.evidence.sorted { ($0.document, $0.start, $0.end) < ($1.document, $1.start, $1.end) }
            let dates = Set(evidence.compactMap { graph.documents[$0.document]?.date }.filter(LinkedDataExporter.isISODate)).sorted()
            out += Neo4jExporter.row([
                .string(fact.subject), .string(fact.object), .raw(Neo4jExporter.relationshipType(fact.predicate, negated: fact.negated)),
                .string(String(linked.factIRI(fact.key).dropFirst(linked.base.count + "fact/".count))),
                .string(fact.predicate.rawValue), .string(fact.predicate.predicateClass.rawValue),
                fact.predicate.spec.plover.map { .string($0.rawValue) } ?? .absent,
                .raw(fact.negated ? "true" : "false"), .string(fact.modality.rawValue), .raw(String(fact.evidence.count)),
                .raw(String(GraphMLExporter.weight(fact))), .raw(RDFTerm.decimalLexical(fact.confidence)),
                dates.first.map(Field.raw) ?? .absent, dates.last.map(Field.raw) ?? .absent,
                .array(evidence.map(\.document)), .array(evidence.map(\.text)),
                .numbers(evidence.map(\.start)), .numbers(evidence.map(\.end)),
                .array(evidence.map { fact.modality(of: $0).rawValue }),
                .string(Vocabulary.iri(fact.predicate, in: linked.vocabulary)),
            ])
        }
        return out
    }

    /// One field of a row.
    enum Field {
        /// Written as is: headers, numbers, booleans, dates, relationship types.
        case raw(String)
        case string(String)
        case array([String])
        case numbers([Int])
        /// No value: no property on the node or relationship.
        case absent

        var encoded: String {
            switch self {
            case .raw(let text): return text
            case .string(let text): return Neo4jExporter.quoted(Neo4jExporter.clean(text))
            case .array(let items):
                return Neo4jExporter.quoted(items.map(Neo4jExporter.clean).joined(separator: String(Neo4jExporter.arrayDelimiter)))
            case .numbers(let items): return items.map(String.init).joined(separator: String(Neo4jExporter.arrayDelimiter))
            case .absent: return ""
            }
        }
    }

    static func row(_ fields: [Field]) -> String {
        fields.map(\.encoded).joined(separator: ",") + "\n"
    }

    /// A value without the array delimiter or NUL, which no field may hold.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{1F}" && $0 != "\u{0}" }))
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The Cypher script: a constraint, the actors, their type labels, then one statement
    /// per relationship type of `PredicateSpec.table` (Cypher takes no type from a value).
    static func script() -> String {
        let split = { (column: String) in
            "CASE WHEN row.`\(column)` IS NULL THEN [] ELSE split(row.`\(column)`, '\(arrayDelimiterCypher)') END"
        }
        var out = """
            // kg's graph for Neo4j 5, written by `kg export --format neo4j --out DIR`.
            //
            // Into a running database: copy \(nodesFile) and \(relationshipsFile) into its import folder, then
            //   cypher-shell -u neo4j -f \(scriptFile)
            // Loading again updates what is there (MERGE on actorId and factId).
            //
            // Into a new database, faster, with the database stopped:
            //   neo4j-admin database import full --nodes=\(nodesFile) --relationships=\(relationshipsFile) \\
            //     --array-delimiter=\(arrayDelimiterName) --multiline-fields=true neo4j
            // (neo4j-admin keeps actorId as the :ID property; then run only the CREATE CONSTRAINT line.)

            CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actorId IS UNIQUE;

            LOAD CSV WITH HEADERS FROM 'file:///\(nodesFile)' AS row
            MERGE (a:Actor {actorId: row.`actorId:ID(Actor)`})
            SET a.name = row.name, a.type = row.type, a.wikidata = row.wikidata, a.iri = row.iri,
                a.aliases = \(split("aliases:string[]"));

            """
        for type in ActorType.allCases {
            out += "MATCH (a:Actor {type: '\(type.rawValue)'}) SET a:\(type.rawValue);\n"
        }
        for spec in PredicateSpec.table {
            for negated in [false, true] {
                let type = relationshipType(spec.predicate, negated: negated)
                out += """

                    LOAD CSV WITH HEADERS FROM 'file:///\(relationshipsFile)' AS row
                    WITH row WHERE row.`:TYPE` = '\(type)'
                    MATCH (s:Actor {actorId: row.`:START_ID(Actor)`}), (o:Actor {actorId: row.`:END_ID(Actor)`})
                    MERGE (s)-[r:\(type) {factId: row.factId}]->(o)
                    SET r.predicate = row.predicate, r.predicateClass = row.predicateClass, r.plover = row.plover,
                        r.negated = toBoolean(row.`negated:boolean`), r.modality = row.modality,
                        r.evidence = toInteger(row.`evidence:int`), r.weight = toInteger(row.`weight:int`),
                        r.confidence = toFloat(row.`confidence:double`),
                        r.firstReported = date(row.`firstReported:date`), r.lastReported = date(row.`lastReported:date`),
                        r.evidenceDocuments = \(split("evidenceDocuments:string[]")),
                        r.evidenceQuotes = \(split("evidenceQuotes:string[]")),
                        r.evidenceStarts = [x IN \(split("evidenceStarts:int[]")) | toInteger(x)],
                        r.evidenceEnds = [x IN \(split("evidenceEnds:int[]")) | toInteger(x)],
                        r.evidenceModalities = \(split("evidenceModalities:string[]")),
                        r.predicateIri = row.predicateIri;

                    """
            }
        }
        return out
    }
}
