/// A value a theme template shows: text, a yes/no, a number, a list or a map of named values.
///
/// Typed rather than `Any`, so that rendering never casts: every lookup is a dictionary access
/// and a `switch` (see Benchmarks/README.md for what the casts cost).
public enum TemplateValue: Sendable {
    /// Escaped by `{{name}}`, written as it is by `{{{name}}}` (for values that are already HTML).
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case map(TemplateValues)
    /// HTML another template rendered, as UTF-8 bytes: written as it is, like `{{{name}}}`.
    case rendered([UInt8])

    /// A list of texts, for `{{#names}}{{.}}{{/names}}`.
    static func texts(_ texts: [String]) -> TemplateValue { .list(texts.map { .text($0) }) }

    /// A list of maps, for `{{#items}}{{name}}{{/items}}`.
    static func maps(_ maps: [TemplateValues]) -> TemplateValue { .list(maps.map { .map($0) }) }

    /// False in a section: an empty text, `false`, an empty list. A number or a map is true.
    var isTrue: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .list(let items): !items.isEmpty
        case .rendered(let bytes): !bytes.isEmpty
        case .number, .map: true
        }
    }
}

/// The named values a template renders with.
public typealias TemplateValues = [String: TemplateValue]

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(TemplateValues(elements, uniquingKeysWith: { _, last in last }))
    }
}
