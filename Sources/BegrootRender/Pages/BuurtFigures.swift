import BegrootContent
import BegrootCore

/// The sums of a buurt that pages show: budget, awarded, left, plans per status.
struct BuurtFigures {
    let budget: Money
    let awarded: Money
    let left: Money
    let awardedPercent: Int
    let completed: Int

    init(_ buurt: Buurt) {
        budget = buurt.budget.value
        awarded = buurt.plans.map(\.countedAward).sum()
        left = budget - awarded
        awardedPercent = min(100, max(0, awarded.percent(of: budget)))
        completed = buurt.plans.count { $0.status.value == .completed }
    }

    /// The budget bar's values for the templates.
    func values(in context: LanguageContext) -> [String: Any] {
        [
            "budget": context.money(budget),
            "awarded": context.money(awarded),
            "left": context.money(left),
            "isOverspent": left.isNegative,
            "awardedPercent": awardedPercent,
            "awardedPercentText": context.format.percent(awardedPercent),
        ]
    }
}
