import ArgumentParser
import Foundation
import Graph

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph of who stands where from news articles.",
        version: "kg \(KGVersion.current)",
        subcommands: [Build.self, Extract.self, Parse.self, Train.self, Render.self, Query.self, Actors.self, Camps.self, Matrix.self, Export.self, Push.self, Import.self],
        defaultSubcommand: nil
    )

    /// Runs the command line. A mistake in the arguments (an unknown format or layout,
    /// a missing value) is one `kg:` line naming the option and the values it takes,
    /// with exit status 64; help and everything else go through argument-parser.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            let text = message(for: error)
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            // argument-parser lists allowed values one per line ("- svg"): fold them into the line.
            let values = lines.dropFirst().filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
            var line = String(lines.first ?? "invalid arguments")
            if !values.isEmpty { line += " " + values.joined(separator: ", ") }
            warn("\(line) (see 'kg help')")
            Foundation.exit(code.rawValue)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
