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
    /// HTML another template rendered, as UTF-8 bytes: `{{{name}}}` writes it as it is, `{{name}}`
    /// escapes it like any text.
    case rendered([UInt8])

    /// A list of texts, for `{{#names}}{{.}}{{/names}}`.
    static func texts(_ texts: [String]) -> TemplateValue { .list(texts.map { .text($0) }) }

    /// A list of maps, for `{{#items}}{{name}}{{/items}}`.
    static func maps(_ maps: [TemplateValues]) -> TemplateValue { .list(maps.map { .map($0) }) }

    /// The value named `name` when this is a map.
    func value(named name: TemplateName) -> TemplateValue? {
        guard case .map(let values) = self else { return nil }
        return values[name]
    }

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

/// The named values a template renders with: a small map, written once by a page and read by its
/// templates a few times. Entries are kept in the order they were set; a name set again is found
/// at its newest value. Each name carries a fingerprint of its bytes, so a lookup compares whole
/// numbers and only compares text when the fingerprints match — no hashing, which was a tenth of
/// the build time with a `Dictionary` here (Benchmarks/README.md).
public struct TemplateValues: Sendable, ExpressibleByDictionaryLiteral {
    private var entries: [(name: TemplateName, value: TemplateValue)] = []

    public init() {
        entries.reserveCapacity(16)
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = elements.map { (TemplateName($0.0), $0.1) }
    }

    /// The newest value set for `name`. Setting appends: the older value stays but is never found.
    public subscript(name: String) -> TemplateValue? {
        get { self[TemplateName(name)] }
        set {
            if let newValue {
                entries.append((TemplateName(name), newValue))
            } else {
                let gone = TemplateName(name)
                entries.removeAll { $0.name == gone }
            }
        }
    }

    subscript(name: TemplateName) -> TemplateValue? {
        entries.withUnsafeBufferPointer { entries in
            var index = entries.count - 1
            while index >= 0 {
                if entries[index].name.fingerprint == name.fingerprint, entries[index].name.text == name.text { return entries[index].value }
                index -= 1
            }
            return nil
        }
    }

    /// These values with `other`'s added; where both have a name, `other`'s value is found.
    public func merging(_ other: TemplateValues) -> TemplateValues {
        var merged = self
        merged.entries.reserveCapacity(entries.count + other.entries.count + 16)
        merged.entries += other.entries
        return merged
    }
}

/// A name in a template or a page's values, with a fingerprint of its bytes computed once.
struct TemplateName: Sendable, Equatable {
    let fingerprint: UInt64
    let text: String

    init(_ text: String) {
        self.text = text
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
        fingerprint = text.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(text.utf8)
    }

    static func == (a: TemplateName, b: TemplateName) -> Bool {
        a.fingerprint == b.fingerprint && a.text == b.text
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var values = TemplateValues()
        for (name, value) in elements { values[name] = value }
        self = .map(values)
    }
}
