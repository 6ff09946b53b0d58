@testable import Extraction
@testable import Graph
import XCTest

final class InputFileTests: XCTestCase {
    private func temporary(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.appendingPathComponent(name).path
    }

    func testSizesAreReadInTheUnitsPeopleWrite() {
        XCTAssertEqual(InputFile.parseSize("50MB"), 50 << 20)
        XCTAssertEqual(InputFile.parseSize("200m"), 200 << 20)
        XCTAssertEqual(InputFile.parseSize("1.5GB"), 3 << 29)
        XCTAssertEqual(InputFile.parseSize("512 KB"), 512 << 10)
        XCTAssertEqual(InputFile.parseSize("1000"), 1000)
        for bad in ["", "MB", "-5MB", "0", "5 parsecs", "1e400"] { XCTAssertNil(InputFile.parseSize(bad), bad) }
        XCTAssertEqual(InputFile.describe(bytes: 50 << 20), "50 MB")
        XCTAssertEqual(InputFile.describe(bytes: 1536), "1.5 KB")
    }

    func testAFileOverTheLimitIsRefusedByName() throws {
        let path = try temporary("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 3000).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try InputFile.read(path, limit: 2999)) { error in
            XCTAssertEqual(error as? LoadProblem, .tooLarge(path: path, limit: 2999))
        }
        XCTAssertEqual(try InputFile.read(path, limit: 3000).count, 3000)
        XCTAssertThrowsError(try DocumentLoader(maxArticleBytes: 1024).load(path)) { error in
            XCTAssertTrue(error.localizedDescription.contains("big.txt: is larger than 1 KB"), error.localizedDescription)
        }
    }

    func testAPipeIsNamedWithoutWaitingForAWriter() throws {
        let path = try temporary("pipe.md")
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertEqual(InputFile.specialKind(path), "a named pipe (FIFO)")
        XCTAssertThrowsError(try InputFile.read(path, limit: 100)) { error in
            XCTAssertEqual(error as? LoadProblem, .notAFile(path: path, kind: "a named pipe (FIFO)"))
        }
        XCTAssertNil(InputFile.specialKind(FileManager.default.temporaryDirectory.path))
    }

    func testReadingStopsAtTheFirstPieceWithANulByte() throws {
        // A device that never ends: the first piece shows it is binary.
        let descriptor = open("/dev/zero", O_RDONLY)
        defer { close(descriptor) }
        let data = try InputFile.read(descriptor: descriptor, path: "-", limit: 1 << 30, expected: 0)
        XCTAssertLessThanOrEqual(data.count, InputFile.pieceSize)
        XCTAssertThrowsError(try DocumentLoader().document(from: data, path: "-", kind: .plain)) { error in
            XCTAssertTrue(error.localizedDescription.hasPrefix("standard input: is a binary file"), error.localizedDescription)
        }
    }

    func testUTF16TextIsReadWholeDespiteItsNulBytes() throws {
        let path = try temporary("wide.txt")
        let text = String(repeating: "Russia supports Syria. ", count: 40_000)
        try XCTUnwrap(text.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }).write(to: URL(fileURLWithPath: path))
        let document = try DocumentLoader().load(path)
        XCTAssertEqual(document.text, text)
    }
}
