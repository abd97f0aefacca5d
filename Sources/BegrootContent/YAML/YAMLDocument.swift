import BegrootCore
import Foundation
import Yams

/// Parses YAML text into a node tree that keeps each value's position; the one place that talks to Yams.
enum YAMLDocument {
    /// Made once: `Constructor.default` builds its tables anew at every use.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// The root node of `text`, or the syntax error as a diagnostic. `lineOffset` is added to every
    /// line, for YAML that starts further down a file (front matter).
    static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: text, .basic, constructor, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset)))
        }
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml), .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            let mistake = YAMLSyntaxMistake(
                problem: problem, context: context?.text,
                contextPlace: context.map { .init(line: $0.mark.line, column: $0.mark.column) },
                place: .init(line: mark.line, column: mark.column))
            let (message, place) = mistake.explained(in: YAMLSourceLines(yaml))
            return .error(message, at: SourceLocation(file: file, line: place.line + lineOffset, column: place.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("the key \(names) appears twice in one mapping", at: at(context.mark))
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml's reader gives a byte offset, not a mark: turned into the line and column here.
            let place = offset.map { location(ofByte: $0, in: yaml) } ?? (line: 1, column: 1)
            let character = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return .error("this YAML holds a character it may not hold\(character): \(problem)",
                at: SourceLocation(file: file, line: place.line + lineOffset, column: place.column))
        default:
            return .error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset))
        }
    }

    /// The 1-based line and column (in characters) of byte `offset` of `text`'s UTF-8.
    static func location(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let bytes = Array(text.utf8)
        let end = min(max(offset, 0), bytes.count)
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return (line, column)
    }
}
