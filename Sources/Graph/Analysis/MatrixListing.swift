import Foundation

/// How `kg matrix` prints a stance matrix: an aligned table, CSV or JSON.
public enum MatrixListing {
    /// "+3 −1": cooperative and conflictual evidence; "not 1" and "~2" for negated
    /// and hedged evidence; "·" for no evidence, "" on the diagonal.
    static func cellText(_ cell: StanceMatrix.Cell) -> String {
        guard !cell.isEmpty else { return "\u{00B7}" }
        var parts: [String] = []
        if cell.cooperative > 0 { parts.append("+\(cell.cooperative)") }
        if cell.conflictual > 0 { parts.append("\u{2212}\(cell.conflictual)") }
        if cell.negated > 0 { parts.append("not\u{00A0}\(cell.negated)") }
        if cell.hedged > 0 { parts.append("~\(cell.hedged)") }
        if cell.contact > 0 { parts.append("meet\u{00A0}\(cell.contact)") }
        return parts.joined(separator: " ")
    }

    /// One row per actor, one numbered column per actor (the key is the row number),
    /// then a line explaining the notation.
    public static func table(_ matrix: StanceMatrix) -> String {
        guard !matrix.actors.isEmpty else {
            return "No stances: the store holds no cooperative or conflictual facts between actors.\n"
        }
        let header = ["", "ACTOR", "CAMP"] + matrix.actors.indices.map { String($0 + 1) }
        var rows: [[String]] = []
        for (r, actor) in matrix.actors.enumerated() {
            var row = [String(r + 1), actor.label, matrix.camps[r].map(String.init) ?? "\u{2013}"]
            for c in matrix.actors.indices { row.append(r == c ? "" : cellText(matrix.cells[r][c])) }
            rows.append(row)
        }
        var out = FactListing.aligned(header, rows, details: rows.map { _ in [] }, rightAligned: Set(3..<header.count).union([0]))
        out += "Row toward column: +N cooperative, \u{2212}N conflictual, not N negated, ~N possible or planned, meet N meetings and requests (pieces of evidence).\n"
        return out
    }

    /// One row per non-empty cell.
    public static func csv(_ matrix: StanceMatrix) -> String {
        var out = CSVExporter.row(["subject", "subject_label", "object", "object_label", "cooperative", "conflictual",
                                   "negated", "hedged", "contact", "balance"])
        for (r, from) in matrix.actors.enumerated() {
            for (c, to) in matrix.actors.enumerated() where r != c && !matrix.cells[r][c].isEmpty {
                let cell = matrix.cells[r][c]
                // Numbers are written as they are: a spreadsheet must read −0.5 as a number.
                let numbers = [cell.cooperative, cell.conflictual, cell.negated, cell.hedged, cell.contact].map(String.init)
                    + [cell.balance.map { String(format: "%.3f", $0) } ?? ""]
                out += ([from.id, from.label, to.id, to.label].map(CSVExporter.field) + numbers).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    struct ActorItem: Encodable {
        var id: String
        var label: String
        var camp: Int?
        var people: [String]?
    }

    struct CellItem: Encodable {
        var subject: String
        var object: String
        var cooperative: Int
        var conflictual: Int
        var negated: Int
        var hedged: Int
        var contact: Int
        var balance: Double?
        var facts: [CampListing.FactItem]
    }

    struct MatrixItem: Encodable {
        var actors: [ActorItem]
        var cells: [CellItem]
    }

    /// `{"actors": [...], "cells": [...]}`: the actors in matrix order with their camps,
    /// and each non-empty cell with its counts and facts (best quote each).
    /// - Throws: `EncodingError`.
    public static func json(_ matrix: StanceMatrix, graph: KnowledgeGraph) throws -> Data {
        let actors = matrix.actors.enumerated().map { i, actor in
            ActorItem(id: actor.id, label: actor.label, camp: matrix.camps[i], people: matrix.people[actor.id])
        }
        var cells: [CellItem] = []
        for (r, from) in matrix.actors.enumerated() {
            for (c, to) in matrix.actors.enumerated() where r != c && !matrix.cells[r][c].isEmpty {
                let cell = matrix.cells[r][c]
                cells.append(CellItem(subject: from.id, object: to.id, cooperative: cell.cooperative, conflictual: cell.conflictual,
                                      negated: cell.negated, hedged: cell.hedged, contact: cell.contact, balance: cell.balance,
                                      facts: cell.facts.map { CampListing.item($0, graph: graph) }))
            }
        }
        return try FactListing.encode(MatrixItem(actors: actors, cells: cells))
    }
}
