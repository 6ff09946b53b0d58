import Foundation

/// Why one input could not be read. A build reports each and goes on with the rest.
public enum LoadProblem: LocalizedError, Equatable, Sendable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case empty(path: String)
    case unsupportedType(path: String)
    case noArticles(path: String)
    /// A row of a corpus file (CSV or JSON Lines) that is skipped.
    case badRow(path: String, line: Int, reason: String)
    /// A web page in which no article text was found.
    case noArticleText(path: String)
    /// A file kg itself writes (an output of this build or its store), named as an input.
    case ownOutput(path: String)
    /// A named pipe, device or socket given or found where an article was expected.
    case notAFile(path: String, kind: String)
    /// An article (or standard input) longer than the size limit, in bytes.
    case tooLarge(path: String, limit: Int)

    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .binary(let p), .empty(let p), .unsupportedType(let p), .noArticles(let p),
             .noArticleText(let p), .ownOutput(let p), .badRow(let p, _, _), .notAFile(let p, _), .tooLarge(let p, _):
            return p
        }
    }

    /// The message, its paths, names and server text escaped (`TerminalText.escaped`) so that
    /// printing it cannot send a terminal escape sequence or forge another line.
    /// Standard input (`-`) is called so.
    public var errorDescription: String? {
        let text = path == "-" && message.hasPrefix("-: ") ? "standard input: " + message.dropFirst(3) : message
        return TerminalText.escaped(text)
    }

    private var message: String {
        switch self {
        case .missing(let path):
            return "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .binary(let path):
            return "\(path): is a binary file, not text; give kg .txt, .md or .html articles"
        case .empty(let path):
            return "\(path): is empty; there is nothing to extract"
        case .unsupportedType(let path):
            return "\(path): unsupported file type; kg reads .txt, .md and .html articles and .csv, .jsonl and .ndjson corpora"
        case .noArticles(let path):
            return "\(path): folder holds no .txt, .md, .html, .csv or .jsonl files"
        case .badRow(let path, let line, let reason):
            return "\(path):\(line): row \(reason); skipped, the other rows go through"
        case .noArticleText(let path):
            return "\(path): no article text found in this web page (is it broken, or is its story loaded by script?); nothing was extracted from it"
        case .ownOutput(let path):
            return "\(path): is written by this build (an output or the store), so it is not read as an article"
        case .notAFile(let path, let kind):
            return "\(path): is \(kind), not a file; kg reads articles from files and folders (to read a stream, give '-' and redirect it to standard input)"
        case .tooLarge(let path, let limit):
            return "\(path): is larger than \(InputFile.describe(bytes: limit)), the most kg reads as one article; nothing was read from it (raise the limit with --max-article-size, e.g. --max-article-size \(InputFile.describe(bytes: limit * 4).replacingOccurrences(of: " ", with: "")))"
        }
    }
}
