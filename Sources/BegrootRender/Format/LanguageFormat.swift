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
        moneyPattern = Placeholders(strings["format.money"].replacing(character: " ", with: "\u{00A0}"))
        percentPattern = Placeholders(strings["format.percent"])
        datePattern = Placeholders(strings["format.date"])
        monthNames = (1...12).map { strings["month.\($0)"] }
        currencySymbol = Self.symbols[currency] ?? currency
    }

    static let symbols = ["EUR": "€", "USD": "$", "GBP": "£", "TRY": "₺", "CHF": "CHF", "JPY": "¥"]

    /// `25.000` or `25,000`.
    func grouped(_ value: Int64) -> String {
        var digits = String(value.magnitude)
        if digits.utf8.count > 3 {
            // Insert the separator from the right, every three digits.
            var result = ""
            result.reserveCapacity(digits.utf8.count + digits.utf8.count / 3 * groupSeparator.utf8.count)
            let bytes = Array(digits.utf8)
            for (index, byte) in bytes.enumerated() {
                if index > 0, (bytes.count - index) % 3 == 0 { result += groupSeparator }
                result.unicodeScalars.append(Unicode.Scalar(byte))
            }
            digits = result
        }
        return value < 0 ? "-" + digits : digits
    }

    public func integer(_ value: Int) -> String { isolated(grouped(Int64(value))) }

    private func isolated(_ text: String) -> String {
        isolatesNumbers ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// Whole amounts without decimals (`€ 25.000`), others with two (`€ 1.234,50`).
    public func money(_ amount: Money) -> String {
        let (whole, cents) = amount.parts
        var number = grouped(whole)
        if cents != 0 { number += decimalSeparator + padded(Int(cents), width: 2) }
        if amount.isNegative { number = "-" + number }
        return isolated(moneyPattern.fill(["symbol": currencySymbol, "amount": number]))
    }

    public func percent(_ value: Int) -> String {
        isolated(percentPattern.fill(["number": grouped(Int64(value))]))
    }

    public func date(_ date: DayDate) -> String {
        datePattern.fill(["day": String(date.day), "month": monthNames[date.month - 1], "year": String(date.year)])
    }
}
