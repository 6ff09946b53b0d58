import ArgumentParser
import Foundation

/// `kgbench scale`: `kg build` on ever larger corpora, for its memory and time per
/// document.
///
/// For each size N, writes a CSV corpus of N rows (the Wikinews articles over and over,
/// each copy given a line of its own so that no two rows are the same article), then
/// runs the `kg` binary on it as a child process: a first build into a new store, then
/// a second build of the same corpus, which finds everything stored. Each run's peak
/// resident memory comes from the kernel (`wait4`'s `ru_maxrss`), so it is the whole
/// process's, Graphviz and SQLite included.
struct ScaleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Peak memory and time per document of kg build, as the corpus grows."
    )

    @Option(name: .long, help: "Folder of Wikinews CSV files.")
    var corpus: String = "../shared/corpora/wikinews"

    @Option(name: .long, help: "Corpus sizes in documents, comma-separated.")
    var sizes: String = "3000,30000,100000"

    @Option(name: .long, help: "The kg binary to measure (default: the one beside kgbench).")
    var kg: String?

    @Option(name: .long, help: "Output formats of each build, comma-separated.")
    var formats: String = "jsonld"

    @Option(name: .long, help: "Folder for the corpora, stores and outputs (default: a temporary folder, removed after).")
    var work: String?

    func validate() throws {
        guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes: give document counts such as 3000,30000") }
    }

    var counts: [Int] { sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() throws {
        guard let wikinews = try WikinewsCorpus(folder: corpus), !wikinews.articles.isEmpty else {
            print("scale: \(corpus) is absent or empty; skipped")
            return
        }
        let binary = kg ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kg").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw ValidationError("scale: no kg binary at \(binary)") }
        let folder = URL(fileURLWithPath: work ?? FileManager.default.temporaryDirectory.appendingPathComponent("kgbench-scale-\(UUID().uuidString)").path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(at: folder) } }
        print("scale: \(binary), formats \(formats)")
        print("scale: documents  first build: s   ms/doc  peak MB  | nothing new: s   peak MB")
        for count in counts {
            let csv = folder.appendingPathComponent("corpus-\(count).csv").path
            try ScaleBench.writeCorpus(wikinews, count: count, to: csv)
            let out = folder.appendingPathComponent("out-\(count)").path
            try? FileManager.default.removeItem(atPath: out)
            let arguments = ["build", csv, "--out", out, "--format"] + formats.split(separator: ",").map(String.init) + ["-q"]
            let first = try ScaleBench.measure(binary, arguments)
            let second = try ScaleBench.measure(binary, arguments)
            try? FileManager.default.removeItem(atPath: csv)
            print(String(format: "scale: %9d  %13.1f  %7.2f  %7.0f  | %13.1f  %7.0f%@", count, first.seconds, first.seconds * 1000 / Double(count),
                         first.peakMB, second.seconds, second.peakMB,
                         first.status == 0 && second.status == 0 ? "" : "  (exit \(first.status), \(second.status))"))
            fflush(nil)  // each size as soon as it is measured: the big ones take long
            if work == nil { try? FileManager.default.removeItem(atPath: out) }
        }
    }

    /// `count` rows: the corpus's articles in turn, each copy's text ending in a line
    /// that names its row, and its address marked with the copy.
    static func writeCorpus(_ corpus: WikinewsCorpus, count: Int, to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("scale: cannot write \(path)") }
        defer { try? handle.close() }
        func field(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var chunk = "url,date,title,text\n"
        for row in 0..<count {
            let article = corpus.articles[row % corpus.articles.count]
            let copy = row / corpus.articles.count
            chunk += [field(article.url + "?copy=\(copy)"), field(article.date), field(article.title),
                      field(article.text + "\n\nThis is copy \(copy) of the article, row \(row + 1) of the benchmark corpus.")].joined(separator: ",") + "\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }

    struct Run {
        var seconds: Double
        var peakMB: Double
        var status: Int32
    }

    /// Runs `binary` with `arguments`, its output thrown away; its wall time, peak
    /// resident memory and exit status.
    static func measure(_ binary: String, _ arguments: [String]) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ValidationError("scale: cannot run \(binary): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let exited = (status & 0x7F) == 0
        return Run(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    }
}
