import BegrootCore

/// JSON written by hand, so that open data files keep their keys in a fixed, documented order and
/// are byte-identical between builds. Numbers arrive already written (`1234.50`, `16`).
enum JSONValue {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func number(_ value: Int) -> JSONValue { .number(String(value)) }
    static func money(_ value: Money) -> JSONValue { .number(value.decimalText) }
    static func money(_ value: Money?) -> JSONValue { value.map { .money($0) } ?? .null }
    static func date(_ value: DayDate?) -> JSONValue { value.map { .string($0.iso) } ?? .null }
    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// A content text: a string when it is the same in every language, else an object by language code.
    static func text(_ value: LocalizedText?) -> JSONValue {
        guard let value else { return .null }
        if let universal = value.universal { return .string(universal) }
        return .object(value.byLanguage.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    /// Indented by two spaces, one key or element per line, ending in a newline; UTF-8.
    var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        write(into: &output, depth: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// On one line, without spaces: for data a page loads.
    var compactBytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        writeCompact(into: &output)
        return output
    }

    private func writeCompact(into output: inout [UInt8]) {
        switch self {
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.writeCompact(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.quote(key, into: &output)
                output.append(UInt8(ascii: ":"))
                value.writeCompact(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        default:
            write(into: &output, depth: 0)
        }
    }

    private static func indent(_ depth: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private func write(into output: inout [UInt8], depth: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &output)
        case .number(let text): output += text.utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .array(let items):
            guard !items.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (index, item) in items.enumerated() {
                Self.indent(depth + 1, into: &output)
                item.write(into: &output, depth: depth + 1)
                output += (index == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(depth, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output += "{}".utf8; return }
            output += "{\n".utf8
            for (index, (key, value)) in members.enumerated() {
                Self.indent(depth + 1, into: &output)
                Self.quote(key, into: &output)
                output += ": ".utf8
                value.write(into: &output, depth: depth + 1)
                output += (index == members.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(depth, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and `<`, `>` and `&` as
    /// `\u003c`, `\u003e`, `\u0026`, so the text can sit inside a `<script>` element of a page
    /// (JSON-LD) without `</script>`, `<!--` or `<script` in a title ever ending or changing it
    /// (SPEC §11). U+2028 and U+2029 are escaped too: they end a line in older JavaScript.
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs that need no escaping are copied whole.
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let escape: String
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                    output += escape.utf8
                    runStart = index + 3
                    continue
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: continue
                }
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                output += escape.utf8
                runStart = index + 1
            }
            if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// CSV as RFC 4180 says: comma-separated, a field quoted when it holds a comma, a quote or a line
/// break (quotes doubled), lines ending in CRLF, UTF-8 without a byte-order mark.
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read by a
/// spreadsheet as a formula (`=HYPERLINK(…)` in a plan title): it is written with an apostrophe
/// before it, the mark spreadsheets themselves use for "this is text" (OWASP's advice for CSV
/// injection). Columns of numbers, where `-250.00` is a refund, are named in `numbers` and left alone.
enum CSVText {
    static func table(_ header: [String], _ rows: [[String]], numbers: Set<Int> = []) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        for (rowIndex, row) in ([header] + rows).enumerated() {
            for (index, value) in row.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                field(rowIndex > 0 && numbers.contains(index) ? value : neutralised(value), into: &output)
            }
            output += "\r\n".utf8
        }
        return output
    }

    /// A text cell that cannot start a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, "=+-@\t\r".utf8.contains(first) else { return text }
        return "'" + text
    }

    /// `value` as a field, quoted when it holds the `separator`, a quote or a line break.
    static func field(_ value: String, separator: UInt8 = UInt8(ascii: ","), into output: inout [UInt8]) {
        let quoted = value.utf8.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard quoted else { output += value.utf8; return }
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            output.append(byte)
            if byte == UInt8(ascii: "\"") { output.append(byte) }
        }
        output.append(UInt8(ascii: "\""))
    }
}
