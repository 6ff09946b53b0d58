@testable import Graph
import XCTest

/// A build streams its documents in batches: memory holds one batch, and a batch
/// handed on stays handed on whatever happens to the next.
final class GraphBuilderBatchTests: XCTestCase {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-batches-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    func testFilesAndCorpusRowsGoOutInBatchesInInputOrder() throws {
        let csv = "title,text\r\nRow one,Chile condemns Peru over the border.\r\nRow two,Spain supports Portugal in the talks.\r\nRow three,\r\n"
        let input = try folder(["a.txt": "Russia supports Syria in the war.\n", "b.txt": "France criticized Germany over the budget.\n",
                                "c.csv": csv, "d.txt": "Norway condemned Venezuela on Saturday.\n"])
        var batches: [[String]] = []
        let result = try GraphBuilder().extract(paths: [input.path], batchSize: 2) { batch in
            batches.append(batch.map(\.document.id))
        }
        XCTAssertEqual(batches, [["a", "b"], ["c-1", "c-2"], ["d"]])
        XCTAssertTrue(result.extractions.isEmpty, "a streaming build keeps no extraction")
        XCTAssertEqual(result.problems.count, 1, "\(result.problems)")
        XCTAssertEqual(result.problems.first?.localizedDescription.contains("c.csv:4"), true, "\(result.problems)")
    }

    func testBatchesHandedOnBeforeAFailureStayHandedOn() throws {
        let input = try folder(["a.txt": "Russia supports Syria in the war.\n", "b.txt": "France criticized Germany over the budget.\n",
                                "c.txt": "Norway condemned Venezuela on Saturday.\n"])
        struct Full: Error {}
        let store = try GraphStore.inMemory()
        XCTAssertThrowsError(try GraphBuilder().extract(paths: [input.path], batchSize: 1) { batch in
            if batch[0].document.id == "b" { throw Full() }
            try store.ingest(batch)
        })
        XCTAssertEqual(try store.loadGraph().documents.keys.sorted(), ["a"])
    }
}
