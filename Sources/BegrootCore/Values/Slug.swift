import Foundation

/// Slugs name buurten, plans, themes and pages in paths: lowercase ASCII letters, digits and `-`.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }

    /// A slug made from a title for `begroot new`: `Schoon Plein '40-'45` becomes `schoon-plein-40-45`.
    public static func make(from title: String) -> String {
        let folded: String
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            // Plain ASCII has nothing to fold: Foundation's folding, slow on Linux, is skipped.
            folded = title.lowercased()
        } else {
            // Letters that folding leaves alone: Turkish dotless i, German sharp s, Nordic and Polish letters.
            let spelled = ["ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "œ": "oe", "ĳ": "ij"]
                .reduce(title.lowercased()) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
            folded = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        }
        let mapped = folded.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
