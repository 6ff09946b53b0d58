import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graph

/// What must hold of every extraction and every output, whatever the article.
/// A broken invariant prints what broke and aborts, so libFuzzer keeps the input.
enum Invariants {
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("kg fuzz: invariant broken: \(message)\n".utf8))
        abort()
    }

    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fail(message()) }
    }

    // MARK: Extraction

    /// Every triple names listed actors; every piece of evidence lies inside the text;
    /// the JSON parses and reads back the same; the text lines hold no control character.
    static func checkExtraction(_ extraction: DocumentExtraction, text: String) {
        let ids = Set(extraction.entities.map(\.id))
        require(ids.count == extraction.entities.count, "two entities share an id")
        let length = text.unicodeScalars.count
        for fact in extraction.triples {
            require(ids.contains(fact.subject), "subject \(fact.subject) is not a listed actor")
            require(ids.contains(fact.object), "object \(fact.object) is not a listed actor")
            require(!fact.evidence.isEmpty, "a fact without evidence")
            for piece in fact.evidence {
                require(0 <= piece.start && piece.start <= piece.end && piece.end <= length,
                        "evidence \(piece.start)..<\(piece.end) outside the text of \(length) scalars")
                require(piece.confidence >= 0 && piece.confidence <= 1, "confidence \(piece.confidence)")
            }
        }
        let json: Data
        do { json = try extraction.jsonData() } catch { fail("extraction JSON not written: \(error)") }
        require((try? JSONSerialization.jsonObject(with: json)) != nil, "extraction JSON does not parse")
        guard let back = try? JSONDecoder().decode(DocumentExtraction.self, from: json) else { fail("extraction JSON does not read back") }
        require(back.entities.map(\.id) == extraction.entities.map(\.id) && back.triples.count == extraction.triples.count,
                "extraction JSON reads back different")
        for line in [extraction.headerLine()] + extraction.textLines() {
            require(!line.unicodeScalars.contains { $0.properties.generalCategory == .control }, "control character in a text line")
        }
    }

    static func checkGraph(_ graph: KnowledgeGraph) {
        for fact in graph.facts.values {
            require(graph.actors[fact.subject] != nil && graph.actors[fact.object] != nil,
                    "fact \(fact.subject) \(fact.predicate) \(fact.object) names an unknown actor")
        }
    }

    // MARK: Writers

    static func checkWriters(_ graph: KnowledgeGraph) {
        let linked = LinkedDataExporter()
        do {
            let jsonLD = try linked.jsonLD(for: graph)
            require((try? JSONSerialization.jsonObject(with: jsonLD)) != nil, "JSON-LD does not parse as JSON")
        } catch {
            fail("JSON-LD not written: \(error)")
        }
        let nTriples = linked.nTriples(for: graph)
        for line in nTriples.split(separator: "\n", omittingEmptySubsequences: true) {
            require(NTriples.isStatement(Substring(line)), "N-Triples line does not parse: \(line.prefix(200))")
        }
        require(Turtle.isBalanced(linked.turtle(for: graph)), "Turtle has an unclosed literal or IRI, or a raw control character")

        checkCSV(CSVExporter().csv(for: graph), name: "CSV", width: CSVExporter.header.count, spreadsheet: true)
        do {
            // neo4j-admin's input, read by a program: its cells are the data as is.
            for file in try Neo4jExporter().files(for: graph) where file.name.hasSuffix(".csv") {
                checkCSV(file.contents, name: file.name, width: nil, spreadsheet: false)
            }
            checkXML(GraphMLExporter().graphML(for: graph), name: "GraphML")
            checkXML(try GEXFExporter().gexf(for: graph), name: "GEXF")
        } catch {
            fail("writer threw \(error)")
        }
        require(DOT.isBalanced(DOTWriter().dot(for: graph)), "DOT has an unclosed string or unbalanced braces")
    }

    /// The number of `<script` tags in the report of `graph` (it must not depend on the text).
    static func checkReport(_ graph: KnowledgeGraph) -> Int {
        guard let diagram = try? DiagramView().diagram(for: graph) else { return -1 }
        let html = HTMLReportWriter().html(for: diagram, svg: nil)
        return html.lowercased().components(separatedBy: "<script").count - 1
    }

    /// RFC 4180: every record has as many fields as the header (or `width`), and, in a
    /// CSV meant for spreadsheets, no field starts like a formula.
    static func checkCSV(_ text: String, name: String, width: Int?, spreadsheet: Bool) {
        guard let records = CSV.records(text) else { fail("\(name): a quoted field is never closed") }
        guard let header = records.first else { fail("\(name): no header") }
        let expected = width ?? header.count
        for (index, record) in records.enumerated() {
            require(record.count == expected, "\(name) record \(index) has \(record.count) fields, not \(expected)")
            for field in record where spreadsheet {
                if let first = field.unicodeScalars.first {
                    require(!["=", "+", "@", "\t", "\r"].contains(first), "\(name): a field starts like a formula: \(field.prefix(40))")
                }
            }
        }
    }

    static func checkXML(_ text: String, name: String) {
        let parser = XMLParser(data: Data(text.utf8))
        require(parser.parse(), "\(name) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
    }
}

/// A strict reader of RFC 4180 records (CRLF or LF between them).
enum CSV {
    static func records(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append(d) } else { quoted = false; pending = d }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case ",":
                record.append(field); field = ""; wasQuoted = false
            case "\r":
                continue
            case "\n":
                record.append(field); records.append(record)
                record = []; field = ""; wasQuoted = false
            default:
                field.unicodeScalars.append(c)
            }
        }
        if quoted { return nil }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

/// One N-Triples statement: subject, predicate, object and a full stop, each term
/// well formed (IRIs without spaces or quotes, literals closed, escapes known).
enum NTriples {
    static func isStatement(_ line: Substring) -> Bool {
        var s = line.unicodeScalars[...]
        func skipSpace() { while let c = s.first, c == " " || c == "\t" { s.removeFirst() } }
        func iri() -> Bool {
            guard s.first == "<" else { return false }
            s.removeFirst()
            while let c = s.first {
                s.removeFirst()
                if c == ">" { return true }
                if c.value <= 0x20 || "<\"{}|^`".unicodeScalars.contains(c) { return false }
                if c == "\\" { return false }
            }
            return false
        }
        func blank() -> Bool {
            guard s.starts(with: "_:".unicodeScalars) else { return false }
            s.removeFirst(2)
            var any = false
            while let c = s.first, c != " " { s.removeFirst(); any = true }
            return any
        }
        func literal() -> Bool {
            guard s.first == "\"" else { return false }
            s.removeFirst()
            var closed = false
            while let c = s.first {
                s.removeFirst()
                if c == "\"" { closed = true; break }
                if c.value < 0x20 { return false }
                if c == "\\" {
                    guard let e = s.first, "tbnrf\"'\\uU".unicodeScalars.contains(e) else { return false }
                    s.removeFirst()
                }
            }
            guard closed else { return false }
            if s.starts(with: "^^".unicodeScalars) { s.removeFirst(2); return iri() }
            if s.first == "@" {
                s.removeFirst()
                while let c = s.first, c != " " { s.removeFirst() }
            }
            return true
        }
        skipSpace()
        guard iri() || blank() else { return false }
        skipSpace()
        guard iri() else { return false }
        skipSpace()
        guard iri() || blank() || literal() else { return false }
        skipSpace()
        guard s.first == "." else { return false }
        s.removeFirst()
        skipSpace()
        return s.isEmpty
    }
}

/// Turtle, read only as far as its strings and IRIs go: every one closed on its line
/// (kg writes no long strings) and no raw control character but line breaks and tabs.
enum Turtle {
    static func isBalanced(_ text: String) -> Bool {
        for line in text.split(separator: "\n") {
            var inString = false, inIRI = false
            var escaped = false
            for c in line.unicodeScalars {
                if c.value < 0x20 && c != "\t" { return false }
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                } else if inIRI {
                    if c == ">" { inIRI = false } else if c == " " || c == "\"" { return false }
                } else if c == "\"" {
                    inString = true
                } else if c == "<" {
                    inIRI = true
                } else if c == "#" {
                    break
                }
            }
            if inString || inIRI { return false }
        }
        return true
    }
}

/// DOT, read only as far as its quoted strings and braces go.
enum DOT {
    static func isBalanced(_ text: String) -> Bool {
        var depth = 0, inString = false, escaped = false
        var html = 0
        for c in text.unicodeScalars {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if html > 0 {
                if c == "<" { html += 1 } else if c == ">" { html -= 1 }
                continue
            }
            switch c {
            case "\"": inString = true
            case "<": html = 1
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth < 0 { return false }
            default: break
            }
        }
        return depth == 0 && !inString && html == 0
    }
}
