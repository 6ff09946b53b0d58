import ArgumentParser
import Foundation
import Graph
import Language

extension KG {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the sentences, tokens, lemmas, tags and dependency tree kg reads in a text.",
            discussion: """
            For people debugging a rule: 'kg parse article.txt' prints each sentence as a table \
            (--format text) or as CoNLL-U (--format conllu). 'kg parse --conllu FILE.conllu' keeps \
            the sentences and word tokens of a CoNLL-U file exactly and writes it back with the \
            predicted LEMMA, UPOS, HEAD and DEPREL (XPOS, FEATS and DEPS cleared, empty nodes dropped).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case conllu
        }

        @Argument(help: "A text file, or '-' for standard input.")
        var file: String?

        @Option(name: .long, help: "Output format for raw text: text or conllu.")
        var format: Format = .text

        @Option(name: .long, help: "Re-annotate this CoNLL-U file on its own tokens.")
        var conllu: String?

        @Option(name: .long, help: "Use this model file instead of the bundled one.")
        var model: String?

        func validate() throws {
            if file == nil && conllu == nil { throw ValidationError("give a text file, '-', or --conllu FILE") }
            if file != nil && conllu != nil { throw ValidationError("give either a text file or --conllu, not both") }
        }

        func run() throws {
            let model: LanguageModel
            do {
                if let path = self.model { model = try LanguageModel(contentsOf: URL(fileURLWithPath: path)) }
                else { model = try LanguageModel.english }
            } catch {
                warn(error.localizedDescription)
                throw ExitCode(1)
            }
            if let path = conllu {
                var document: CoNLLUDocument
                do {
                    document = try CoNLLUDocument(contentsOf: URL(fileURLWithPath: path))
                } catch let error as LanguageModelError {
                    if case .missing = error { warn("\(path): no such file") } else { warn(error.localizedDescription) }
                    throw ExitCode(1)
                }
                if document.sentences.isEmpty { warn("\(path): no sentences") ; throw ExitCode(1) }
                document.annotate(with: model)
                FileHandle.standardOutput.write(Data(document.text.utf8))
                return
            }
            let text = try readText(file!)
            let sentences = model.analyze(text: text)
            if sentences.isEmpty { warn("\(file!): no sentences") }
            var out = ""
            let scalars = Array(text.unicodeScalars)
            for (k, s) in sentences.enumerated() {
                let source = s.ranges.isEmpty ? s.words.joined(separator: " ")
                    : String(String.UnicodeScalarView(scalars[s.ranges.first!.lowerBound..<s.ranges.last!.upperBound]))
                let flat = TerminalText.oneLine(source)
                switch format {
                case .conllu:
                    out += "# sent_id = \(k + 1)\n# text = \(flat)\n"
                    for i in 0..<s.count {
                        let cols = [String(i + 1), s.words[i], s.lemmas[i], s.tags[i], "_", "_", String(s.heads[i] + 1), s.relations[i], "_", "_"]
                        out += cols.map(cell).joined(separator: "\t") + "\n"
                    }
                    out += "\n"
                case .text:
                    out += "# \(k + 1): \(flat)\n"
                    let width = min(24, s.words.map(\.count).max() ?? 4)
                    for i in 0..<s.count {
                        let head = s.heads[i] < 0 ? "ROOT" : "\(s.words[s.heads[i]])(\(s.heads[i] + 1))"
                        let word = cell(s.words[i])
                        let lemma = cell(s.lemmas[i])
                        out += "\(String(i + 1).padding(3)) \(word.padding(width)) \(lemma.padding(width)) \(s.tags[i].padding(6)) \(s.relations[i].padding(11)) \(cell(head))\n"
                    }
                    out += "\n"
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }

        private func readText(_ path: String) throws -> String {
            let data: Data?
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    warn("\(TerminalText.oneLine(path)): no such file"); throw ExitCode(1)
                }
                guard !isDirectory.boolValue else { warn("\(TerminalText.oneLine(path)): is a folder; give one text file"); throw ExitCode(1) }
                data = FileManager.default.contents(atPath: path)
            }
            guard let data else { warn("\(TerminalText.oneLine(path)): cannot be read"); throw ExitCode(1) }
            if data.isEmpty { warn("\(TerminalText.oneLine(path)): empty"); throw ExitCode(1) }
            if let text = String(data: data, encoding: .utf8) { return text }
            warn("\(TerminalText.oneLine(path)): invalid UTF-8 replaced with U+FFFD")
            return String(decoding: data, as: UTF8.self)
        }
    }
}


/// A table or CoNLL-U cell: one line, no spaces.
private func cell(_ s: String) -> String {
    let flat = TerminalText.oneLine(s).replacingOccurrences(of: " ", with: "_")
    return flat.isEmpty ? "_" : flat
}

private extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
