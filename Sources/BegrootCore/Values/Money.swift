/// An exact amount of money in cents. Never a floating-point number: budgets must add up to the cent.
public struct Money: Hashable, Sendable, Comparable {
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public init(euros: Int64) {
        self.cents = euros * 100
    }

    public static let zero = Money(cents: 0)

    /// Reads `1234`, `1234.5`, `-1234.56`, with `decimalSeparator` and, when given, a group separator
    /// between groups of three digits (`1.234,56`). Returns nil for anything else, such as `12,3,4`
    /// or more than two decimals.
    public init?(parsing text: String, decimalSeparator: Character = ".", groupSeparator: Character? = nil) {
        var rest = Substring(text.trimmingSpaces)
        var negative = false
        if rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: decimalSeparator, maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholePart = parts.first, !wholePart.isEmpty else { return nil }
        guard let whole = Money.readWhole(wholePart, groupSeparator: groupSeparator) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
            fraction = Int64(digits)! * (digits.count == 1 ? 10 : 1)
        }
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        cents = (product + fraction) * (negative ? -1 : 1)
    }

    private static func readWhole(_ text: Substring, groupSeparator: Character?) -> Int64? {
        if let separator = groupSeparator, text.contains(separator) {
            let groups = text.split(separator: separator, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            return readWhole(Substring(groups.joined()), groupSeparator: nil)
        }
        guard text.count <= 15, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int64(text)
    }

    /// The whole units (euros) and the remaining cents, both without sign.
    public var parts: (whole: Int64, cents: Int64) {
        let magnitude = cents.magnitude
        return (Int64(magnitude / 100), Int64(magnitude % 100))
    }

    public var isNegative: Bool { cents < 0 }

    /// The amount for machines: a decimal point, two decimals, no thousands separator (`-1234.50`).
    public var decimalText: String {
        let (whole, cents) = parts
        return (isNegative ? "-" : "") + String(whole) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The share `self / total` in whole per cent, rounded half up; 0 when the total is zero.
    public func percent(of total: Money) -> Int {
        guard total.cents > 0 else { return 0 }
        return Int((cents * 100 * 2 + total.cents) / (total.cents * 2))
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }

    /// Whether any of the amounts has cents: then a table shows all of them with cents.
    public var anyHasCents: Bool { contains { $0.parts.cents != 0 } }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    public var trimmingSpaces: Substring {
        let scalars = self[...]
        guard let start = scalars.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.isWhitespace })!
        return Substring(scalars[start...end])
    }
}

extension String {
    /// The text without whitespace around it; the text itself, without copying, when it starts and
    /// ends with a visible ASCII character (nearly always). Foundation's `trimmingCharacters(in:)`
    /// was a tenth of loading a spending ledger.
    public var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        return String(trimmingSpaces)
    }
}
