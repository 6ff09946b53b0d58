import ArgumentParser

/// Benchmarks for kg, run by `make bench` on a release build. Each subcommand
/// measures one stage and prints its numbers; none of them asserts a time.
@main
struct KGBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgbench",
        abstract: "Measure kg's speed and memory.",
        subcommands: KGBench.benchmarks
    )

    #if PostgreSQL
    static let benchmarks: [ParsableCommand.Type] = [Extract.self, Parse.self, StoreBench.self, ScaleBench.self, RenderBench.self, PostgresBench.self]
    #else
    static let benchmarks: [ParsableCommand.Type] = [Extract.self, Parse.self, StoreBench.self, ScaleBench.self, RenderBench.self]
    #endif
}
