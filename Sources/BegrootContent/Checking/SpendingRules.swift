import BegrootCore

/// Open books: every spending line belongs to a known plan or the process itself, a plan's spending
/// stays within its award (a warning: a volunteer may be recording an agreed overrun) and the
/// buurt's spending within its budget. Refunds count against spending, and an overrun is reported
/// at the row after which the total stays over the limit.
enum SpendingRules {
    static func check(_ buurt: Buurt, references: PlanReferences, money: MoneyText, _ diagnostics: inout Diagnostics) {
        guard let ledger = buurt.spending else { return }
        var plans: [String: Plan] = [:]
        for line in ledger.lines {
            guard let reference = line.plan, let plan = references.resolve(reference, from: "spending.csv", &diagnostics) else { continue }
            plans[plan.slug] = plan
        }
        let budget = buurt.budget.value
        if let row = crossing(ledger.lines, limit: budget) {
            let total = ledger.total
            diagnostics.error(
                "spending adds up to \(money(total)), more than the buurt budget \(money(budget)) by \(money(total - budget))",
                at: row.amount.location)
        }
        for plan in plans.values.sorted(by: { $0.slug < $1.slug }) {
            let lines = ledger.lines.filter { $0.plan?.value == plan.slug }
            let award = plan.awarded?.value ?? .zero
            guard let row = crossing(lines, limit: award) else { continue }
            let spent = ledger.spent(on: plan.slug)
            if plan.awarded == nil {
                diagnostics.warning(
                    "\(money(spent)) is spent on '\(plan.slug)', which has no award (it is \(plan.status.value.rawValue))",
                    at: row.plan!.location)
            } else {
                diagnostics.warning(
                    "spending on '\(plan.slug)' adds up to \(money(spent)), more than its award \(money(award)) by \(money(spent - award))",
                    at: row.amount.location)
            }
        }
    }

    /// The line after which the running total of `lines` stays above `limit`, or nil if it ends within it.
    static func crossing(_ lines: [SpendingLine], limit: Money) -> SpendingLine? {
        var total = Money.zero
        var crossed: SpendingLine?
        for line in lines {
            let before = total
            total += line.amount.value
            if total > limit, !(before > limit) { crossed = line }
        }
        return total > limit ? crossed : nil
    }
}
