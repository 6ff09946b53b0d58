import ArgumentParser
import Foundation
import Graph

/// The `--store` option of the commands that read the graph store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The graph store file written by `kg build`.")
    var store: String = "Output/kg.sqlite"

    /// Opens the existing store; reports a missing or bad one and exits 1.
    func open() throws -> GraphStore {
        try openStore(store, create: false, readOnly: !writable(store))
    }
}

/// Whether kg may write the store file and its folder; a reading command opens a store
/// it may not write read-only (and otherwise as usual, so SQLite tidies its -wal file).
func writable(_ path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    let fm = FileManager.default
    return fm.isWritableFile(atPath: path) && fm.isWritableFile(atPath: folder.isEmpty ? "." : folder)
}

/// Opens a store, turning a `StoreError` into a one-line message and exit status 1.
/// A writer waits 10 s for another kg to finish (`KG_STORE_BUSY_TIMEOUT` seconds if set).
func openStore(_ path: String, create: Bool, readOnly: Bool = false) throws -> GraphStore {
    let timeout = busyTimeout(ProcessInfo.processInfo.environment["KG_STORE_BUSY_TIMEOUT"])
    // SQLite would block opening a named pipe until something writes to it.
    if let kind = InputFile.specialKind(path) {
        warn("\(path): is \(kind), not a store file; give --store the path of a file (a new one is created)")
        throw ExitCode(1)
    }
    do {
        return try GraphStore(path: path, create: create, readOnly: readOnly, busyTimeout: timeout)
    } catch {
        throw failure(error)
    }
}

/// The busy timeout `KG_STORE_BUSY_TIMEOUT` asks for, in seconds (10 when unset or not
/// a number; `GraphStore` keeps it between 0 and a day).
func busyTimeout(_ setting: String?) -> TimeInterval {
    guard let value = setting.flatMap(Double.init), !value.isNaN else { return 10 }
    return value
}

/// Prints a library error the kg way (`kg: message`) and returns exit status 1.
func failure(_ error: Error) -> Error {
    if error is ExitCode || error is CleanExit { return error }
    warn((error as? LocalizedError)?.errorDescription ?? "\(error)")
    return ExitCode(1)
}

/// A test hook for `kg build`: with `KG_TEST_INGEST_PAUSE_SECONDS=N` in the environment,
/// the build says so on standard error after storing its first document, inside the
/// open transaction, and sleeps N seconds, so a test can kill it mid-write.
func ingestTestHook() -> ((Int) throws -> Void)? {
    guard let text = ProcessInfo.processInfo.environment["KG_TEST_INGEST_PAUSE_SECONDS"],
          let seconds = Double(text), seconds > 0 else { return nil }
    return { index in
        guard index == 0 else { return }
        FileHandle.standardError.write(Data("kg: test hook: ingest paused\n".utf8))
        Thread.sleep(forTimeInterval: seconds)
    }
}
