import BegrootCore
import Yams

/// Reads typed values out of one file's YAML nodes, collecting a diagnostic with file, line and
/// column for every value of the wrong type, every unknown field and every missing required one.
final class NodeReader {
    let file: String
    let lineOffset: Int
    /// Language codes allowed as keys of a `{nl: …, en: …}` text; nil while site.yaml is being read.
    let languages: Set<String>?
    private(set) var diagnostics = Diagnostics()
    /// Every text written per language in this file, for the translation rules.
    private(set) var texts: [TranslatableText] = []

    init(file: String, lineOffset: Int = 0, languages: Set<String>?) {
        self.file = file
        self.lineOffset = lineOffset
        self.languages = languages
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1 + lineOffset) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func error(_ message: String, at node: Node) {
        diagnostics.error(message, at: location(node))
    }

    func warning(_ message: String, at node: Node) {
        diagnostics.warning(message, at: location(node))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.error(message, at: location)
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.warning(message, at: location)
    }

    func record(_ text: TranslatableText) {
        texts.append(text)
    }

    /// The fields of a mapping node; anything else is an error naming `what` was expected.
    /// Keys outside `known` are warned about, with the nearest known key as a suggestion.
    func fields(_ node: Node, _ what: String, known: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of fields (`key: value`), found \(node.kindDescription)", at: node)
            return nil
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("a field name must be plain text", at: key)
                continue
            }
            guard known.contains(name) else {
                warning("unknown field '\(name)' in \(what)\(Suggestion.didYouMean(name, in: known))", at: key)
                continue
            }
            values[name] = (key, value)
        }
        return Fields(reader: self, node: node, what: what, values: values)
    }

    /// The elements of a sequence node.
    func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("\(what) must be a list (lines starting with `- `), found \(node.kindDescription)", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// The text of a scalar, or nil (with an error) for a list or mapping.
    func scalar(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("\(what) must be a single value, found \(node.kindDescription)", at: node)
            return nil
        }
        // YAML's escapes (`"\uFFFE"`, `"\x1B"`) can write what reading the file removed: removed again.
        return TextCleaning.removingForbiddenCharacters(scalar.string)
    }
}

extension Node {
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): return scalar.isNull ? "nothing" : "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }
}

extension Node.Scalar {
    /// An empty plain value, `~` or `null`: YAML's "nothing here".
    var isNull: Bool {
        style == .plain && ["", "~", "null", "Null", "NULL"].contains(string)
    }
}
