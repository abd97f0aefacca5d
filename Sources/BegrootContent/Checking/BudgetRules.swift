import BegrootCore

/// Money that is handed out must fit: plans within the buurt budget and their theme's budget,
/// theme budgets within the buurt budget.
enum BudgetRules {
    static func check(_ buurt: Buurt, money: MoneyText, _ diagnostics: inout Diagnostics) {
        let budget = buurt.budget.value
        let awarded = buurt.plans.map(\.countedAward).sum()
        if awarded > budget {
            diagnostics.error(
                "awarded \(money(awarded)) exceeds the buurt budget \(money(budget)) by \(money(awarded - budget))",
                at: buurt.budget.location)
        }
        let themeBudgets = buurt.themes.compactMap { $0.budget?.value }.sum()
        if themeBudgets > budget {
            diagnostics.error(
                "the theme budgets add up to \(money(themeBudgets)), more than the buurt budget \(money(budget)) by \(money(themeBudgets - budget))",
                at: buurt.budget.location)
        }
        for theme in buurt.themes {
            guard let themeBudget = theme.budget else { continue }
            let themeAwarded = buurt.plans.filter { $0.theme?.value == theme.slug }.map(\.countedAward).sum()
            if themeAwarded > themeBudget.value {
                diagnostics.error(
                    "awarded \(money(themeAwarded)) to theme '\(theme.slug)' exceeds its budget \(money(themeBudget.value)) by \(money(themeAwarded - themeBudget.value))",
                    at: themeBudget.location)
            }
        }
    }
}
