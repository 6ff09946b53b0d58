import ArgumentParser
import Foundation
import Graph
#if PostgreSQL
import PostgresStore
#endif

/// The `--store` option of the commands that read the graph store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The graph store written by `kg build`: a file (SQLite) or postgresql://user@host:port/db (default: $KG_STORE, else Output/kg.sqlite).")
    var store: String?

    /// The store named by --store, KG_STORE or the default.
    var spec: String { storeSpec(store, fallback: "Output/kg.sqlite") }

    /// Opens the existing store; reports a missing or bad one and exits 1.
    func open() throws -> any KnowledgeStore {
        try openStore(spec, create: false, reading: true)
    }
}

/// The stores this kg can open: SQLite, and PostgreSQL when built with the `PostgreSQL` trait.
let storeOpener: StoreOpener = {
    #if PostgreSQL
    return .withPostgreSQL
    #else
    return StoreOpener()
    #endif
}()

/// The store named by a `--store` option, else by `KG_STORE`, else `fallback`.
func storeSpec(_ option: String?, fallback: String) -> String {
    StoreLocation.resolve(option, environment: ProcessInfo.processInfo.environment, fallback: fallback)
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
/// With `reading`, a store file kg may not write is opened read-only.
func openStore(_ spec: String, create: Bool, reading: Bool = false) throws -> any KnowledgeStore {
    let timeout = busyTimeout(ProcessInfo.processInfo.environment["KG_STORE_BUSY_TIMEOUT"])
    var readOnly = false
    if case .sqlite(let path) = StoreLocation(spec) {
        // SQLite would block opening a named pipe until something writes to it.
        if let kind = InputFile.specialKind(path) {
            warn("\(path): is \(kind), not a store file; give --store the path of a file (a new one is created)")
            throw ExitCode(1)
        }
        if reading { readOnly = !writable(path) }
    }
    do {
        return try storeOpener.open(spec, create: create, readOnly: readOnly, busyTimeout: timeout)
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
    warn(StoreLocation.masked((error as? LocalizedError)?.errorDescription ?? "\(error)"))
    return ExitCode(1)
}

/// A test hook for `kg build`: with `KG_TEST_INGEST_PAUSE_SECONDS=N` in the environment,
/// the build says so on standard error after storing its first document, inside the
/// open transaction of its first batch (or of batch `KG_TEST_INGEST_PAUSE_BATCH`), and
/// sleeps N seconds, so a test can kill it mid-write.
func ingestTestHook() -> ((Int) throws -> Void)? {
    guard let text = ProcessInfo.processInfo.environment["KG_TEST_INGEST_PAUSE_SECONDS"],
          let seconds = Double(text), seconds > 0 else { return nil }
    // Once per build, in the batch `KG_TEST_INGEST_PAUSE_BATCH` names (the first unless set).
    let batch = ProcessInfo.processInfo.environment["KG_TEST_INGEST_PAUSE_BATCH"].flatMap(Int.init) ?? 1
    var batches = 0
    return { index in
        guard index == 0 else { return }
        batches += 1
        guard batches == batch else { return }
        FileHandle.standardError.write(Data("kg: test hook: ingest paused\n".utf8))
        Thread.sleep(forTimeInterval: seconds)
    }
}
