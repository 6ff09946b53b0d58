import ArgumentParser

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph of who stands where from news articles.",
        subcommands: [Build.self, Extract.self, Render.self, Query.self, Actors.self, Export.self, Push.self, Import.self],
        defaultSubcommand: nil
    )
}
