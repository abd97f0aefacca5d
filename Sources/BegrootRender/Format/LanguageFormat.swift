import BegrootContent
import BegrootCore

/// Numbers, money, percentages and dates written the way CLDR writes them for one language:
/// `€ 25.000` and `14 september 2021` in Dutch, `€25,000` and `September 14, 2021` in English,
/// `25 000 €` and `14 września 2021` in Polish — also for a language the theme has no strings for.
/// The shapes are read once per build (`CLDRPatterns`); writing a number is then plain string work.
public struct LanguageFormat: Sendable {
    let patterns: CLDRPatterns
    /// In a right-to-left language, numbers, amounts and percentages are wrapped in a right-to-left
    /// isolate (U+2067 … U+2069), inside which CLDR's own bidi marks put the minus sign, the
    /// currency symbol and the percent sign where an Arabic reader expects them, however the
    /// sentence around it runs.
    let isolatesNumbers: Bool

    public init(language: Language, currency: String) {
        patterns = CLDRPatterns(locale: language.localeIdentifier, currency: currency)
        isolatesNumbers = language.direction == .rtl
    }

    /// `25.000` or `25,000`, by the shape's separator and group sizes.
    static func grouped(_ magnitude: UInt64, _ shape: NumberShape) -> String {
        let digits = Array(String(magnitude).utf8)
        let grouping = !shape.groupSeparator.isEmpty
            && digits.count > shape.primaryGroup + (shape.groupsFourDigits ? 0 : 1)
        guard grouping else { return String(decoding: digits, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count * 2)
        // From the right: the primary group, then secondary groups, a separator between each.
        var groups: [ArraySlice<UInt8>] = []
        var end = digits.count
        var size = shape.primaryGroup
        while end > 0 {
            let start = max(0, end - size)
            groups.append(digits[start..<end])
            end = start
            size = shape.secondaryGroup
        }
        for (index, group) in groups.reversed().enumerated() {
            if index > 0 { bytes += shape.groupSeparator.utf8 }
            bytes += group
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func written(_ number: String, negative: Bool, _ shape: NumberShape) -> String {
        let text = negative ? shape.negativePrefix + number + shape.negativeSuffix : shape.prefix + number + shape.suffix
        return isolatesNumbers ? "\u{2067}" + text + "\u{2069}" : text
    }

    public func integer(_ value: Int) -> String {
        written(Self.grouped(UInt64(value.magnitude), patterns.decimal), negative: value < 0, patterns.decimal)
    }

    /// Whole amounts without decimals (`€ 25.000`), others with two (`€ 1.234,50`); with `cents`
    /// set, always with two (`€ 25.000,00`) — for a table where some amounts have cents, so that
    /// the column's amounts line up and read alike (`Money.anyHasCents`).
    public func money(_ amount: Money, cents withCents: Bool = false) -> String {
        let shape = patterns.money
        let (whole, cents) = amount.parts
        var number = Self.grouped(whole.magnitude, shape)
        if cents != 0 || withCents { number += shape.decimalSeparator + padded(Int(cents.magnitude), width: 2) }
        return written(number, negative: amount.isNegative, shape)
    }

    public func percent(_ value: Int) -> String {
        written(Self.grouped(UInt64(value.magnitude), patterns.percent), negative: value < 0, patterns.percent)
    }

    public func date(_ date: DayDate) -> String {
        let pattern = patterns.date
        var text = ""
        for part in pattern.parts {
            switch part {
            case .literal(let literal): text += literal
            case .day(let width): text += padded(date.day, width: width)
            case .month(let width, let standalone):
                switch width {
                case 1, 2: text += padded(date.month, width: width)
                case 3: text += pattern.shortMonths[date.month - 1]
                default: text += (standalone ? pattern.standaloneMonths : pattern.months)[date.month - 1]
                }
            case .year(let width): text += width == 2 ? padded(date.year % 100, width: 2) : String(date.year)
            case .weekday(let width):
                let names = width >= 4 ? pattern.weekdays : pattern.shortWeekdays
                if names.count == 7 { text += names[date.weekday] }
            }
        }
        return text
    }
}
