import BegrootContent

/// Which texts need isolating from the text around them: those holding a letter written in the
/// other direction than the page (Latin in an Arabic page, Arabic or Hebrew in a Dutch one).
enum BidiText {
    static func mixesDirections(_ text: String, in direction: Language.Direction) -> Bool {
        switch direction {
        case .rtl: text.unicodeScalars.contains { isLeftToRightLetter($0) }
        case .ltr: text.unicodeScalars.contains { isRightToLeftLetter($0) }
        }
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
        scalar.properties.isAlphabetic && !isRightToLeftLetter(scalar)
    }
}
