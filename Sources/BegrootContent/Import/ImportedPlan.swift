import BegrootCore

/// One row of a spreadsheet of plans, read and checked: what `import plans` writes as a plan file
/// (and a translation file for each language the row has a title, summary or text in).
public struct ImportedPlan: Sendable {
    /// The row as the spreadsheet numbers it (the header is 1).
    public var row: Int
    public var title: Located<String>
    public var summary: String?
    public var theme: String?
    public var status: PlanStatus
    public var requested: Money?
    public var awarded: Located<Money>?
    public var proposers: [String]
    public var submitted: DayDate?
    /// The plan itself, Markdown as it stood in the cell.
    public var text: String
    /// Per language other than the default: the translated title, summary and text that were filled in.
    public var translations: [String: Translation]

    public struct Translation: Sendable, Equatable {
        public var title: String?
        public var summary: String?
        public var text: String?
    }
}
