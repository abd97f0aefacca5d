/// Which addresses may appear in a page's links, images and media: one allow-list for Markdown,
/// raw HTML and every URL field of the content (SPEC §11).
public enum LinkSafety {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Relative addresses, fragments and the allowed schemes are safe; `javascript:`, `data:`,
    /// `vbscript:`, `file:` and anything unknown are not. The scheme is read as a browser reads it:
    /// control characters and spaces left out (`java\tscript:`), letters compared in lowercase. A
    /// character that may not stand in a scheme (`&` of an undecoded `&#x73;`, say) before the
    /// first `:` makes the address unsafe too, rather than guessing what a reader would make of it.
    public static func isSafe(_ url: String) -> Bool {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            if byte <= 0x20 || byte == 0x7F { continue }
            if byte == UInt8(ascii: ":") {
                return allowedSchemes.contains(String(decoding: scheme, as: UTF8.self))
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { return true }
            scheme.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return true
    }
}

/// Checks for the addresses content gives in fields: a website, an e-mail address, the site's base.
public enum WebAddress {
    /// An absolute `http://` or `https://` address with a host, written with only the characters an
    /// address may hold (RFC 3986: no spaces, quotes, `<`, `>`, backslashes or control characters).
    public static func isAbsoluteWeb(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.allSatisfy(isHostCharacter) else { return false }
        return text.unicodeScalars.allSatisfy(isAddressCharacter)
    }

    /// The address the portal will live at (`baseURL`, `--base-url`): an absolute web address
    /// without a query or a fragment, since page paths are added to it.
    public static func isBase(_ text: String) -> Bool {
        isAbsoluteWeb(text) && !text.contains("?") && !text.contains("#")
    }

    /// `name@host`: one `@`, something on both sides, no spaces, quotes, angle brackets or `?`, so
    /// that `mailto:` followed by it is exactly that address and nothing more.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !"\"'<>()[]\\,;:?&#%/ `{}|^".unicodeScalars.contains(scalar)
                && !(0x80...0x9F).contains(scalar.value)
        }
    }

    /// Letters and digits (also of other scripts: an internationalised name), `.`, `-`, `:` for a
    /// port, `[` `]` for an IPv6 address.
    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || ".-:[]_".contains(character)
    }

    private static func isAddressCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value > 0x7F { return scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        if scalar.value <= 0x20 || scalar.value == 0x7F { return false }
        return !"\"<>\\^`{|}".unicodeScalars.contains(scalar)
    }
}
