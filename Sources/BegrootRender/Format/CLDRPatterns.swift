import Foundation

/// How one language writes numbers, money, percentages and dates, read once from CLDR through the
/// platform's ICU-backed formatters (Foundation) — never from tables of our own. Each shape is
/// taken from a formatted sample (`1234567.89` as a number, as money and as a percentage, the long
/// date pattern), so that a build formats thousands of amounts without calling ICU again.
struct CLDRPatterns: Sendable {
    var decimal: NumberShape
    var money: NumberShape
    var percent: NumberShape
    var date: DatePattern

    /// `identifier` is a CLDR locale such as `en_GB` or `pl`; numbers are always written in Latin
    /// digits (as Babel and most portals do) and dates in the Gregorian calendar of `DayDate`.
    init(locale identifier: String, currency: String) {
        let locale = Locale(identifier: identifier + "@calendar=gregorian;numbers=latn")
        // swift-foundation's format styles (ICU's number formatter), not NumberFormatter, whose
        // Linux implementation drops secondary grouping (`12,34,567` in Hindi).
        let sample = Decimal(string: "1234567.89")!
        let twoDecimals = NumberFormatStyleConfiguration.Precision.fractionLength(2)
        // CLDR's minimum grouping digits: Polish and Spanish write 1000 but 10 000.
        let groupsFourDigits = Decimal(1000).formatted(.number.locale(locale)).count > 4
        func shape(_ write: (Decimal) -> String) -> NumberShape {
            NumberShape(positive: write(sample), negative: write(-sample), groupsFourDigits: groupsFourDigits)
        }
        self.decimal = shape { $0.formatted(.number.precision(twoDecimals).locale(locale)) }
        self.money = shape { $0.formatted(.currency(code: currency).precision(twoDecimals).locale(locale)) }
        self.percent = shape { $0.formatted(.percent.precision(.fractionLength(0)).locale(locale)) }
        let dates = DateFormatter()
        dates.locale = locale
        dates.calendar = Calendar(identifier: .gregorian)
        dates.dateStyle = .long
        dates.timeStyle = .none
        self.date = DatePattern(
            pattern: dates.dateFormat, months: dates.monthSymbols, standaloneMonths: dates.standaloneMonthSymbols,
            shortMonths: dates.shortMonthSymbols, weekdays: dates.weekdaySymbols, shortWeekdays: dates.shortWeekdaySymbols)
    }
}

/// A number's written shape, read from a sample of it: what comes before and after the digits
/// (currency symbols, signs, bidi marks), the separators and the group sizes.
struct NumberShape: Sendable, Equatable {
    var prefix: String
    var suffix: String
    var negativePrefix: String
    var negativeSuffix: String
    var groupSeparator: String
    var decimalSeparator: String
    /// 3 almost everywhere; the Indian system groups by 3 and then by 2 (`12,34,567`).
    var primaryGroup: Int
    var secondaryGroup: Int
    /// False where CLDR's minimum grouping digits is 2 (pl, es: `1000`, `10 000`).
    var groupsFourDigits: Bool

    /// `positive` and `negative` are 1234567.89 and its negative, formatted with two decimals
    /// (a percentage formatter shows 123,456,789% for them, which reads just as well).
    init(positive: String, negative: String, groupsFourDigits: Bool) {
        let (prefix, core, suffix) = Self.split(positive)
        let (negativePrefix, _, negativeSuffix) = Self.split(negative)
        self.prefix = prefix
        self.suffix = suffix
        self.negativePrefix = negativePrefix
        self.negativeSuffix = negativeSuffix
        self.groupsFourDigits = groupsFourDigits
        // The runs of digits and of what lies between them: "1", ".", "234", ".", "567", ",", "89".
        var digitRuns: [Int] = []
        var separators: [String] = []
        var current = 0
        var separator = ""
        for character in core {
            if character.isASCII, character.isNumber {
                if !separator.isEmpty { separators.append(separator); separator = "" }
                current += 1
            } else {
                if current > 0 { digitRuns.append(current); current = 0 }
                separator.append(character)
            }
        }
        if current > 0 { digitRuns.append(current) }
        let hasFraction = digitRuns.count > 1 && digitRuns.last == 2 && separators.count == digitRuns.count - 1
            && (separators.count == 1 || separators.last != separators.first)
        decimalSeparator = hasFraction ? separators.last! : "."
        let integerRuns = hasFraction ? Array(digitRuns.dropLast()) : digitRuns
        groupSeparator = integerRuns.count > 1 ? separators[0] : ""
        primaryGroup = integerRuns.count > 1 ? integerRuns[integerRuns.count - 1] : 3
        secondaryGroup = integerRuns.count > 2 ? integerRuns[integerRuns.count - 2] : primaryGroup
    }

    /// What comes before the first digit, the digits with their separators, and what follows.
    static func split(_ text: String) -> (String, Substring, String) {
        guard let first = text.firstIndex(where: { $0.isASCII && $0.isNumber }),
              let last = text.lastIndex(where: { $0.isASCII && $0.isNumber })
        else { return ("", "", "") }
        return (String(text[..<first]), text[first...last], String(text[text.index(after: last)...]))
    }
}

/// A long date pattern (`d MMMM y`, `MMMM d, y`, `d 'de' MMMM 'de' y`) cut into parts, with the
/// month and weekday names it needs.
struct DatePattern: Sendable {
    enum Part: Sendable, Equatable {
        case literal(String)
        case day(width: Int)
        case month(width: Int, standalone: Bool)
        case year(width: Int)
        case weekday(width: Int)
    }

    var parts: [Part]
    var months: [String]
    var standaloneMonths: [String]
    var shortMonths: [String]
    var weekdays: [String]
    var shortWeekdays: [String]

    init(pattern: String, months: [String], standaloneMonths: [String], shortMonths: [String], weekdays: [String], shortWeekdays: [String]) {
        self.months = months
        self.standaloneMonths = standaloneMonths
        self.shortMonths = shortMonths
        self.weekdays = weekdays
        self.shortWeekdays = shortWeekdays
        // A field this does not know (an era, a quarter) would be written wrongly; CLDR's long
        // dates have none, but should one appear, the plain `d MMMM y` is written instead.
        parts = Self.parse(pattern) ?? Self.parse("d MMMM y")!
        if months.count != 12 || standaloneMonths.count != 12 || shortMonths.count != 12 { parts = [.day(width: 1), .literal(" "), .year(width: 1)] }
    }

    /// The pattern's fields and literals; nil when it has a field begroot does not write.
    static func parse(_ pattern: String) -> [Part]? {
        var parts: [Part] = []
        var literal = ""
        let characters = Array(pattern)
        var index = 0
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
        }
        while index < characters.count {
            let character = characters[index]
            if character == "'" {
                // 'de' is a literal; '' is an apostrophe.
                var end = index + 1
                if end < characters.count, characters[end] == "'" { literal.append("'"); index += 2; continue }
                while end < characters.count, characters[end] != "'" { literal.append(characters[end]); end += 1 }
                index = end + 1
                continue
            }
            guard character.isASCII, character.isLetter else {
                literal.append(character)
                index += 1
                continue
            }
            var width = 1
            while index + width < characters.count, characters[index + width] == character { width += 1 }
            flush()
            switch character {
            case "d": parts.append(.day(width: width))
            case "M", "L": parts.append(.month(width: width, standalone: character == "L"))
            case "y": parts.append(.year(width: width))
            case "E": parts.append(.weekday(width: width))
            default: return nil
            }
            index += width
        }
        flush()
        return parts
    }
}
