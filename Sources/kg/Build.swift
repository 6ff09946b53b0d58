import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract facts from articles and write the merged graph.",
            discussion: """
            Reads .txt, .md and .html files and folders (recursively); '-' reads standard input.
            Writes graph.dot, graph.svg, graph.jsonld and report.html into the output folder by default.
            An input that cannot be read is reported and skipped; the exit status is then 1.
            """
        )

        @Argument(help: "Articles or folders of articles ('-' for standard input).")
        var paths: [String] = ["examples"]

        @OptionGroup var diagram: DiagramOptions

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Sendable static func progressLine(done: Int, total: Int, path: String) {
            guard total >= 20 else { return }
            FileHandle.standardError.write(Data("\r  extracting \(done)/\(total)".utf8))
            if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }

        func run() throws {
            let started = Date()
            let showProgress = isatty(STDERR_FILENO) == 1 && !quiet
            let progress: (@Sendable (Int, Int, String) -> Void)? = showProgress ? Build.progressLine : nil
            let result = GraphBuilder().extract(paths: paths, progress: progress)
            for problem in result.problems { warn(problem.localizedDescription) }
            for path in result.repaired { warn("\(path): invalid UTF-8 replaced with U+FFFD") }
            guard !result.extractions.isEmpty else {
                warn("no article could be read; nothing was written")
                throw ExitCode(1)
            }
            let graph = GraphBuilder.merge(result.extractions)
            let written = try OutputWriter(folder: diagram.out, view: diagram.view).write(graph, formats: diagram.formats)
            let seconds = Date().timeIntervalSince(started)
            if !quiet {
                print("\(result.extractions.count) documents, \(graph.actors.count) actors, \(graph.facts.count) facts in \(String(format: "%.2f", seconds)) s")
                for path in written { print("  wrote \(path)") }
            }
            if !result.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
