import BegrootCore

/// One line of a buurt's `spending.csv`: money paid out (or, when negative, a refund).
public struct SpendingLine: Sendable {
    public var date: Located<DayDate>
    /// The plan the money was for; nil for costs of the process itself.
    public var plan: Located<String>?
    public var description: String
    public var amount: Located<Money>
    public var supplier: String?
    /// The start of the row in the CSV file.
    public var location: SourceLocation

    public var isRefund: Bool { amount.value.isNegative }
}

/// A buurt's spending ledger, in the order of the file.
public struct SpendingLedger: Sendable {
    public var file: String
    public var lines: [SpendingLine]

    public init(file: String, lines: [SpendingLine]) {
        self.file = file
        self.lines = lines
    }

    /// Everything spent, refunds subtracted.
    public var total: Money { lines.map(\.amount.value).sum() }

    /// Spent on one plan, refunds subtracted.
    public func spent(on plan: String) -> Money {
        lines.filter { $0.plan?.value == plan }.map(\.amount.value).sum()
    }

    /// Spent on the process itself (lines without a plan).
    public var processCosts: Money {
        lines.filter { $0.plan == nil }.map(\.amount.value).sum()
    }
}
