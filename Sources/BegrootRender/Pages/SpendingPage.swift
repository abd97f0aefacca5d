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
        values["budgetHtml"] = .text(BudgetPicture.html(books, context))
        values["processCosts"] = .text(context.money(books.processCosts))
        values["hasLedger"] = .flag(!(buurt.spending?.lines.isEmpty ?? true))
        let listed = view.plansByStatus.filter { $0.awarded != nil || books.spent(on: $0.slug) != .zero }
        // Each table's amounts all with cents or all without.
        let planCents = (listed.compactMap { $0.awarded?.value } + listed.map { books.spent(on: $0.slug) }).anyHasCents
        let plans = listed.map { plan in
            var row = PlanPage.summary(plan, in: view, from: path, context).values
            let awarded = plan.awarded?.value ?? .zero
            let spent = books.spent(on: plan.slug)
            row["awarded"] = .text(plan.awarded.map { context.money($0.value, cents: planCents) } ?? "")
            row["spent"] = .text(context.money(spent, cents: planCents))
            row["barHtml"] = .text(Bar.html(percent: spent.percent(of: awarded), style: "spent"))
            row["spentShare"] = .text(awarded == .zero ? "–" : context.format.percent(spent.percent(of: awarded)))
            return row
        }
        values["plans"] = .maps(plans)
        values["hasPlans"] = .flag(!plans.isEmpty)
        values["themes"] = .maps(ProgressPage.themeRows(view, from: path, context))
        values["hasThemes"] = .flag(!buurt.themes.isEmpty)
        let ledger = buurt.spending?.lines ?? []
        let lineCents = (ledger.map(\.amount.value) + [books.spent]).anyHasCents
        values["lines"] = .maps(ledger.map { line in
            let plan = line.plan.flatMap { buurt.plan($0.value) }
            return [
                "date": .text(context.date(line.date.value)),
                "dateISO": .text(line.date.value.iso),
                "planHtml": .text(plan.map { context.html($0.title) } ?? HTML.escape(context.strings["spending.process"])),
                "planHref": .text(plan.map { context.link(from: path, to: context.paths.plan(context.code, buurt.slug, $0.slug)) } ?? ""),
                "description": .text(line.description),
                "supplier": .text(line.supplier ?? ""),
                "amount": .text(context.money(line.amount.value, cents: lineCents)),
                "isRefund": .flag(line.isRefund),
            ]
        })
        values["total"] = .text(context.money(books.spent, cents: lineCents))
        let title = context.strings["buurt.menu.spending"]
        values["plansDownloadHtml"] = .text(DataPage.downloadLink(.plans(buurt.slug), from: path, context))
        values["spendingDownloadHtml"] = .text(DataPage.downloadLink(.spending(buurt.slug), from: path, context))
        let content = context.render("spending", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "spending-page") {
            context.paths.buurtSection($0, buurt.slug, .spending)
        }.render(content: content)
    }
}
