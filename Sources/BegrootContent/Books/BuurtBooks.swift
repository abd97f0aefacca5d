import BegrootCore

/// The sums of one buurt that every page shows the same way: budget, awarded, spent, left, per
/// theme and per plan. Computed once from the model, so a figure never differs between pages.
public struct BuurtBooks: Sendable {
    public struct ThemeBooks: Sendable {
        public var slug: String
        /// The theme's share of the budget, when it has one.
        public var budget: Money?
        public var awarded: Money
        public var spent: Money
        public var planCount: Int
    }

    public var budget: Money
    /// Awards that count: a cancelled plan's award does not.
    public var awarded: Money
    /// Everything spent, refunds subtracted, the process's own costs included.
    public var spent: Money
    /// Spent on the process itself (lines without a plan).
    public var processCosts: Money
    /// Budget not awarded yet (negative when over-awarded, which the checks refuse).
    public var notAwarded: Money { budget - awarded }
    /// Budget not spent yet.
    public var notSpent: Money { budget - spent }
    public var spentByPlan: [String: Money]
    public var themes: [ThemeBooks]
    /// Number of plans per status, in `PlanStatus.displayOrder`, statuses without plans left out.
    public var statusCounts: [(status: PlanStatus, count: Int)]

    public init(_ buurt: Buurt) {
        budget = buurt.budget.value
        awarded = buurt.plans.map(\.countedAward).sum()
        spent = buurt.spending?.total ?? .zero
        processCosts = buurt.spending?.processCosts ?? .zero
        var byPlan: [String: Money] = [:]
        for line in buurt.spending?.lines ?? [] {
            if let plan = line.plan?.value { byPlan[plan, default: .zero] += line.amount.value }
        }
        spentByPlan = byPlan
        themes = buurt.themes.map { theme in
            let plans = buurt.plans.filter { $0.theme?.value == theme.slug }
            return ThemeBooks(
                slug: theme.slug, budget: theme.budget?.value, awarded: plans.map(\.countedAward).sum(),
                spent: plans.map { byPlan[$0.slug] ?? .zero }.sum(), planCount: plans.count)
        }
        statusCounts = PlanStatus.displayOrder.compactMap { status in
            let count = buurt.plans.count { $0.status.value == status }
            return count == 0 ? nil : (status, count)
        }
    }

    public func spent(on plan: String) -> Money { spentByPlan[plan] ?? .zero }

    public func theme(_ slug: String) -> ThemeBooks? { themes.first { $0.slug == slug } }

    public func count(_ status: PlanStatus) -> Int { statusCounts.first { $0.status == status }?.count ?? 0 }

    /// Whole per cent of the budget, between 0 and 100, for bars.
    public func share(_ amount: Money) -> Int { min(100, max(0, amount.percent(of: budget))) }
}

/// Where a phase of the timeline stands on a given day.
public enum PhaseState: String, Sendable {
    case done, current, upcoming
}

extension Buurt {
    /// The state of each phase on `today`. A phase without an end lasts until the next one starts;
    /// the last one without an end is current from its start on.
    public func phaseStates(on today: DayDate) -> [PhaseState] {
        phases.enumerated().map { index, phase in
            if today < phase.start.value { return .upcoming }
            if let end = phase.end?.value { return today > end ? .done : .current }
            if index + 1 < phases.count, !(today < phases[index + 1].start.value) { return .done }
            return .current
        }
    }
}

/// Where a buurt's process stands on a given day, from its timeline: what is going on now, what
/// comes next, and when.
public enum ProcessMoment: Hashable, Sendable {
    /// The buurt has published no timeline.
    case noTimeline
    /// Nothing has started yet; `next` is the first phase.
    case notStarted(next: Phase)
    /// One phase (or several overlapping ones) is going on; `next` is the first one still to come.
    case during(current: [Phase], next: Phase?)
    /// One phase has ended and the next has not begun.
    case between(last: Phase, next: Phase)
    /// Every phase is over; `last` is the one that ended last.
    case finished(last: Phase)
}

extension Buurt {
    /// Where the process stands on `today` (see `phaseStates(on:)` for when a phase is current).
    public func moment(on today: DayDate) -> ProcessMoment {
        let states = Array(zip(phases, phaseStates(on: today)))
        let current = states.filter { $0.1 == .current }.map(\.0)
        let next = states.first { $0.1 == .upcoming }?.0
        let last = states.last { $0.1 == .done }?.0
        if phases.isEmpty { return .noTimeline }
        if !current.isEmpty { return .during(current: current, next: next) }
        switch (last, next) {
        case (nil, let next?): return .notStarted(next: next)
        case (let last?, let next?): return .between(last: last, next: next)
        case (let last?, nil): return .finished(last: last)
        case (nil, nil): return .noTimeline
        }
    }
}

/// A milestone still to be done, with the plan it belongs to.
public struct PendingMilestone: Sendable {
    public var plan: Plan
    public var milestone: Milestone
}

extension Buurt {
    /// The milestones not yet done of the plans that are being carried out (selected or in
    /// progress), soonest first; ties in plan order. Milestones of plans that were not chosen,
    /// were cancelled or are completed are not "next".
    public func pendingMilestones() -> [PendingMilestone] {
        let active: Set<PlanStatus> = [.selected, .inProgress]
        return plans.enumerated()
            .filter { active.contains($0.element.status.value) }
            .flatMap { index, plan in plan.milestones.enumerated().filter { !$0.element.done }.map { (index, $0.offset, plan, $0.element) } }
            .sorted { ($0.3.date.value, $0.0, $0.1) < ($1.3.date.value, $1.0, $1.1) }
            .map { PendingMilestone(plan: $0.2, milestone: $0.3) }
    }
}
