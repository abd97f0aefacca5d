import BegrootCore

/// Numbers, money, percentages and dates written the way a reader of one language expects:
/// `€ 25.000` and `14 september 2021` in Dutch, `€25,000` and `14 September 2021` in English.
/// The rules come from the interface strings (`format.*`, `month.1` …), so a site can add a language.
public struct LanguageFormat: Sendable {
    let decimalSeparator: String
    let groupSeparator: String
    /// `{symbol} {amount}` (nl), `{symbol}{amount}` (en); a space becomes a no-break space.
    let moneyPattern: Placeholders
    /// `{number}%`, `%{number}` (tr), `{number}٪` (ar).
    let percentPattern: Placeholders
    /// `{day} {month} {year}`.
    let datePattern: Placeholders
    let monthNames: [String]
    let currencySymbol: String
    /// In a right-to-left language, numbers, amounts and percentages are wrapped in a left-to-right
    /// isolate (U+2066 … U+2069, the plain-text `<bdi dir="ltr">`), so a minus sign, a currency
    /// symbol or a percent sign stays where it belongs however the sentence around it runs.
    let isolatesNumbers: Bool

    public init(strings: InterfaceStrings, currency: String, isolatesNumbers: Bool = false) {
        self.isolatesNumbers = isolatesNumbers
        decimalSeparator = strings["format.decimal"]
        groupSeparator = strings["format.group"].replacing(character: " ", with: "\u{202F}")
        currencySymbol = Self.symbols[currency] ?? currency
        moneyPattern = Placeholders(strings["format.money"].replacing(character: " ", with: "\u{00A0}"))
            .partiallyFilled(["symbol": currencySymbol])
        percentPattern = Placeholders(strings["format.percent"])
        datePattern = Placeholders(strings["format.date"])
        monthNames = (1...12).map { strings["month.\($0)"] }
    }

    static let symbols = ["EUR": "€", "USD": "$", "GBP": "£", "TRY": "₺", "CHF": "CHF", "JPY": "¥"]

    /// `25.000` or `25,000`.
    func grouped(_ value: Int64) -> String {
        if value > -1000, value < 1000 { return String(value) }
        // The digits from the right, the separator before every third one, then reversed.
        var bytes: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        var digits: [UInt8] = []
        var rest = value.magnitude
        var count = 0
        repeat {
            if count > 0, count % 3 == 0 { digits.append(0) }  // 0 marks a separator
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            count += 1
            rest /= 10
        } while rest > 0
        for digit in digits.reversed() {
            if digit == 0 { bytes += groupSeparator.utf8 } else { bytes.append(digit) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func integer(_ value: Int) -> String { isolated(grouped(Int64(value))) }

    private func isolated(_ text: String) -> String {
        isolatesNumbers ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// Whole amounts without decimals (`€ 25.000`), others with two (`€ 1.234,50`); with `cents`
    /// set, always with two (`€ 25.000,00`) — for a table where some amounts have cents, so that
    /// the column's amounts line up and read alike (`Money.anyHasCents`).
    public func money(_ amount: Money, cents withCents: Bool = false) -> String {
        let (whole, cents) = amount.parts
        var number = grouped(whole)
        if cents != 0 || withCents { number += decimalSeparator + padded(Int(cents), width: 2) }
        if amount.isNegative { number = "-" + number }
        return isolated(moneyPattern.fill { $0 == "amount" ? number : nil })
    }

    public func percent(_ value: Int) -> String {
        let number = grouped(Int64(value))
        return isolated(percentPattern.fill { $0 == "number" ? number : nil })
    }

    public func date(_ date: DayDate) -> String {
        datePattern.fill { name in
            switch name {
            case "day": String(date.day)
            case "month": monthNames[date.month - 1]
            case "year": String(date.year)
            default: nil
            }
        }
    }
}
