import BegrootCore
import Yams

/// The known fields of one YAML mapping, read by type. Each accessor reports a wrong type at the
/// value's own line and column and returns nil, so loading goes on and finds the next mistake too.
struct Fields {
    let reader: NodeReader
    let node: Node
    let what: String
    let values: [String: (key: Node, value: Node)]

    var location: SourceLocation { reader.location(node) }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// The value node of `key`; nil when the field is absent or written without a value.
    func value(_ key: String) -> Node? {
        guard let node = values[key]?.value, !node.isNull else { return nil }
        return node
    }

    func keyLocation(_ key: String) -> SourceLocation {
        values[key].map { reader.location($0.key) } ?? location
    }

    func valueLocation(_ key: String) -> SourceLocation {
        values[key].map { reader.location($0.value) } ?? location
    }

    /// Reports a missing required field at the start of the mapping.
    func require(_ key: String) {
        if value(key) == nil {
            reader.error("\(what) is missing the required field '\(key)'", at: location)
        }
    }

    func string(_ key: String, required: Bool = false) -> Located<String>? {
        if required { require(key) }
        guard let node = value(key), let text = reader.scalar(node, "'\(key)'") else { return nil }
        return Located(text, at: reader.location(node))
    }

    /// A text that is the same in every language (`K-buurt`) or given per language (`{nl: …, en: …}`).
    func text(_ key: String, required: Bool = false) -> Located<LocalizedText>? {
        if required { require(key) }
        guard let node = value(key) else { return nil }
        return reader.localizedText(node, "'\(key)'", field: key).map { Located($0, at: reader.location(node)) }
    }

    func money(_ key: String, required: Bool = false) -> Located<Money>? {
        guard let text = string(key, required: required) else { return nil }
        guard let money = Money(parsing: text.value), !money.isNegative else {
            reader.error("'\(key)' must be an amount of money such as 25000 or 1234.50, found '\(text.value)'", at: text.location)
            return nil
        }
        return Located(money, at: text.location)
    }

    /// A website: an absolute `https://` or `http://` address. Anything else (`javascript:`, a
    /// `data:` address, a bare name) is an error, so no script can hide in a link (SPEC §11).
    func webAddress(_ key: String) -> Located<String>? {
        guard let text = string(key) else { return nil }
        guard WebAddress.isAbsoluteWeb(text.value) else {
            reader.error("'\(key)' must be a web address starting with https:// (or http://), found '\(text.value)'", at: text.location)
            return nil
        }
        return text
    }

    /// An e-mail address, `name@example.org`.
    func email(_ key: String) -> Located<String>? {
        guard let text = string(key) else { return nil }
        guard WebAddress.isEmail(text.value) else {
            reader.error("'\(key)' must be an e-mail address such as buurt@example.org, found '\(text.value)'", at: text.location)
            return nil
        }
        return text
    }

    func integer(_ key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        guard let text = string(key) else { return nil }
        guard let number = Int(text.value) else {
            reader.error("'\(key)' must be a whole number, found '\(text.value)'", at: text.location)
            return nil
        }
        guard range.contains(number) else {
            reader.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(number)", at: text.location)
            return nil
        }
        return Located(number, at: text.location)
    }

    func date(_ key: String, required: Bool = false) -> Located<DayDate>? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = DayDate(iso: text.value) else {
            reader.error("'\(key)' must be a real date written YYYY-MM-DD, found '\(text.value)'", at: text.location)
            return nil
        }
        return Located(date, at: text.location)
    }

    func bool(_ key: String) -> Located<Bool>? {
        guard let text = string(key) else { return nil }
        switch text.value {
        case "true", "True", "yes": return Located(true, at: text.location)
        case "false", "False", "no": return Located(false, at: text.location)
        default:
            reader.error("'\(key)' must be true or false, found '\(text.value)'", at: text.location)
            return nil
        }
    }

    /// A list of single values; one value alone is taken as a list of one.
    func strings(_ key: String) -> [Located<String>]? {
        guard let node = value(key) else { return nil }
        let items: [Node]
        if case .scalar = node { items = [node] } else { items = reader.sequence(node, "'\(key)'") ?? [] }
        return items.compactMap { item in
            reader.scalar(item, "an item of '\(key)'").map { Located($0, at: reader.location(item)) }
        }
    }

    func list(_ key: String, required: Bool = false) -> [Node]? {
        if required { require(key) }
        guard let node = value(key) else { return nil }
        return reader.sequence(node, "'\(key)'")
    }

    func fields(_ key: String, known: [String]) -> Fields? {
        guard let node = value(key) else { return nil }
        return reader.fields(node, "'\(key)'", known: known)
    }

    /// One of a fixed set of words, such as a plan's status.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, as: Choice.Type, required: Bool = false)
        -> Located<Choice>? where Choice.RawValue == String
    {
        guard let text = string(key, required: required) else { return nil }
        guard let choice = Choice(rawValue: text.value) else {
            let names = Choice.allCases.map(\.rawValue)
            reader.error(
                "'\(key)' must be one of \(names.joined(separator: ", ")), found '\(text.value)'"
                    + Suggestion.didYouMean(text.value, in: names), at: text.location)
            return nil
        }
        return Located(choice, at: text.location)
    }
}

extension NodeReader {
    /// Reads a text; one written per language is recorded under `field` for the translation rules.
    func localizedText(_ node: Node, _ what: String, field: String) -> LocalizedText? {
        switch node {
        case .scalar(let scalar):
            return LocalizedText(universal: TextCleaning.removingForbiddenCharacters(scalar.string))
        case .mapping(let mapping):
            var byLanguage: [String: String] = [:]
            for (key, value) in mapping {
                guard let code = key.scalar?.string else { continue }
                if let languages, !languages.contains(code) {
                    error("\(what) has a text in '\(code)', which is not a language of this site"
                        + Suggestion.didYouMean(code, in: languages), at: key)
                    continue
                }
                guard let text = scalar(value, "the '\(code)' text of \(what)") else { continue }
                byLanguage[code] = text
            }
            record(TranslatableText(kind: .field(field), languages: Set(byLanguage.keys), location: location(node)))
            return LocalizedText(byLanguage: byLanguage)
        default:
            error("\(what) must be a text or a map of texts per language ({nl: …, en: …}), found \(node.kindDescription)", at: node)
            return nil
        }
    }
}
