/// HTML written straight into UTF-8 bytes, for the parts of every page begroot builds in Swift
/// (navigation, language switcher, breadcrumbs): no intermediate strings, and the result goes into
/// a template as `TemplateValue.rendered` without a conversion.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1_024) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup as it is.
    mutating func raw(_ markup: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// Bytes already written elsewhere.
    mutating func raw(_ written: [UInt8]) {
        bytes.append(contentsOf: written)
    }

    /// Markup or a value known to need no escaping (a language code, an already escaped text).
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Text, escaped for an element's content or an attribute value.
    mutating func text(_ text: String) {
        HTML.escape(text, into: &bytes)
    }

    /// UTF-8 bytes (HTML rendered elsewhere), escaped: HTML carried as text inside XML.
    mutating func escaped(_ utf8: [UInt8]) {
        HTML.escape(bytes: utf8, into: &bytes)
    }

    /// A relative address: `up` (`../../`) and the target path, escaped.
    mutating func link(_ up: String, _ target: String) {
        bytes.append(contentsOf: up.utf8)
        HTML.escape(target, into: &bytes)
    }
}
