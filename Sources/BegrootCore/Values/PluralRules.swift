/// The CLDR plural categories: which form of a word goes with a number ("1 plan", "3 plannen").
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// Plural rules for whole numbers, after the Unicode CLDR tables, for the languages spoken in
/// Dutch neighbourhoods and their neighbours. A language not listed uses English's rule
/// (`one` for 1, `other` for the rest), which is also right for nl, tr, de and many others.
public enum PluralRules {
    /// The category of `number` in `language` (a code such as `ar` or `pt-br`; only the part
    /// before a `-` counts).
    public static func category(_ number: Int, language: String) -> PluralCategory {
        let n = number.magnitude
        let lastTwo = n % 100
        let last = n % 10
        switch baseLanguage(language) {
        case "ar":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                if (3...10).contains(lastTwo) { return .few }
                if (11...99).contains(lastTwo) { return .many }
                return .other
            }
        case "fr", "pt", "fa", "hi", "am":
            // 0 and 1 take the singular.
            return n <= 1 ? .one : .other
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(last), !(12...14).contains(lastTwo) { return .few }
            return .many
        case "ru", "uk", "be":
            if last == 1, lastTwo != 11 { return .one }
            if (2...4).contains(last), !(12...14).contains(lastTwo) { return .few }
            return .many
        case "bs", "hr", "sr":
            if last == 1, lastTwo != 11 { return .one }
            if (2...4).contains(last), !(12...14).contains(lastTwo) { return .few }
            return .other
        case "ro":
            if n == 1 { return .one }
            if n == 0 || (1...19).contains(lastTwo) { return .few }
            return .other
        case "ja", "zh", "ko", "id", "ms", "th", "vi", "my", "km", "lo":
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// The categories a language uses, `other` always among them, in CLDR order.
    public static func categories(language: String) -> [PluralCategory] {
        let samples = Array(0...200) + [1000, 1001, 1002, 1003, 1011]
        let used = Set(samples.map { category($0, language: language) })
        return PluralCategory.allCases.filter(used.contains)
    }

    static func baseLanguage(_ code: String) -> String {
        String(code.split(separator: "-").first ?? Substring(code))
    }
}
