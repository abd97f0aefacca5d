import BegrootCore

/// Writes interface strings into a template's text before it is parsed, once per language:
/// `{{t.plan.status}}` becomes the escaped string, `{{{t.plan.status}}}` the string as it is.
/// Each page then renders without looking strings up — Mustache lookups are the costly part of
/// rendering (see Benchmarks/README.md). A tag naming a key the strings do not have is left for
/// Mustache, which finds it in the `t` tree or renders nothing.
enum TemplateStrings {
    static func fill(_ template: String, with strings: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 1024)
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let inner = triple ? afterOpen.dropFirst() : afterOpen
            let closing = triple ? "}}}" : "}}"
            guard let close = inner.firstRange(of: closing) else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = inner[..<close.lowerBound].trimmingSpaces
            if name.hasPrefix("t."), let value = strings[String(name.dropFirst(2))] {
                result += triple ? value : HTML.escape(value)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = inner[close.upperBound...]
        }
        result += rest
        return result
    }
}
