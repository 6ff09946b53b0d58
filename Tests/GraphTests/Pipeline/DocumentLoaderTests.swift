@testable import Graph
import Foundation
import XCTest

final class DocumentLoaderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ bytes: Data, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return url.path
    }

    func testExpandsFoldersRecursivelyInSortedOrderAndSkipsOtherFiles() throws {
        _ = try write(Data("b".utf8), "b.txt")
        _ = try write(Data("a".utf8), "sub/a.md")
        _ = try write(Data("c".utf8), "sub/deeper/c.html")
        _ = try write(Data("x".utf8), "notes.json")
        _ = try write(Data("h".utf8), ".hidden.txt")
        let (files, problems) = DocumentLoader().expand([folder.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(files.map { URL(fileURLWithPath: $0).lastPathComponent }, ["b.txt", "a.md", "c.html"])
    }

    func testHiddenFoldersAreNotSearched() throws {
        _ = try write(Data("a".utf8), "a.txt")
        _ = try write(Data("tooling".utf8), ".venv/lib/LICENSE.txt")
        _ = try write(Data("notes".utf8), "sub/.cache/page.html")
        let (files, problems) = DocumentLoader().expand([folder.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(files.map { URL(fileURLWithPath: $0).lastPathComponent }, ["a.txt"])
    }

    func testKgsOwnOutputsAndStoreAreNeverReadAsArticles() throws {
        _ = try write(Data("France backs Germany.".utf8), "a.txt")
        _ = try write(Data("<html><body>report</body></html>".utf8), "report.html")
        _ = try write(Data("kept".utf8), "store.txt")
        _ = try write(Data("wal".utf8), "store.txt-wal")
        let store = folder.appendingPathComponent("store.txt").path
        // Spelled differently from the paths walked, as `--out io/` and `io` would be.
        let loader = DocumentLoader(ignoring: OutputWriter.files(in: folder.path + "/./") + GraphStore.files(at: store))
        let (files, problems) = loader.expand([folder.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(files.map { URL(fileURLWithPath: $0).lastPathComponent }, ["a.txt"])

        let named = folder.appendingPathComponent("sub/../report.html").path
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let (none, refused) = loader.expand([named])
        XCTAssertEqual(none, [])
        XCTAssertEqual(refused, [.ownOutput(path: named)])
        XCTAssertEqual(DocumentLoader().expand([folder.path]).files.map { URL(fileURLWithPath: $0).lastPathComponent },
                       ["a.txt", "report.html", "store.txt"], "a loader that ignores nothing reads them all")
    }

    func testSymbolicLinksToFoldersAndFilesAreFollowedButNotInALoop() throws {
        let fm = FileManager.default
        _ = try write(Data("France backs Germany.".utf8), "real/a.txt")
        _ = try write(Data("Spain backs Italy.".utf8), "real/sub/b.md")
        _ = try write(Data("Chile backs Peru.".utf8), "other/c.txt")
        let real = folder.appendingPathComponent("real")
        try fm.createSymbolicLink(atPath: real.appendingPathComponent("more").path, withDestinationPath: "../other")
        try fm.createSymbolicLink(atPath: real.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: real.appendingPathComponent("alias.txt").path, withDestinationPath: "a.txt")
        try fm.createSymbolicLink(atPath: real.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        let link = folder.appendingPathComponent("link").path
        try fm.createSymbolicLink(atPath: link, withDestinationPath: real.path)

        let (files, problems) = DocumentLoader().expand([link])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(files, ["a.txt", "gone.txt", "more/c.txt", "sub/b.md"].map { link + "/" + $0 })
        guard files.count == 4 else { return }
        XCTAssertEqual(try DocumentLoader().load(files[2]).text, "Chile backs Peru.")
        XCTAssertThrowsError(try DocumentLoader().load(files[1])) { XCTAssertEqual($0 as? LoadProblem, .missing(path: files[1])) }
        let fileLink = folder.appendingPathComponent("c.txt").path
        try fm.createSymbolicLink(atPath: fileLink, withDestinationPath: "other/c.txt")
        XCTAssertEqual(DocumentLoader().expand([fileLink]).files, [fileLink])
    }

    func testAFolderGivenAsAnArticleIsNamedAsAFolder() throws {
        XCTAssertThrowsError(try DocumentLoader().load(folder.path)) { error in
            XCTAssertEqual(error as? LoadProblem, .unreadable(path: folder.path, reason: "it is a folder, not an article"))
        }
    }

    func testUTF16WithAByteOrderMarkIsReadAsText() throws {
        let text = "Ties\n\nFrance supports Germany \u{2014} \u{00E9}t\u{00E9}.\n"
        for (name, encoding) in [("le.txt", String.Encoding.utf16LittleEndian), ("be.txt", .utf16BigEndian)] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let path = try write(Data(bom) + text.data(using: encoding)!, name)
            let document = try DocumentLoader().load(path)
            XCTAssertEqual(document.text, text, name)
            XCTAssertFalse(document.repairedEncoding)
        }
        let binary = try write(Data([0xFF, 0xFE, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00]), "data.txt")
        XCTAssertThrowsError(try DocumentLoader().load(binary)) { error in
            XCTAssertEqual(error as? LoadProblem, .binary(path: binary))
        }
    }

    func testMissingPathAndEmptyFolderAreProblems() throws {
        let empty = folder.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let missing = folder.appendingPathComponent("gone.txt").path
        let (files, problems) = DocumentLoader().expand([missing, empty.path])
        XCTAssertEqual(files, [])
        XCTAssertEqual(problems, [.missing(path: missing), .noArticles(path: empty.path)])
        XCTAssertEqual(problems[0].errorDescription, "\(missing): no such file or folder")
    }

    func testKindFollowsExtensionAndIdIsTheStem() throws {
        let path = try write(Data("<p>Hello</p>".utf8), "Story.HTML")
        let document = try DocumentLoader().load(path)
        XCTAssertEqual(document.kind, .html)
        XCTAssertEqual(document.id, "Story")
        XCTAssertEqual(document.text, "<p>Hello</p>")
    }

    func testBinaryEmptyAndUnsupportedFilesAreRejected() throws {
        let binary = try write(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "image.txt")
        let blank = try write(Data(" \n\t\n".utf8), "blank.md")
        let other = try write(Data("text".utf8), "data.xlsx")
        let loader = DocumentLoader()
        XCTAssertThrowsError(try loader.load(binary)) { XCTAssertEqual($0 as? LoadProblem, .binary(path: binary)) }
        XCTAssertThrowsError(try loader.load(blank)) { XCTAssertEqual($0 as? LoadProblem, .empty(path: blank)) }
        XCTAssertThrowsError(try loader.load(other)) { XCTAssertEqual($0 as? LoadProblem, .unsupportedType(path: other)) }
        // A corpus is many articles: `kg build` reads it, not `load`.
        let corpus = try write(Data("url,text\n".utf8), "rows.csv")
        XCTAssertThrowsError(try loader.load(corpus)) { XCTAssertTrue($0.localizedDescription.contains("read it with kg build"), $0.localizedDescription) }
    }

    func testANulPastTheFirstBytesStillMakesAFileBinary() throws {
        let padding = String(repeating: "The ministers met again on Tuesday.\n", count: 300)
        XCTAssertGreaterThan(padding.utf8.count, 8192)
        let late = try write(Data(padding.utf8) + Data("Russia".utf8) + Data([0]) + Data("supports Syria.\n".utf8), "late.txt")
        XCTAssertThrowsError(try DocumentLoader().load(late)) { error in
            XCTAssertEqual(error as? LoadProblem, .binary(path: late))
        }
        let utf16 = Data([0xFF, 0xFE]) + (padding + "Russia\u{0}supports Syria.\n").data(using: .utf16LittleEndian)!
        let wide = try write(utf16, "wide.txt")
        XCTAssertThrowsError(try DocumentLoader().load(wide)) { error in
            XCTAssertEqual(error as? LoadProblem, .binary(path: wide))
        }
        XCTAssertThrowsError(try DocumentLoader().document(from: Data("Russia\u{0}supports Syria.".utf8), path: "-", kind: .plain)) {
            XCTAssertEqual($0 as? LoadProblem, .binary(path: "-"))
        }
    }

    func testInvalidUTF8IsRepairedAndFlagged() throws {
        let path = try write(Data([0x41, 0x20, 0xC3, 0x28, 0x20, 0x42]), "broken.txt")
        let document = try DocumentLoader().load(path)
        XCTAssertTrue(document.repairedEncoding)
        XCTAssertEqual(document.text, "A \u{FFFD}( B")
        let clean = try DocumentLoader().load(try write(Data("Café".utf8), "clean.txt"))
        XCTAssertFalse(clean.repairedEncoding)
    }

    func testByteOrderMarkIsDroppedAndHashIsSHA256OfTheBytes() throws {
        let document = try DocumentLoader().document(from: Data([0xEF, 0xBB, 0xBF] + Array("abc".utf8)), path: "-", kind: .plain)
        XCTAssertEqual(document.text, "abc")
        XCTAssertTrue(document.id.hasPrefix("stdin-"))
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testStandardInputHTMLIsRecognised() {
        XCTAssertTrue(DocumentLoader.looksLikeHTML(Data("  <!DOCTYPE html><html>".utf8)))
        XCTAssertFalse(DocumentLoader.looksLikeHTML(Data("Russia <and> Syria".utf8)))
    }
}
