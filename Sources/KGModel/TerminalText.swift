/// Text made safe to print on a terminal.
///
/// Thread safety: stateless; safe to use from any thread.
public enum TerminalText {
    /// `text` on one line: line breaks and tabs become spaces, and other control
    /// characters (an article's escape sequences) are dropped, so nothing read from
    /// an article can move the cursor, clear the screen or retitle the window.
    public static func oneLine(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline || character == "\t" {
                out.append(" ")
                continue
            }
            for scalar in character.unicodeScalars where scalar.properties.generalCategory != .control {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` with every control character written out as an escape, for messages that
    /// name a file, a URL or a server's answer: nothing in them can start a terminal
    /// escape sequence, and a line break cannot forge a second `kg:` line, yet the
    /// name stays recognisable.
    ///
    /// ```swift
    /// TerminalText.escaped("a\u{1B}]0;t\u{07}\nb.txt")  // "a\\x1B]0;t\\x07\\nb.txt"
    /// ```
    /// Line feed, carriage return and tab become `\n`, `\r`, `\t`; other C0 and C1
    /// controls and DEL `\xHH`; the bidirectional overrides and isolates, which can
    /// make a name read backwards, `\u{HHHH}`.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F..<0xA0: out += "\\x" + hex(scalar.value, digits: 2)
            case 0x202A...0x202E, 0x2066...0x2069: out += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
