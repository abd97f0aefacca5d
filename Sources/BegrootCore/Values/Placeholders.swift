/// `{name}` placeholders in interface strings and number formats, filled in one pass over the
/// text. (Foundation's `replacingOccurrences` goes through NSString on Linux and showed up in the
/// benchmark's profile.)
public struct Placeholders: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case name(String)
    }

    let parts: [Part]

    /// Splits `pattern` once; `fill` can then be called many times.
    public init(_ pattern: String) {
        var parts: [Part] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.name(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    private init(parts: [Part]) {
        self.parts = parts
    }

    /// The pattern with each `{name}` replaced by `values[name]`; unknown names stay as written.
    public func fill(_ values: [String: String]) -> String {
        fill { values[$0] }
    }

    /// The pattern with each `{name}` replaced by `value(name)`; names it returns nil for stay as
    /// written. For callers filling the same names many times, without building a dictionary each time.
    public func fill(_ value: (String) -> String?) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .name(let name): result += value(name) ?? "{" + name + "}"
            }
        }
        return result
    }

    /// The pattern with the names in `values` filled in for good and the others left to fill later.
    public func partiallyFilled(_ values: [String: String]) -> Placeholders {
        var filled: [Part] = []
        for part in parts {
            switch part {
            case .name(let name) where values[name] != nil:
                if case .text(let before)? = filled.last {
                    filled[filled.count - 1] = .text(before + values[name]!)
                } else {
                    filled.append(.text(values[name]!))
                }
            case .text(let text):
                if case .text(let before)? = filled.last { filled[filled.count - 1] = .text(before + text) } else { filled.append(part) }
            case .name:
                filled.append(part)
            }
        }
        return Placeholders(parts: filled)
    }
}

extension String {
    /// This text with every `target` character replaced by `replacement`.
    public func replacing(character target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
