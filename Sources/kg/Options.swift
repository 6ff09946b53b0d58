import ArgumentParser
import Graph

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension DiagramLevel: ExpressibleByArgument {}

/// A size given on the command line: `50MB`, `200M`, `1GB`, `512KB` or a number of bytes.
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
    var bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        guard let bytes = InputFile.parseSize(argument) else { return nil }
        self.bytes = bytes
    }

    var description: String { InputFile.describe(bytes: bytes).replacingOccurrences(of: " ", with: "") }
}

/// The size limit of the commands that read articles (`kg build`, `kg extract`).
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-article-size"),
            help: ArgumentHelp("The most one article (a file, standard input or a corpus row's text) may hold; a larger one is refused by name. E.g. 200MB, 1GB.", valueName: "size"))
    var maxArticleSize = ByteSize(bytes: InputFile.defaultLimit)
}

/// Options shared by the commands that draw diagrams (`kg build`, `kg render`).
struct DiagramOptions: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption,
            help: "Formats to write: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")); repeat or list several (default: dot svg jsonld report).")
    var format: [OutputFormat] = []

    @Option(name: .long, help: "Graphviz layout: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: dot up to \(DiagramView.sfdpThreshold) actors, sfdp above).")
    var layout: LayoutEngine?

    @Option(name: .long, help: "Folder the results are written to.")
    var out: String = "Output"

    @Option(name: .long, help: ArgumentHelp("Centre the diagram on this actor (name, alias or id).", valueName: "actor"))
    var focus: String?

    @Option(name: .long, help: "With --focus: how many steps from the actor to show (default: 1).")
    var depth: Int?

    @Option(name: .customLong("min-evidence"), help: ArgumentHelp("Leave out relations with fewer pieces of evidence.", valueName: "n"))
    var minEvidence: Int = 1

    @Option(name: .long, help: ArgumentHelp("Draw only these predicates or classes, comma-separated (e.g. supports,opposes or conflictual).", valueName: "list"))
    var predicates: String?

    @Option(name: .long, help: "auto (default): state past \(DiagramView.foldThreshold) actors; actor: every actor its own node; state: people folded into the state or organization they represent.")
    var level: DiagramLevel = .auto

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp("Draw at most this many actors, those with most evidence; the legend says what was left out.", valueName: "n"))
    var maxNodes: Int = DiagramView.defaultMaxNodes

    @Flag(name: .customLong("no-camps"), help: "Do not draw camps as shaded boxes.")
    var noCamps = false

    @OptionGroup var dateOptions: DateOptions

    var formats: [OutputFormat] {
        format.isEmpty ? OutputFormat.defaults : format
    }

    /// The view these options describe (validated by `validate()`).
    var view: DiagramView {
        DiagramView(focus: focus, depth: depth ?? 1, minEvidence: minEvidence,
                    predicates: predicates.flatMap { try? DiagramView.parsePredicates($0) },
                    level: level, maxNodes: maxNodes, layout: layout, camps: !noCamps,
                    dates: (try? dateOptions.window()) ?? DateWindow())
    }

    func validate() throws {
        if depth != nil && focus == nil {
            throw ValidationError("--depth needs --focus: say which actor to count the steps from")
        }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more (got \(depth))") }
        if let focus, focus.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--focus needs an actor's name")
        }
        try dateOptions.validate()
        if minEvidence < 1 { throw ValidationError("--min-evidence must be 1 or more (got \(minEvidence))") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more (got \(maxNodes))") }
        if let predicates {
            do {
                if try DiagramView.parsePredicates(predicates).isEmpty {
                    throw ValidationError("--predicates needs at least one predicate")
                }
            } catch let error as RenderError {
                throw ValidationError("--predicates: " + (error.errorDescription ?? "\(error)"))
            }
        }
        let diagramFormats: Set<OutputFormat> = [.svg, .png, .pdf, .dot, .report]
        let drawsSomething = !Set(formats).isDisjoint(with: diagramFormats)
        if !drawsSomething && (focus != nil || predicates != nil || minEvidence > 1 || level != .auto || layout != nil || dateOptions.isSet) {
            throw ValidationError("the diagram options (--focus, --predicates, --min-evidence, --level, --layout) need a diagram format: add --format svg, dot or report")
        }
    }
}

/// `--since` and `--until`: keep the evidence of documents dated in a window.
struct DateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only evidence from documents dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only evidence from documents dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY; a month or year counts whole).", valueName: "date"))
    var until: String?

    var isSet: Bool { since != nil || until != nil }

    func window() throws -> DateWindow {
        try DateWindow(since: since, until: until)
    }

    func validate() throws {
        do {
            _ = try window()
        } catch let error as RenderError {
            throw ValidationError(error.errorDescription ?? "\(error)")
        }
    }
}

/// Writes one line to standard error, control characters escaped: a file name or a
/// server's answer cannot send terminal escapes or forge a second `kg:` line.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("kg: \(TerminalText.escaped(message))\n".utf8))
}

import Foundation
