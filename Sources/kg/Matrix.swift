import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Matrix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the stance matrix: how each of the top actors stands toward each other one.",
            discussion: """
            Each cell counts the pieces of evidence of the row actor's cooperative (+N) and conflictual (−N) facts toward the column actor; negated (not N) and possible or planned (~N) evidence is counted apart. Rows are grouped by camp (see kg camps). Examples:
              kg matrix --top 8
              kg matrix --csv > stances.csv
            """
        )

        enum Format: String, EnumerableFlag {
            case table, csv, json
            static func help(for value: Format) -> ArgumentHelp? {
                switch value {
                case .table: return "Print an aligned table (the default)."
                case .csv: return "Print CSV, one row per non-empty cell."
                case .json: return "Print JSON: the actors and every non-empty cell with its facts and quotes."
                }
            }
        }

        @OptionGroup var storeOptions: StoreOptions

        @OptionGroup var dateOptions: DateOptions

        @Flag(help: "Output format.")
        var format: Format = .table

        @Option(name: .long, help: ArgumentHelp("How many actors, those with most cooperative or conflictual evidence.", valueName: "n"))
        var top: Int = StanceMatrix.defaultTop

        @Option(name: .long, help: "state (default): people count for the state or organization they represent; actor: every actor its own row.")
        var level: DiagramLevel = .state

        func validate() throws {
            try dateOptions.validate()
            if top < 1 { throw ValidationError("--top must be 1 or more (got \(top))") }
        }

        func run() throws {
            let store = try storeOptions.open()
            do {
                let graph = try dateOptions.window().apply(to: store.loadGraph())
                let matrix = StanceMatrix(graph, top: top, level: level)
                switch format {
                case .table: print(MatrixListing.table(matrix), terminator: "")
                case .csv: print(MatrixListing.csv(matrix), terminator: "")
                case .json: FileHandle.standardOutput.write(try MatrixListing.json(matrix, graph: graph))
                }
            } catch {
                throw failure(error)
            }
        }
    }
}
