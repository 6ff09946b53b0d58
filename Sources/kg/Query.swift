import ArgumentParser
import Foundation
import Graph

/// How `kg query` and `kg actors` print: `--table` (default), `--json` or `--csv`.
enum ListingFormat: String, EnumerableFlag {
    case table
    case json
    case csv

    static func help(for value: ListingFormat) -> ArgumentHelp? {
        switch value {
        case .table: return "Print an aligned table (the default)."
        case .json: return "Print JSON."
        case .csv: return "Print CSV."
        }
    }
}

extension KG {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find facts in the graph store.",
            discussion: """
            Actors are named by id, label or alias, ignoring case ("russia", "Russia"). Facts are listed most evidence first. With --since/--until only evidence from documents dated in that span counts, and --json gives each fact's first and last dates. Example: kg query --actor Russia --predicate supports --min-evidence 2 --evidence
            """
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "Only facts with this subject actor.")
        var subject: String?

        @Option(name: .long, help: "Only facts with this object actor.")
        var object: String?

        @Option(name: .long, help: "Only facts with this actor as subject or object.")
        var actor: String?

        @Option(name: .long, help: "Only facts with this predicate: \(Predicate.allCases.map(\.rawValue).joined(separator: ", ")).")
        var predicate: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Only negated facts (--negated) or only facts that are not (--no-negated).")
        var negated: Bool?

        @Option(name: .long, help: "Only facts with at least this many pieces of evidence.")
        var minEvidence: Int?

        @Option(name: .long, help: "Only facts stated by this document (its id).")
        var document: String?

        @OptionGroup var dateOptions: DateOptions

        @Flag(help: "Output format.")
        var format: ListingFormat = .table

        @Flag(name: .long, help: "Show each fact's quotes and sources (with --csv, one row per quote).")
        var evidence = false

        func validate() throws {
            if let predicate, Predicate(rawValue: predicate) == nil {
                throw ValidationError("unknown predicate '\(predicate)'; use one of \(Predicate.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let minEvidence, minEvidence < 0 { throw ValidationError("--min-evidence must be 0 or more") }
            try dateOptions.validate()
        }

        func run() throws {
            let store = try storeOptions.open()
            let filter = FactFilter(subject: subject, object: object, actor: actor, predicate: predicate.flatMap(Predicate.init),
                                    negated: negated, minEvidence: minEvidence, document: document,
                                    dates: try dateOptions.window())
            do {
                for name in [subject, object, actor].compactMap({ $0 }) where try store.actors(named: name).isEmpty {
                    warn("no actor is named '\(name)' in \(store.path); `kg actors` lists them")
                }
                let result = try store.facts(matching: filter)
                switch format {
                case .table:
                    if result.facts.isEmpty {
                        warn("no fact matches")
                    } else {
                        print(FactListing.table(result, evidence: evidence), terminator: "")
                    }
                case .json: FileHandle.standardOutput.write(try FactListing.json(result, evidence: evidence))
                case .csv: print(FactListing.csv(result, evidence: evidence), terminator: "")
                }
            } catch {
                throw failure(error)
            }
        }
    }
}
