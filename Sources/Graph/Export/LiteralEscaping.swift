/// Backslash escaping for string literals in JSON, N-Triples and Turtle, whose
/// grammars share it: `"`, `\` and line breaks as `\"`, `\\`, `\n`, `\r`, `\t`;
/// other control characters and U+2028/U+2029 (line breaks to JavaScript) as
/// `\uXXXX`; everything else as UTF-8.
///
/// ```swift
/// LiteralEscaping.escape("say \"no\"\n")   // say \"no\"\n
/// ```
enum LiteralEscaping {
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Four upper-case hex digits (`\u` escapes; every format here takes either case).
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
