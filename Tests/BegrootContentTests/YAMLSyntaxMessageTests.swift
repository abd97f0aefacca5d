import BegrootCore
import Testing
@testable import BegrootContent

/// libyaml's syntax errors, told in plain words at the spot of the mistake (issue 14): each case is
/// a YAML text and the exact `line:col: error: message` it gives.
@Suite struct YAMLSyntaxMessageTests {
    static func message(_ yaml: String, lineOffset: Int = 0) -> String {
        switch YAMLDocument.parse(yaml, file: "b.yaml", lineOffset: lineOffset) {
        case .success: return "no error"
        case .failure(let diagnostic): return diagnostic.description
        }
    }

    static let cases: [(String, String)] = [
        // after-quote
        ("title: \"Tuin\" voor iedereen\nstatus: submitted\n", "1:15: error: the text goes on after its closing quote (\"); put the whole text in quotes: '\"Tuin\" voor iedereen'"),
        // after-squote
        ("title: \'Tuin\' voor iedereen\nstatus: submitted\n", "1:15: error: the text goes on after its closing quote ('); put the whole text in quotes: \"'Tuin' voor iedereen\""),
        // tab-indent
        ("phases:\n\t- title: x\n", "2:1: error: this line is indented with a tab; YAML indents with spaces only, so replace the tab with spaces"),
        // tab-indent3
        ("contact:\n  email: a@b.c\n\twebsite: x\n", "3:1: error: this line is indented with a tab; YAML indents with spaces only, so replace the tab with spaces"),
        // missing-colon-mid
        ("name: X\nbudget 5000\nmodel: challenge\n", "2:1: error: this line has no ':' after the field name; write it as 'budget: 5000'"),
        // missing-colon-first
        ("budget 5000\nname: X\n", "1:1: error: this line has no ':' after the field name; write it as 'budget: 5000'"),
        // missing-colon-last
        ("name: X\nbudget 5000\n", "2:1: error: this line has no ':' after the field name; write it as 'budget: 5000'"),
        // missing-colon-nested
        ("contact:\n  email a@b.c\n  website: x\n", "2:3: error: this line has no ':' after the field name; write it as 'email: a@b.c'"),
        // colon-in-text
        ("title: Plan: groen\nstatus: x\n", "1:12: error: this ': ' is inside a text without quotes, so YAML takes it for a new field; put the whole text in quotes: \"Plan: groen\""),
        // colon-in-text-nested
        ("title: {nl: Plan: groen}\n", "1:17: error: this ': ' is inside a text without quotes, so YAML takes it for a new field; put the whole text in quotes: \"Plan: groen\""),
        // unclosed-bracket
        ("languages: [nl, en\nmodel: challenge\n", "1:12: error: this '[' is never closed; end the list with ']' on the same line"),
        // unclosed-bracket-eof
        ("languages: [nl, en\n", "1:12: error: this '[' is never closed; end the list with ']' on the same line"),
        // unclosed-brace
        ("title: {nl: Tuin, en: Garden\nmodel: challenge\n", "1:8: error: this '{' is never closed; end it with '}' on the same line"),
        // unclosed-quote
        ("title: \"Tuin\nmodel: challenge\n", "1:8: error: this quote (\") is never closed; end the text with \" on the same line"),
        // unclosed-squote
        ("title: \'Tuin\nmodel: challenge\n", "1:8: error: this quote (') is never closed; end the text with ' on the same line"),
        // bad-indent-more
        ("name: X\n  budget: 5\n", "2:3: error: this line is indented more than the line above, so YAML takes it for more of that line's text; indent it by the same number of spaces as 'name:'"),
        // bad-indent-less
        ("phases:\n  - title: x\n    start: 2021-01-01\n   end: 2021-02-01\n", "4:4: error: this line is indented by 3 spaces and the line above by 4; lines that belong together must be indented by the same number of spaces"),
        // bad-indent-less2
        ("contact:\n    email: a@b.c\n  website: x\n", "3:3: error: this line is indented by 2 spaces and the line above by 4; lines that belong together must be indented by the same number of spaces"),
        // bad-indent-list
        ("languages:\n  - nl\n - en\n", "3:2: error: this line is indented by 1 space and the line above by 2; lines that belong together must be indented by the same number of spaces"),
        // escape
        ("title: \"a\\qb\"\n", "1:10: error: inside double quotes a backslash starts a code such as \\n, and '\\q' is not one; write a backslash as \\\\, or put the text in single quotes instead"),
        // escape2
        ("title: \"C:\\Users\\x\"\n", "1:11: error: inside double quotes a backslash starts a code such as \\n, and '\\U' is not one; write a backslash as \\\\, or put the text in single quotes instead"),
        // at
        ("title: @home\n", "1:8: error: a text cannot start with '@' in YAML; put it in quotes: \"@home\""),
        // backtick
        ("title: `x`\n", "1:8: error: a text cannot start with '`' in YAML; put it in quotes: \"`x`\""),
        // dash
        ("title: - x\n", "1:8: error: a list item ('- ') cannot start on the same line as its field; put each item on a line of its own below the field, indented, or put the text in quotes"),
        // alias
        ("title: *bold*\n", "1:8: error: a text cannot start with '*' in YAML; put it in quotes: \"*bold*\""),
        // alias2
        ("title: *bold\n", "1:8: error: a text cannot start with '*' in YAML; put it in quotes: \"*bold\""),
        // percent
        ("%title: x\n", "1:1: error: a text cannot start with '%' in YAML; put it in quotes: \"%title: x\""),
        // quote-then-colon
        ("title: \"a\": b\n", "1:11: error: the text goes on after its closing quote (\"); put the whole text in quotes: '\"a\": b'"),
        // key-after-scalar
        ("Tuin\nname: x\n", "1:1: error: this line has no ':' after the field name; write it as 'Tuin: …'"),
        // seq-in-map
        ("name: x\n- y\n", "2:1: error: a list item ('- ') stands among fields here; put the list under the field it belongs to, indented by more spaces"),
        // map-in-seq
        ("- a\nb: c\n", "2:1: error: this line is a field among the items of a list ('- '); start it with '- ', or indent it like the fields of the item above"),
        // question
        ("title: ?\n", "1:8: error: begroot cannot read the YAML from here on (its reader says: mapping keys are not allowed in this context); check this line's colons, quotes, brackets and indentation"),
        // pipe
        ("text: |\n  a\n b\n", "3:2: error: this line is indented by 1 space and the line above by 2; lines that belong together must be indented by the same number of spaces"),
        // multiline-colon
        ("summary: Dit is een lange\n  tekst die doorloopt\n  en hier: iets\n", "3:10: error: this ': ' is inside a text without quotes, so YAML takes it for a new field; put the whole text in quotes"),
        // flow-after-quote
        ("title: {nl: \"Tuin\" voor, en: x}\n", "1:20: error: the text goes on after its closing quote (\"); put the whole text in quotes"),
        // crlf
        ("name: X\r\nbudget 5000\r\nmodel: challenge\r\n", "2:1: error: this line has no ':' after the field name; write it as 'budget: 5000'"),
        // after-bracket
        ("languages: [nl] en\n", "1:17: error: the text goes on after the closing ']'; end the line there, or put the whole text in quotes"),
        // indent-short-name
        ("a: b\n  c: d\n", "2:3: error: this line is indented more than the line above, so YAML takes it for more of that line's text; indent it by the same number of spaces as 'a:'"),
        // list-then-field
        ("phases:\n  - title: x\n  start: y\n", "3:3: error: this line is a field among the items of a list ('- '); start it with '- ', or indent it like the fields of the item above"),
        // tab-after-field
        ("title: Tuin\n\tstatus: x\n", "2:1: error: this line is indented with a tab; YAML indents with spaces only, so replace the tab with spaces"),
        // quotes inside quotes
        ("title: \"Het \"Tuin\" plan\"\n", "1:14: error: the text goes on after its closing quote (\"); put the whole text in quotes: 'Het \"Tuin\" plan'"),
        ("title: 'Plein '40-'45'\n", "1:16: error: the text goes on after its closing quote ('); put the whole text in quotes: \"Plein '40-'45\""),
        // a field indented under a quoted text, a field after a list item's fields
        ("title: \"Tuin\"\n  status: x\n", "2:3: error: this line is indented by 2 spaces and the line above is not indented; lines that belong together must be indented by the same number of spaces"),
        // no space after the colon
        ("name: X\nbudget:5000\nmodel: y\n", "2:1: error: a space is missing after the ':'; write it as 'budget: 5000'"),
        ("budget:5000\nname: X\n", "1:1: error: a space is missing after the ':'; write it as 'budget: 5000'"),
        // block scalars, a second document, a bare colon, a text starting with ','
        ("summary: > Dit is het plan\n", "1:10: error: after '>' YAML expects the text on the lines below, indented; start it on the next line, or put it in quotes: \"Dit is het plan\""),
        ("name: X\n---\nbudget: 5\n", "2:1: error: a '---' line starts a second document, and this file holds only one; remove the line"),
        (": x\n", "1:1: error: this line starts with ':', without a field name before it; write 'name: value'"),
        ("title: , x\n", "1:8: error: a text cannot start with ',' in YAML; put it in quotes: \", x\""),
    ]

    @Test(arguments: cases)
    func aSyntaxErrorSaysWhatIsWrongThere(_ yaml: String, _ expected: String) {
        #expect(Self.message(yaml) == "b.yaml:" + expected)
    }

    @Test func frontMatterLinesCountFromTheTopOfTheFile() {
        #expect(Self.message("title: Plan: groen\n", lineOffset: 1)
            == "b.yaml:2:12: error: this ': ' is inside a text without quotes, so YAML takes it for a new field; put the whole text in quotes: \"Plan: groen\"")
    }

    @Test func anUnrecognisedMistakeStillSaysWhereToLook() {
        #expect(Self.message("languages: [nl,, en]\n")
            == "b.yaml:1:16: error: begroot cannot read the YAML from here on (its reader says: did not find expected node content while parsing a flow node); check this line's colons, quotes, brackets and indentation")
    }
}
