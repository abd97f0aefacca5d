import BegrootCore

public enum PlanStatus: String, Sendable, CaseIterable {
    case submitted
    case selected
    case notSelected = "not-selected"
    case inProgress = "in-progress"
    case completed
    case cancelled

    /// The order in which pages group plans: the money's path (chosen, being carried out, done),
    /// then the plans that did not get money.
    public static let displayOrder: [PlanStatus] = [.selected, .inProgress, .completed, .submitted, .notSelected, .cancelled]

    /// Whether a plan in this status must carry an `awarded` amount.
    public var requiresAward: Bool { [.selected, .inProgress, .completed].contains(self) }
    /// Whether a plan in this status must not carry an `awarded` amount.
    public var forbidsAward: Bool { [.submitted, .notSelected].contains(self) }
}

public struct Milestone: Hashable, Sendable {
    public var date: Located<DayDate>
    public var title: LocalizedText
    public var done: Bool
}

/// A theme of a buurt (`themes.yaml`), with the share of the budget it was given.
public struct Theme: Sendable {
    public var slug: String
    public var title: LocalizedText
    public var description: LocalizedText?
    public var budget: Located<Money>?
    public var location: SourceLocation
}

/// A residents' plan, from `plans/<slug>.md` and its translations.
public struct Plan: Sendable {
    public var slug: String
    public var title: LocalizedText
    /// A sentence or two for lists and previews; optional.
    public var summary: LocalizedText?
    public var theme: Located<String>?
    public var status: Located<PlanStatus>
    public var requested: Located<Money>?
    public var awarded: Located<Money>?
    public var proposers: [String]
    /// Where `proposers` has its value, when the field is there (`proposers: []`).
    public var proposersLocation: SourceLocation?
    public var submitted: Located<DayDate>?
    public var progressGiven: Located<Int>?
    public var milestones: [Milestone]
    public var image: Located<String>?
    public var isDraft: Bool
    public var body: LocalizedMarkdown
    public var location: SourceLocation

    /// The award as it counts in the buurt's total: a cancelled plan's award does not.
    public var countedAward: Money {
        status.value == .cancelled ? .zero : (awarded?.value ?? .zero)
    }

    /// Progress in per cent: as given, else 100 when completed, else the share of milestones done.
    public var progress: Int {
        if let progressGiven { return progressGiven.value }
        if status.value == .completed { return 100 }
        guard !milestones.isEmpty else { return 0 }
        return milestones.count { $0.done } * 100 / milestones.count
    }
}
