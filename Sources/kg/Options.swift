import ArgumentParser
import Graph

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Options shared by the commands that draw diagrams.
struct DiagramOptions: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption,
            help: "Formats to write: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")); repeat or list several (default: dot svg jsonld).")
    var format: [OutputFormat] = []

    @Option(name: .long, help: "Graphviz layout: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: LayoutEngine = .dot

    @Option(name: .long, help: "Folder the results are written to.")
    var out: String = "Output"

    var formats: [OutputFormat] {
        format.isEmpty ? OutputFormat.defaults : format
    }
}

/// Writes one line to standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("kg: \(message)\n".utf8))
}

import Foundation
