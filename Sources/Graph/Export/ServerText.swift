import Foundation

/// What a server said, made fit to quote in an error message: short, on one line, with
/// credentials masked and control characters escaped.
///
/// Thread safety: stateless; safe to use from any thread.
enum ServerText {
    /// The mask written in place of a credential.
    static let mask = "[hidden]"

    /// At most `limit` characters of `body`, whitespace runs made one space, every
    /// `secret` (and anything that looks like an Authorization value) replaced by
    /// `mask`, and control characters escaped (`TerminalText.escaped`). When cut, it ends
    /// with "… (N bytes in all)", `total` being the body's whole length.
    ///
    /// ```swift
    /// ServerText.excerpt(Data("Authorization: Basic YW5uOnB3\n\u{1B}[2J".utf8), secrets: ["YW5uOnB3"])
    /// // "Authorization: [hidden] \\x1B[2J"
    /// ```
    static func excerpt(_ body: Data, total: Int? = nil, secrets: [String], limit: Int = 300) -> String {
        var text = String(decoding: body, as: UTF8.self)
        // Longest first, so a header value is masked whole before the token inside it.
        for secret in Set(secrets).filter({ $0.count >= 4 }).sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: secret, with: mask)
        }
        text = text.replacingOccurrences(
            of: #"(?i)((?:proxy-)?authorization["']?\s*[:=]\s*)[^\r\n"',;}]*"#, with: "$1" + mask, options: .regularExpression)
        text = text.replacingOccurrences(
            of: #"(?i)\b(basic|bearer|digest)\s+[A-Za-z0-9._~+/=-]{6,}"#, with: "$1 " + mask, options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
        let whole = total ?? body.count
        if text.count > limit || whole > body.count {
            text = String(text.prefix(limit)) + "… (\(whole) bytes in all)"
        }
        return TerminalText.escaped(text)
    }
}
