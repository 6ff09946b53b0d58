/// Text from articles made safe to print on a terminal.
enum TerminalText {
    /// `text` on one line: line breaks and tabs become spaces, and other control
    /// characters (an article's escape sequences) are dropped, so nothing read from
    /// an article can move the cursor, clear the screen or retitle the window.
    static func oneLine(_ text: String) -> String {
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
}
