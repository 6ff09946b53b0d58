import ArgumentParser
import Foundation
import Graph

extension KG {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the actors and facts of one article.",
            discussion: """
            Prints the JSON of spec/ONTOLOGY.md ('--format json') or one fact per line ('--format text'). \
            The document's date says where it was read ('date_source'): a web page's metadata \
            (JSON-LD, Open Graph, <meta>, <time datetime>), Markdown front matter, or the first lines of the text.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json
            case text
        }

        @Argument(help: "The article (.txt, .md or .html), or '-' for standard input.")
        var file: String

        @Option(name: .long, help: "Output format: json or text.")
        var format: Format = .json

        @OptionGroup var input: InputOptions

        func run() throws {
            let source: SourceDocument
            do {
                source = try DocumentLoader(maxArticleBytes: input.maxArticleSize.bytes).load(file)
            } catch let problem as LoadProblem {
                warn(problem.localizedDescription)
                throw ExitCode(1)
            }
            if source.repairedEncoding { warn("\(file): invalid UTF-8 replaced with U+FFFD") }
            let extraction: DocumentExtraction
            do {
                extraction = try Extractor().extract(source)
            } catch let problem as LoadProblem {
                warn(problem.localizedDescription)
                throw ExitCode(1)
            }
            switch format {
            case .json:
                FileHandle.standardOutput.write(try extraction.jsonData())
            case .text:
                print(extraction.headerLine())
                for line in extraction.textLines() { print(line) }
            }
        }
    }
}
