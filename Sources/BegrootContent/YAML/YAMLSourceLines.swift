/// The lines of a YAML text as libyaml counts them (1-based lines, columns in Unicode scalars),
/// for looking at the spot of a syntax error. Every access is bounds-checked: the text may be anything.
struct YAMLSourceLines {
    let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        // By scalars: "\r\n" is one Character, so splitting the String at "\n" would miss it.
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var scalars = Array(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
    }

    /// The scalars of `line`, empty past the end of the text.
    func line(_ line: Int) -> [Unicode.Scalar] {
        lines.indices.contains(line - 1) ? lines[line - 1] : []
    }

    /// The character at `line`, `column`, or nil past the end of the line.
    func character(_ line: Int, _ column: Int) -> Unicode.Scalar? {
        let scalars = self.line(line)
        return scalars.indices.contains(column - 1) ? scalars[column - 1] : nil
    }

    /// The spaces (and tabs) before the first other character of `line`.
    func indentation(_ line: Int) -> Int {
        self.line(line).prefix { $0 == " " || $0 == "\t" }.count
    }

    /// The column of the first character that is not a space or tab, or nil for a blank line.
    func contentColumn(_ line: Int) -> Int? {
        let scalars = self.line(line)
        let indentation = indentation(line)
        return indentation < scalars.count ? indentation + 1 : nil
    }

    /// The nearest line above `line` that holds more than spaces or a comment.
    func previousContentLine(before line: Int) -> Int? {
        var number = line - 1
        while number >= 1 {
            if let column = contentColumn(number), character(number, column) != "#" { return number }
            number -= 1
        }
        return nil
    }

    /// The text of `line` from `column` on, without a trailing comment and spaces.
    func text(_ line: Int, from column: Int) -> String {
        let scalars = self.line(line)
        guard column >= 1, column <= scalars.count else { return "" }
        var end = scalars.count
        for index in (column - 1)..<scalars.count where scalars[index] == "#" && index > column - 1 && scalars[index - 1] == " " {
            end = index
            break
        }
        var result = String(String.UnicodeScalarView(scalars[(column - 1)..<end]))
        while result.last == " " || result.last == "\t" { result.removeLast() }
        return result
    }

    /// The column just after the first `: ` (or a `:` ending the line) of `line` before `limit`,
    /// outside quotes: where the value of the line's field starts.
    func keyColonEnd(_ line: Int, before limit: Int) -> Int? {
        let scalars = self.line(line)
        var quote: Unicode.Scalar?
        for index in scalars.indices where index + 1 < limit {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            if scalar == "\"" || scalar == "'", index == 0 || [" ", "{", "[", ","].contains(scalars[index - 1]) {
                quote = scalar
            } else if scalar == ":", index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\t" {
                return index + 2
            }
        }
        return nil
    }

    /// Where the value of the field on `line` starts (spaces skipped), when a key's colon comes before `limit`.
    func fieldValueStart(_ line: Int, before limit: Int) -> Int? {
        guard var column = keyColonEnd(line, before: limit) else { return nil }
        while character(line, column) == " " || character(line, column) == "\t" { column += 1 }
        return column
    }

    /// Where the value on `line` starts: after a field's colon, or after a list item's `- `.
    func valueStart(_ line: Int, before limit: Int) -> Int? {
        if let start = fieldValueStart(line, before: limit) { return start }
        guard isListItem(line), var column = contentColumn(line) else { return nil }
        column += 1
        while character(line, column) == " " { column += 1 }
        return column
    }

    /// The name of the field on `line`: `budget` for `  budget: 5000`.
    func fieldName(_ line: Int) -> String? {
        guard isField(line), let start = contentColumn(line), let end = keyColonEnd(line, before: Int.max), end - 2 > start - 1 else { return nil }
        return String(String.UnicodeScalarView(self.line(line)[(start - 1)..<(end - 2)]))
    }

    /// Whether the field on `line` has its value on that line, rather than below it.
    func hasValueOnTheSameLine(_ line: Int) -> Bool {
        guard let start = fieldValueStart(line, before: Int.max) else { return false }
        return !text(line, from: start).isEmpty
    }

    /// The text around `column` inside brackets (`{nl: Plan: groen}`): from after the `{`, `[`, `,`
    /// or key colon before it to the `,`, `}` or `]` after it.
    func flowText(_ line: Int, around column: Int) -> String {
        let scalars = self.line(line)
        guard column >= 1, column <= scalars.count else { return "" }
        var start = column - 1
        while start > 0 {
            let previous = scalars[start - 1]
            if ["{", "[", ","].contains(previous) { break }
            if previous == " ", start >= 2, scalars[start - 2] == ":" { break }
            start -= 1
        }
        while start < scalars.count, scalars[start] == " " { start += 1 }
        var end = column - 1
        while end < scalars.count, ![",", "}", "]"].contains(scalars[end]) { end += 1 }
        var text = String(String.UnicodeScalarView(scalars[start..<max(start, end)]))
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Whether `line` is a field (`name: value`, or `name:` alone) rather than a list item or text.
    func isField(_ line: Int) -> Bool {
        guard let column = contentColumn(line), character(line, column) != "-" else { return false }
        return keyColonEnd(line, before: Int.max) != nil
    }

    /// Whether `line` starts with a list item's `- `.
    func isListItem(_ line: Int) -> Bool {
        guard let column = contentColumn(line), character(line, column) == "-" else { return false }
        let next = character(line, column + 1)
        return next == nil || next == " "
    }

    /// The column of the last character before `column` on `line` that is not a space, or nil.
    func lastNonSpace(_ line: Int, before column: Int) -> Int? {
        var index = min(column - 1, self.line(line).count)
        while index >= 1 {
            if let scalar = character(line, index), scalar != " ", scalar != "\t" { return index }
            index -= 1
        }
        return nil
    }
}

/// A text written as a YAML value in quotes, for a message that shows the fix: double quotes
/// unless the text holds one (or a backslash), then single quotes.
enum YAMLQuoting {
    static func quoted(_ text: String) -> String {
        if !text.contains("\"") && !text.contains("\\") { return "\"" + text + "\"" }
        return "'" + String(text.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }

    /// ` such as "Plan: groen"`, or nothing when the text is too long to show in one line.
    static func example(_ text: String) -> String {
        guard !text.isEmpty, text.count <= 60 else { return "" }
        return ": " + quoted(text)
    }
}
