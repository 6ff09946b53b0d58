@testable import Graph
import Foundation
import XCTest

/// Corpus files: CSV and JSON Lines whose rows are articles.
final class CorpusReaderTests: XCTestCase {
    private func write(_ text: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testCSVRowsAreDocumentsDatedFromTheirColumn() throws {
        let csv = """
        url,date,title,text\r
        https://news.example/1,2019-10-05,"Oslo speaks","Monday, 7 October 2019\n\nNorway condemned Venezuela, ""again"", on Saturday."\r
        https://news.example/2,2019-10-09,Too few fields\r
        https://news.example/3,2019-10-11,No text,\r
        https://news.example/4,2019-10-12T08:00:00Z,Stockholm,Sweden met Finland in Stockholm.\r

        """
        let path = try write(csv, "wire.csv")
        let rows = try CorpusReader().read(path)
        XCTAssertEqual(rows.count, 4)
        let first = try rows[0].get()
        XCTAssertEqual(first.id, "wire-1")
        XCTAssertEqual(first.path, path + "#1")
        XCTAssertEqual(first.text, "Oslo speaks\n\nMonday, 7 October 2019\n\nNorway condemned Venezuela, \"again\", on Saturday.")
        XCTAssertEqual(first.url, "https://news.example/1")
        guard case .failure(let bad) = rows[1] else { return XCTFail("a short row is bad") }
        // The first row spans lines 2 to 4 (its text holds two line breaks).
        XCTAssertEqual(bad, .badRow(path: path, line: 5, reason: "has 3 fields where the header names 4"))
        XCTAssertTrue(bad.localizedDescription.hasPrefix("\(path):5: row has 3 fields"), bad.localizedDescription)
        guard case .failure(.badRow(_, 6, let reason)) = rows[2] else { return XCTFail("a row with no text is bad") }
        XCTAssertTrue(reason.contains("has no text"), reason)
        // The column's date wins over the date the text states.
        let extraction = try Extractor().extract(first)
        XCTAssertEqual(extraction.document.date, "2019-10-05")
        XCTAssertEqual(extraction.document.dateSource, "column date of wire.csv")
        XCTAssertEqual(extraction.document.title, "Oslo speaks")
        XCTAssertEqual(extraction.document.url, "https://news.example/1")
        let evidence = try XCTUnwrap(extraction.triples.first?.evidence.first)
        XCTAssertEqual(String(String.UnicodeScalarView(Array(first.text.unicodeScalars)[evidence.start..<evidence.end])), evidence.text)
        XCTAssertEqual(try Extractor().extract(try rows[3].get()).document.date, "2019-10-12")
    }

    /// News states facts in headlines: a row's headline is read as its text too, and
    /// the quote's offsets point into the text the document holds.
    func testARowsHeadlineIsReadForFactsWithOffsetsIntoItsText() throws {
        let jsonl = """
        {"headline": "Chile condemns Peru over the border closure", "body": "The ministers spoke for an hour on Tuesday.", "date": "2020-03-04"}
        {"headline": "Quiet day", "body": "Chile condemns Peru over the border closure. The talks went on."}

        """
        let path = try write(jsonl, "wire.jsonl")
        let rows = try CorpusReader(fields: CorpusReader.Fields("text=body")).read(path)
        let headlineOnly = try rows[0].get()
        XCTAssertEqual(headlineOnly.text, "Chile condemns Peru over the border closure\n\nThe ministers spoke for an hour on Tuesday.")
        let extraction = try Extractor().extract(headlineOnly)
        XCTAssertEqual(extraction.document.title, "Chile condemns Peru over the border closure")
        let fact = try XCTUnwrap(extraction.triples.first { $0.subject == "chile" && $0.object == "peru" }, "\(extraction.triples)")
        let evidence = try XCTUnwrap(fact.evidence.first)
        XCTAssertEqual(String(String.UnicodeScalarView(Array(headlineOnly.text.unicodeScalars)[evidence.start..<evidence.end])), evidence.text)
        XCTAssertTrue(evidence.text.hasPrefix("Chile condemns Peru"), evidence.text)
        // In the body, a fact keeps its offsets past the headline put before it.
        let inBody = try rows[1].get()
        let second = try XCTUnwrap(try Extractor().extract(inBody).triples.first { $0.subject == "chile" })
        let quote = try XCTUnwrap(second.evidence.first)
        XCTAssertEqual(String(String.UnicodeScalarView(Array(inBody.text.unicodeScalars)[quote.start..<quote.end])), quote.text)
        XCTAssertGreaterThan(quote.start, "Quiet day".count)
    }

    /// A corpus is read a megabyte at a time: rows whose quotes, doubled quotes and
    /// line breaks straddle the pieces read the same as in one piece, and a NUL byte
    /// far into the file still says it is binary.
    func testRowsAcrossThePiecesTheFileIsReadInReadWhole() throws {
        // 19 bytes of header and row start, then the filler: with 2 bytes of padding the
        // doubled quote of the first row starts on the last byte of the first megabyte.
        let filler = String(repeating: "Calm talks went on. ", count: 52_427) + "yyyyyy"
        for shift in 0..<4 {
            let padding = String(repeating: "x", count: shift)
            let csv = "title,text\r\nFirst,\"\(padding)\(filler)He said \"\"no\"\",\nthen left.\"\r\nSecond,Chile condemns Peru.\r\n"
            let rows = try CorpusReader().read(try write(csv, "big-\(shift).csv"))
            XCTAssertEqual(rows.count, 2, "shift \(shift)")
            XCTAssertEqual(try rows[0].get().text, "First\n\n" + padding + filler + "He said \"no\",\nthen left.", "shift \(shift)")
            XCTAssertEqual(try rows[1].get().text, "Second\n\nChile condemns Peru.")
            XCTAssertEqual(try rows[1].get().path.hasSuffix("#2"), true)
        }
        let jsonl = "{\"text\": \"\(filler)Spain backs Portugal.\"}\n{\"text\": \"Chile condemns Peru.\"}\n"
        let lines = try CorpusReader().read(try write(jsonl, "big.jsonl"))
        XCTAssertEqual(try lines.map { try $0.get().text }, [filler + "Spain backs Portugal.", "Chile condemns Peru."])
        let binary = try write("title,text\r\nOne,\(filler)\r\nTwo,A\u{0}B\r\n", "binary.csv")
        XCTAssertThrowsError(try CorpusReader().read(binary)) { error in
            XCTAssertEqual(error as? LoadProblem, .binary(path: binary))
        }
    }

    func testJSONLinesWithNamedFieldsAndABadLine() throws {
        let jsonl = """
        {"link": "https://news.example/a", "published_at": "2020-01-06", "body": "Egypt hosted Sudan for talks on the Nile dam."}
        {"link": "https://news.example/b", "published_at": "2020-01-07", "body": "unterminated
        {"guid": "urn:x:42", "story": "Ghana criticized Togo for closing the frontier.", "published_at": 20200108}

        """
        let path = try write(jsonl, "feed.jsonl")
        let rows = try CorpusReader(fields: try CorpusReader.Fields("text=story, id=guid")).read(path)
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(try rows[0].get().url, "https://news.example/a")
        XCTAssertEqual(try rows[0].get().date, "2020-01-06")
        guard case .failure(.badRow(_, 2, "is not a JSON object")) = rows[1] else { return XCTFail("\(rows[1])") }
        XCTAssertEqual(try rows[2].get().id, "feed-urn-x-42")
        XCTAssertThrowsError(try CorpusReader.Fields("colour=red"))
        XCTAssertThrowsError(try CorpusReader.Fields("text"))
    }

    func testABuildReadsRowsAndGoesOnPastBadOnes() throws {
        let path = try write("url,date,text\nhttps://news.example/1,2019-10-05,Norway condemned Venezuela.\n\"https://news.example/2,2019-10-06,Sweden met Finland.\n", "wire.csv")
        let result = GraphBuilder().extract(paths: [path])
        XCTAssertEqual(result.extractions.map(\.document.id), ["wire-1"])
        XCTAssertEqual(result.extractions.first?.document.source, path + "#1")
        XCTAssertEqual(result.problems, [.badRow(path: path, line: 3, reason: "has a quote that is never closed")])
    }
}
