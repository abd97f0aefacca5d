/// A syntax error as libyaml reports it, told in the words of someone who never saw YAML: what is
/// wrong at that spot and how to write it. libyaml names its own state ("did not find expected
/// key"), so the line itself is looked at to find the mistake a volunteer made, and its place.
struct YAMLSyntaxMistake {
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    var problem: String
    var context: String?
    var contextPlace: Place?
    var place: Place

    /// The message and the place to show it, in the lines of the YAML text itself.
    func explained(in source: YAMLSourceLines) -> (message: String, place: Place) {
        explanation(in: source) ?? (fallback, place)
    }

    /// A mistake no rule below recognises: libyaml's words, with where to look.
    private var fallback: String {
        let while_ = context.map { " \($0)" } ?? ""
        return "begroot cannot read the YAML from here on (its reader says: \(problem)\(while_)); "
            + "check this line's colons, quotes, brackets and indentation"
    }

    private func explanation(in source: YAMLSourceLines) -> (String, Place)? {
        if let tab = tabIndentation(in: source) { return tab }
        switch problem {
        case "found unknown escape character", "did not find expected hexdecimal number":
            return unknownEscape(in: source)
        case "found unexpected end of stream", "found unexpected document indicator":
            guard context == "while scanning a quoted scalar" else { return nil }
            let opening = contextPlace ?? place
            let quote = source.character(opening.line, opening.column).map(String.init) ?? "\""
            return ("this quote (\(quote)) is never closed; end the text with \(quote) on the same line", opening)
        case "could not find expected ':'":
            return missingColon(at: contextPlace ?? place, in: source)
        case "mapping values are not allowed in this context":
            return colonWhereNoFieldCanStart(in: source)
        case "did not find expected key", "did not find expected '-' indicator":
            return textAfterAClosingQuote(in: source, example: true) ?? indentation(in: source)
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return unfinishedBrackets(in: source)
        case "block sequence entries are not allowed in this context":
            return ("a list item ('- ') cannot start on the same line as its field; put each item on a line of its own "
                + "below the field, indented, or put the text in quotes", place)
        case "found character that cannot start any token", "found undefined alias":
            return reservedFirstCharacter(at: place, in: source)
        case "did not find expected node content" where context == "while parsing a block node":
            return reservedFirstCharacter(at: place, in: source)
        case "did not find expected comment or line break" where context == "while scanning a block scalar":
            return textAfterABlockIndicator(in: source)
        case "but found another document":
            return ("a '---' line starts a second document, and this file holds only one; remove the line", place)
        default:
            if let context, ["while scanning an alias", "while scanning an anchor", "while scanning a directive", "while scanning a tag"].contains(context) {
                return reservedFirstCharacter(at: contextPlace ?? place, in: source)
            }
            return nil
        }
    }

    /// A tab where YAML wants spaces: libyaml says a character "cannot start any token" or a tab
    /// "violates indentation"; the place shown is the tab itself.
    private func tabIndentation(in source: YAMLSourceLines) -> (String, Place)? {
        guard problem == "found character that cannot start any token" || problem.hasPrefix("found a tab character") else { return nil }
        let leading = source.line(place.line).prefix { $0 == " " || $0 == "\t" }
        let column: Int
        if let tab = leading.firstIndex(of: "\t") {
            column = tab + 1
        } else if source.character(place.line, place.column) == "\t" {
            column = place.column
        } else {
            return nil
        }
        return ("this line is indented with a tab; YAML indents with spaces only, so replace the tab with spaces",
            Place(line: place.line, column: column))
    }

    private func unknownEscape(in source: YAMLSourceLines) -> (String, Place) {
        var column = place.column
        while column > 1, source.character(place.line, column) != "\\" { column -= 1 }
        let next = source.character(place.line, column + 1).map(String.init) ?? ""
        return ("inside double quotes a backslash starts a code such as \\n, and '\\\(next)' is not one; "
            + "write a backslash as \\\\, or put the text in single quotes instead", Place(line: place.line, column: column))
    }

    /// `budget 5000`: a field name and its value without the colon between them.
    private func missingColon(at start: Place, in source: YAMLSourceLines) -> (String, Place) {
        let column = max(start.column, source.contentColumn(start.line) ?? 1)
        let text = source.text(start.line, from: column)
        if let colon = text.firstIndex(of: ":"), colon != text.startIndex, !text[..<colon].contains(" ") {
            // `budget:5000`: the colon is there, the space after it is not.
            let fix = text[...colon] + " " + text[text.index(after: colon)...]
            let example = fix.count <= 60 ? "; write it as '\(fix)'" : ""
            return ("a space is missing after the ':'\(example)", Place(line: start.line, column: column))
        }
        let fix: String
        if let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            fix = text[..<space] + ":" + text[space...]
        } else {
            fix = text + ": …"
        }
        let example = fix.count <= 60 ? "; write it as '\(fix)'" : "; write 'name: value'"
        return ("this line has no ':' after the field name\(example)", Place(line: start.line, column: column))
    }

    private func colonInText(_ text: String, at place: Place) -> (String, Place) {
        ("this ': ' is inside a text without quotes, so YAML takes it for a new field; put the whole text in quotes"
            + YAMLQuoting.example(text), place)
    }

    /// `title: Plan: groen`, or the colon of a field after a line that is not one (`budget 5000`)
    /// or that is indented more than the line above.
    private func colonWhereNoFieldCanStart(in source: YAMLSourceLines) -> (String, Place) {
        let line = place.line
        if let valueStart = source.fieldValueStart(line, before: place.column) {
            return textAfterAClosingQuote(in: source, example: true)
                ?? colonInText(source.text(line, from: valueStart), at: place)
        }
        guard let previous = source.previousContentLine(before: line) else { return colonInText("", at: place) }
        if source.isField(previous) || source.isListItem(previous) {
            if source.indentation(line) > source.indentation(previous), let column = source.contentColumn(line) {
                let name = source.fieldName(previous).map { " as '\($0):'" } ?? ""
                return ("this line is indented more than the line above, so YAML takes it for more of that line's text; "
                    + "indent it by the same number of spaces\(name)", Place(line: line, column: column))
            }
            return colonInText("", at: place)
        }
        // The line above is no field: either a field without its colon, or a long text going on
        // over several lines, from a field further up, with this ': ' in it.
        var first = previous
        while let above = source.previousContentLine(before: first), !source.isField(above), !source.isListItem(above) {
            first = above
        }
        if let owner = source.previousContentLine(before: first), source.isField(owner),
            source.indentation(owner) < source.indentation(first), source.hasValueOnTheSameLine(owner)
        {
            return colonInText("", at: place)
        }
        return missingColon(at: Place(line: previous, column: 1), in: source)
    }

    /// `title: "Tuin" voor iedereen`: more text after a quoted text's closing quote (or a `]`, `}`).
    private func textAfterAClosingQuote(in source: YAMLSourceLines, example: Bool) -> (String, Place)? {
        guard source.contentColumn(place.line) != place.column,
            let before = source.lastNonSpace(place.line, before: place.column),
            let closing = source.character(place.line, before)
        else { return nil }
        switch closing {
        case "\"", "'":
            var shown = ""
            if example, let start = source.valueStart(place.line, before: place.column), source.character(place.line, start) == closing {
                // `"Het "Tuin" plan"`: the quotes around the whole text are not part of it.
                var text = source.text(place.line, from: start)
                if text.count >= 2, text.last == Character(closing) { text = String(text.dropFirst().dropLast()) }
                shown = YAMLQuoting.example(text)
            }
            return ("the text goes on after its closing quote (\(closing)); put the whole text in quotes\(shown)", place)
        case "]", "}":
            return ("the text goes on after the closing '\(closing)'; end the line there, or put the whole text in quotes", place)
        default:
            return nil
        }
    }

    /// A line that starts in a column where nothing can start: libyaml expected a field or a list item.
    private func indentation(in source: YAMLSourceLines) -> (String, Place)? {
        let line = place.line
        guard source.contentColumn(line) == place.column else { return nil }
        if source.character(line, place.column) == ":" {
            return ("this line starts with ':', without a field name before it; write 'name: value'", place)
        }
        guard let previous = source.previousContentLine(before: line) else { return nil }
        let here = source.indentation(line)
        let above = source.indentation(previous)
        if here != above {
            let aboveText = above == 0 ? "is not indented" : "by \(above)"
            return ("this line is \(Self.indented(here)) and the line above \(aboveText); lines that belong together "
                + "must be indented by the same number of spaces", place)
        }
        if source.isListItem(line), source.isField(previous) {
            return ("a list item ('- ') stands among fields here; put the list under the field it belongs to, indented by more spaces", place)
        }
        if source.isField(line), source.isListItem(previous) {
            return ("this line is a field among the items of a list ('- '); start it with '- ', or indent it like the fields of the item above", place)
        }
        return nil
    }

    private static func indented(_ spaces: Int) -> String {
        spaces == 0 ? "not indented" : spaces == 1 ? "indented by 1 space" : "indented by \(spaces) spaces"
    }

    /// `[nl, en` or `{nl: Tuin` never closed, or a `: ` or text after a quote inside the brackets.
    private func unfinishedBrackets(in source: YAMLSourceLines) -> (String, Place)? {
        guard let opening = contextPlace, let bracket = source.character(opening.line, opening.column) else { return nil }
        let closing = bracket == "[" ? "]" : "}"
        let what = bracket == "[" ? "the list" : "it"
        guard opening.line == place.line, let here = source.character(place.line, place.column) else {
            return ("this '\(bracket)' is never closed; end \(what) with '\(closing)' on the same line", opening)
        }
        if here == ":" {
            return colonInText(source.flowText(place.line, around: place.column), at: place)
        }
        return textAfterAClosingQuote(in: source, example: false)
    }

    /// `summary: > Dit is het plan`: `|` and `>` start a text written on the lines below.
    private func textAfterABlockIndicator(in source: YAMLSourceLines) -> (String, Place)? {
        guard let indicator = contextPlace, let character = source.character(indicator.line, indicator.column) else { return nil }
        var start = indicator.column + 1
        while source.character(indicator.line, start) == " " { start += 1 }
        return ("after '\(character)' YAML expects the text on the lines below, indented; start it on the next line, or put it in quotes"
            + YAMLQuoting.example(source.text(indicator.line, from: start)), indicator)
    }

    /// `@home`, `` `x` ``, `*bold*`: a text starting with a character YAML keeps for itself.
    private func reservedFirstCharacter(at start: Place, in source: YAMLSourceLines) -> (String, Place)? {
        guard let first = source.character(start.line, start.column), first != " " else { return nil }
        return ("a text cannot start with '\(first)' in YAML; put it in quotes" + YAMLQuoting.example(source.text(start.line, from: start.column)), start)
    }
}
