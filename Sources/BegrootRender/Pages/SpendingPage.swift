import BegrootContent
import BegrootCore

/// `/<buurt>/spending/`: the open books — totals, awarded versus spent per plan and per theme, and
/// every line of the ledger.
enum SpendingPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let books = view.books
        let path = context.paths.buurtSection(context.code, buurt.slug, .spending)
        var values = view.baseValues(from: path, context)
        values["budgetHtml"] = BudgetPicture.html(books, context)
        values["processCosts"] = context.money(books.processCosts)
        values["hasLedger"] = !(buurt.spending?.lines.isEmpty ?? true)
        values["plans"] = view.plansByStatus.filter { $0.awarded != nil || books.spent(on: $0.slug) != .zero }.map { plan -> [String: Any] in
            var row = PlanPage.summary(plan, in: view, from: path, context)
            let awarded = plan.awarded?.value ?? .zero
            let spent = books.spent(on: plan.slug)
            row["barHtml"] = Bar.html(percent: spent.percent(of: awarded), style: "spent")
            row["spentShare"] = awarded == .zero ? "–" : context.format.percent(spent.percent(of: awarded))
            return row
        }
        values["hasPlans"] = !(values["plans"] as? [[String: Any]] ?? []).isEmpty
        values["themes"] = ProgressPage.themeRows(view, from: path, context)
        values["hasThemes"] = !buurt.themes.isEmpty
        values["lines"] = (buurt.spending?.lines ?? []).map { line -> [String: Any] in
            let plan = line.plan.flatMap { buurt.plan($0.value) }
            return [
                "date": context.date(line.date.value),
                "dateISO": line.date.value.iso,
                "planHtml": plan.map { context.html($0.title) } ?? HTML.escape(context.strings["spending.process"]),
                "planHref": plan.map { context.link(from: path, to: context.paths.plan(context.code, buurt.slug, $0.slug)) } ?? "",
                "description": line.description,
                "supplier": line.supplier ?? "",
                "amount": context.money(line.amount.value),
                "isRefund": line.isRefund,
            ]
        }
        values["total"] = context.money(books.spent)
        let title = context.strings["buurt.menu.spending"]
        let content = context.render("spending", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "spending-page") {
            context.paths.buurtSection($0, buurt.slug, .spending)
        }.render(content: content)
    }
}
