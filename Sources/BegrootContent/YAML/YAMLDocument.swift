import BegrootCore
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
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let while_ = context.map { " \($0.text)" } ?? ""
            return .error("YAML syntax error: \(problem)\(while_)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("the key \(names) appears twice in one mapping", at: at(context.mark))
        default:
            return .error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset))
        }
    }
}
