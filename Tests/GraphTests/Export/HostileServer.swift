import Foundation
import XCTest

/// A local HTTP server that misbehaves on purpose (`Tests/Fixtures/http/hostile-server.py`),
/// with a log of the requests it received.
///
/// Thread safety: the log is filled by a reader thread and read under a lock.
final class HostileServer: @unchecked Sendable {
    struct Request {
        var listener: String
        var method: String
        var path: String
        var headers: [String: String]
        var bodyLength: Int
    }

    let endpoint: String
    let otherOrigin: String
    private let process = Process()
    private let lock = NSLock()
    private var lines: [String] = []

    /// Starts the server in `mode`; it is stopped when `test` ends.
    init(mode: String, test: XCTestCase) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/http/hostile-server.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, mode]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let reader = out.fileHandleForReading
        var buffer = Data()
        while !buffer.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { throw CocoaError(.fileReadCorruptFile) }
            buffer.append(chunk)
        }
        let cut = buffer.firstIndex(of: UInt8(ascii: "\n"))!
        let ports = String(decoding: buffer[..<cut], as: UTF8.self).split(separator: " ")
        endpoint = "http://127.0.0.1:\(ports[0])/store"
        otherOrigin = "http://127.0.0.1:\(ports[1])"
        let rest = Data(buffer[(cut + 1)...])
        Thread.detachNewThread { [self] in
            var pending = rest
            while true {
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending = Data(pending[(newline + 1)...])
                    lock.withLock { lines.append(line) }
                }
                let chunk = reader.availableData
                if chunk.isEmpty { return }
                pending.append(chunk)
            }
        }
        test.addTeardownBlock { [self] in
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// The requests logged so far (waiting a moment for the last line to arrive).
    func requests() -> [Request] {
        Thread.sleep(forTimeInterval: 0.2)
        return lock.withLock { lines }.compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return Request(listener: object["listener"] as? String ?? "", method: object["method"] as? String ?? "",
                           path: object["path"] as? String ?? "", headers: object["headers"] as? [String: String] ?? [:],
                           bodyLength: object["body"] as? Int ?? -1)
        }
    }
}
