import BegrootContent

/// Which texts need isolating from the text around them: those holding a letter written in the
/// other direction than the page (Latin in an Arabic page, Arabic or Hebrew in a Dutch one).
enum BidiText {
    static func mixesDirections(_ text: String, in direction: Language.Direction) -> Bool {
        switch direction {
        case .rtl: return text.unicodeScalars.contains { isLeftToRightLetter($0) }
        case .ltr:
            // Right-to-left letters start at U+0590, whose UTF-8 begins with D6: text without such a
            // byte (Dutch, Turkish, English) is answered without decoding it.
            var text = text
            guard text.withUTF8({ $0.contains { $0 >= 0xD6 } }) else { return false }
            return text.unicodeScalars.contains { isRightToLeftLetter($0) }
        }
    }

    /// Escaped HTML of `text` for a page written in `direction`, each run in the other direction
    /// wrapped in `<span dir>`: from its first letter to its last letter or digit, with the spaces,
    /// quotes and dashes between. So "Schoon Plein '40-'45 (ساحة ٤٠-٤٥)" on an Arabic page keeps
    /// "Schoon Plein '40-'45" in one piece, read from the left, instead of the apostrophes and the
    /// "45" being pulled to the other side; a word of digits and punctuation in it does not break.
    static func isolatingRuns(_ text: String, in direction: Language.Direction) -> String {
        let scalars = Array(text.unicodeScalars)
        let isRTL = direction == .rtl
        func isOther(_ scalar: Unicode.Scalar) -> Bool { isRTL ? isLeftToRightLetter(scalar) : isRightToLeftLetter(scalar) }
        func isOwn(_ scalar: Unicode.Scalar) -> Bool { isRTL ? isRightToLeftLetter(scalar) : isLeftToRightLetter(scalar) }
        let other = direction == .rtl ? "ltr" : "rtl"
        var html = ""
        var index = 0
        func escaped(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return HTML.escape(String(view))
        }
        while index < scalars.count {
            guard let start = scalars[index...].firstIndex(where: isOther) else {
                html += escaped(index..<scalars.count)
                break
            }
            let next = scalars[start...].firstIndex(where: isOwn) ?? scalars.count
            // The run ends at its last letter or digit; the spaces and brackets after it belong to
            // the text around it.
            let end = (start..<next).last { isOther(scalars[$0]) || scalars[$0].properties.numericType != nil } ?? start
            html += escaped(index..<start) + "<span dir=\"\(other)\">" + unbroken(escaped(start..<(end + 1))) + "</span>"
            index = end + 1
        }
        return html
    }

    /// A word of digits and punctuation ("'40-'45") kept on one line: broken at its dash, the part
    /// on the next line is laid out again in the page's direction and its quote jumps sides.
    private static func unbroken(_ html: String) -> String {
        html.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.contains(where: \.isNumber) && word.contains(where: { $0 == "-" || $0 == "&" })
                ? "<span class=\"nowrap\">\(word)</span>" : String(word)
        }.joined(separator: " ")
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
    static func isRightToLeftLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// A letter that is not right-to-left: Latin, Greek, Cyrillic, and the other scripts written
    /// from the left.
    static func isLeftToRightLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) &- 0x61 < 26 }
        // The cheap range test first: on an Arabic page nearly every letter is a right-to-left one.
        return !isRightToLeftLetter(scalar) && scalar.properties.isAlphabetic
    }
}
