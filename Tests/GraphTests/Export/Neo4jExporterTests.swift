@testable import Graph
import XCTest

/// The neo4j-admin import files, read back by a parser that holds them to neo4j-admin's
/// rules: headers, ID spaces, relationship ends that exist, typed values, quotes and arrays.
final class Neo4jExporterTests: XCTestCase {
    typealias F = StoreFixtures

    static let awkward = "Moscow said \"no\"; Damascus, again:\nsecond line \u{1F}and a unit separator."

    static var graph: KnowledgeGraph {
        let june = DocumentExtraction(
            document: DocumentInfo(id: "june;1", title: "June", date: "2019-06-10"), entities: [F.russia, F.syria, F.france, F.isis],
            triples: [Fact(subject: "russia", predicate: .supports, object: "syria",
                           evidence: [F.evidence(1, 0, awkward), F.evidence(2, 90, "Russia backs Syria.")]),
                      Fact(subject: "russia", predicate: .attacks, object: "islamic-state", negated: true, modality: .planned,
                           evidence: [F.evidence(3, 140, "Russia will not strike the group.")]),
                      Fact(subject: "syria", predicate: .meetsWith, object: "france", evidence: [F.evidence(4, 190, "They met.")])])
        let undated = DocumentExtraction(
            document: DocumentInfo(id: "undated", title: "No date"), entities: [F.russia, F.syria],
            triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, "Backing.")])])
        return GraphBuilder.merge([june, undated])
    }

    // MARK: A reader with neo4j-admin's rules

    /// Records of a CSV file as neo4j-admin reads it (`,` between fields, `"` quotes with
    /// `""` inside, line breaks inside quotes with --multiline-fields); a quote inside an
    /// unquoted field is an error. Each field is nil when empty and unquoted (no value).
    static func records(_ text: String) throws -> [[String?]] {
        struct Malformed: Error { let line: Int }
        var records: [[String?]] = [], record: [String?] = [], field = "", quoted = false, inQuotes = false, line = 1
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !quoted else { throw Malformed(line: line) }
                quoted = true
                inQuotes = true
            case ",":
                record.append(field.isEmpty && !quoted ? nil : field)
                field = ""; quoted = false
            case "\n":
                record.append(field.isEmpty && !quoted ? nil : field)
                records.append(record)
                record = []; field = ""; quoted = false; line += 1
            default:
                guard !quoted else { throw Malformed(line: line) }
                field.unicodeScalars.append(c)
            }
        }
        guard !inQuotes, record.isEmpty, field.isEmpty else { throw Malformed(line: line) }
        return records
    }

    /// A header entry: `name:type`, `:ID(group)`, `name:ID(group)`, `:LABEL`, `:START_ID(group)`, `:END_ID(group)`, `:TYPE`.
    struct Column: Equatable {
        var name: String
        var kind: String
        var group: String?
        var isArray: Bool

        static let types: Set<String> = ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
                                         "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"]

        init(_ entry: String) throws {
            struct BadHeader: Error { let entry: String }
            let parts = entry.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            name = parts[0]
            var kind = parts.count > 1 ? parts[1] : "string"
            group = nil
            if let open = kind.firstIndex(of: "("), kind.hasSuffix(")") {
                group = String(kind[kind.index(after: open)..<kind.index(before: kind.endIndex)])
                kind = String(kind[..<open])
            }
            isArray = kind.hasSuffix("[]")
            if isArray { kind.removeLast(2) }
            self.kind = kind
            let special = ["ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"]
            guard special.contains(kind) || Column.types.contains(kind.lowercased()) else { throw BadHeader(entry: entry) }
            guard special.contains(kind) && kind != "ID" ? name.isEmpty : !name.isEmpty || kind == "ID" else { throw BadHeader(entry: entry) }
            guard group == nil || ["ID", "START_ID", "END_ID"].contains(kind) else { throw BadHeader(entry: entry) }
        }
    }

    /// Checks one typed value; arrays are split on the delimiter first.
    static func valid(_ value: String, _ column: Column) -> Bool {
        let items = column.isArray ? value.split(separator: Neo4jExporter.arrayDelimiter, omittingEmptySubsequences: false).map(String.init) : [value]
        return items.allSatisfy { item in
            switch column.kind.lowercased() {
            case "int", "long": return Int(item) != nil
            case "double", "float": return Double(item) != nil
            case "boolean": return item == "true" || item == "false"
            case "date": return LinkedDataExporter.isISODate(item)
            case "type": return !item.isEmpty && item.allSatisfy { $0.isASCII && ($0.isUppercase || $0 == "_") }
            default: return true
            }
        }
    }

    private func tables() throws -> (nodes: [[String?]], relationships: [[String?]], script: String) {
        let files = Dictionary(uniqueKeysWithValues: try Neo4jExporter().files(for: Neo4jExporterTests.graph).map { ($0.name, $0.contents) })
        XCTAssertEqual(files.keys.sorted(), ["actors.csv", "facts.csv", "load.cypher"])
        return (try Neo4jExporterTests.records(try XCTUnwrap(files["actors.csv"])),
                try Neo4jExporterTests.records(try XCTUnwrap(files["facts.csv"])), try XCTUnwrap(files["load.cypher"]))
    }

    // MARK: Tests

    func testHeadersFollowTheImportRules() throws {
        let (nodes, relationships, _) = try tables()
        let nodeColumns = try nodes[0].map { try Column(XCTUnwrap($0)) }
        XCTAssertEqual(nodeColumns.filter { $0.kind == "ID" }.count, 1)
        XCTAssertEqual(nodeColumns.filter { $0.kind == "LABEL" }.count, 1)
        let idGroup = nodeColumns.first { $0.kind == "ID" }?.group
        let relationshipColumns = try relationships[0].map { try Column(XCTUnwrap($0)) }
        for kind in ["START_ID", "END_ID", "TYPE"] {
            XCTAssertEqual(relationshipColumns.filter { $0.kind == kind }.count, 1, kind)
        }
        XCTAssertEqual(relationshipColumns.filter { $0.kind == "START_ID" || $0.kind == "END_ID" }.map(\.group), [idGroup, idGroup])
        XCTAssertEqual(Set(nodeColumns.map(\.name)).count, nodeColumns.count, "a property named twice")
        XCTAssertEqual(Set(relationshipColumns.map(\.name)).count, relationshipColumns.count - 3 + 1, "a property named twice")
        // The reader rejects what neo4j-admin rejects.
        XCTAssertThrowsError(try Column("name:text"))
        XCTAssertThrowsError(try Column("x:TYPE"))
        XCTAssertThrowsError(try Neo4jExporterTests.records("a,b\"c\"\n"))
    }

    func testEveryRowIsWellTypedAndEveryRelationshipEndIsANode() throws {
        let (nodes, relationships, _) = try tables()
        let nodeColumns = try nodes[0].map { try Column(XCTUnwrap($0)) }
        let relationshipColumns = try relationships[0].map { try Column(XCTUnwrap($0)) }
        var ids = Set<String>()
        for row in nodes.dropFirst() {
            XCTAssertEqual(row.count, nodeColumns.count)
            for (value, column) in zip(row, nodeColumns) { if let value { XCTAssertTrue(Neo4jExporterTests.valid(value, column), "\(column.name): \(value)") } }
            let id = try XCTUnwrap(row[nodeColumns.firstIndex { $0.kind == "ID" }!])
            XCTAssertTrue(ids.insert(id).inserted, "\(id) twice")
            let labels = try XCTUnwrap(row[nodeColumns.firstIndex { $0.kind == "LABEL" }!]).split(separator: Neo4jExporter.arrayDelimiter)
            XCTAssertEqual(labels.first, "Actor")
            XCTAssertEqual(labels.count, 2)
        }
        XCTAssertEqual(ids, ["russia", "syria", "france", "islamic-state"])
        let start = relationshipColumns.firstIndex { $0.kind == "START_ID" }!, end = relationshipColumns.firstIndex { $0.kind == "END_ID" }!
        for row in relationships.dropFirst() {
            XCTAssertEqual(row.count, relationshipColumns.count)
            for (value, column) in zip(row, relationshipColumns) { if let value { XCTAssertTrue(Neo4jExporterTests.valid(value, column), "\(column.name): \(value)") } }
            XCTAssertTrue(ids.contains(try XCTUnwrap(row[start])))
            XCTAssertTrue(ids.contains(try XCTUnwrap(row[end])))
        }
        XCTAssertEqual(relationships.count - 1, Neo4jExporterTests.graph.facts.count)
    }

    func testTypesQuotesAndArraysSurvive() throws {
        let (_, relationships, _) = try tables()
        let header = relationships[0].map { $0 ?? "" }
        func column(_ name: String) -> Int { header.firstIndex { $0.hasPrefix(name) }! }
        let supports = try XCTUnwrap(relationships.first { $0[column(":TYPE")] == "SUPPORTS" })
        let quotes = try XCTUnwrap(supports[column("evidenceQuotes")]).split(separator: Neo4jExporter.arrayDelimiter, omittingEmptySubsequences: false)
        // The unit separator is the array delimiter: it is dropped from the quote, and nothing else changes.
        let expected = Neo4jExporterTests.awkward.replacingOccurrences(of: "\u{1F}", with: "")
        XCTAssertEqual(quotes.count, 3)
        XCTAssertTrue(quotes.contains { String($0) == expected }, "\(quotes)")
        XCTAssertEqual(try XCTUnwrap(supports[column("evidenceDocuments")]).split(separator: Neo4jExporter.arrayDelimiter).count, 3)
        XCTAssertEqual(supports[column("plover")], "SUPPORT")
        // Reported on 2019-06-10 and in an undated article: the dates are those known.
        XCTAssertEqual(supports[column("firstReported")], "2019-06-10")
        let denial = try XCTUnwrap(relationships.first { $0[column(":TYPE")] == "NOT_ATTACKS" })
        XCTAssertEqual(denial[column("weight")], "0")
        XCTAssertEqual(denial[column("evidence:int")], "1")
        XCTAssertEqual(denial[column("evidenceModalities")], "planned")
        XCTAssertTrue(relationships.contains { $0[column(":TYPE")] == "MEETS_WITH" })
    }

    func testTheScriptLoadsEveryRelationshipTypeAndNamesTheImportCommand() throws {
        let (_, relationships, script) = try tables()
        XCTAssertTrue(script.contains("neo4j-admin database import full --nodes=actors.csv --relationships=facts.csv"))
        XCTAssertTrue(script.contains("--array-delimiter=U+001F --multiline-fields=true"))
        let header = relationships[0].map { $0 ?? "" }
        for row in relationships.dropFirst() {
            let type = try XCTUnwrap(row[header.firstIndex(of: ":TYPE")!])
            XCTAssertTrue(script.contains("WITH row WHERE row.`:TYPE` = '\(type)'"), type)
            XCTAssertTrue(script.contains("MERGE (s)-[r:\(type) {factId: row.factId}]->(o)"), type)
        }
        // Every header the script reads is a header of the files.
        let nodes = try Neo4jExporterTests.records(Neo4jExporter().files(for: Neo4jExporterTests.graph)[0].contents)[0].compactMap { $0 }
        var rest = script[...]
        while let open = rest.range(of: "row.`") {
            let after = rest[open.upperBound...]
            let name = String(after.prefix { $0 != "`" })
            XCTAssertTrue(nodes.contains(name) || header.contains(name), name)
            rest = after.dropFirst(name.count)
        }
        XCTAssertEqual(Neo4jExporter.relationshipType(.cooperatesWith, negated: true), "NOT_COOPERATES_WITH")
    }

    func testTheExportFormatWritesAFolder() throws {
        XCTAssertTrue(ExportFormat.neo4j.isFolder)
        XCTAssertThrowsError(try ExportFormat.neo4j.data(for: Neo4jExporterTests.graph)) { error in
            XCTAssertEqual(error as? ExportError, .needsFolder("neo4j"))
        }
        XCTAssertEqual(try ExportFormat.neo4j.files(for: Neo4jExporterTests.graph).map(\.name), ["actors.csv", "facts.csv", "load.cypher"])
        XCTAssertEqual(try ExportFormat.csv.files(for: Neo4jExporterTests.graph).map(\.name), ["graph.csv"])
    }
}
