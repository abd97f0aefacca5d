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
