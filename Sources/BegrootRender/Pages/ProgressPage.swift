import BegrootContent
import BegrootCore

/// `/<buurt>/progress/`: how many plans are in each status, every plan's progress, and the budget per theme.
enum ProgressPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurtSection(context.code, buurt.slug, .progress)
        let total = max(1, buurt.plans.count)
        var values = view.baseValues(from: path, context)
        values["planCount"] = .text(context.count("count.plans", buurt.plans.count))
        values["statusHtml"] = .text(BarList.html(view.books.statusCounts.map { status, count in
            BarRow(labelHtml: "<span class=\"status status-\(status.rawValue)\">\(HTML.escape(context.status(status)))</span>",
                percent: count * 100 / total, value: context.format.integer(count), style: "status status-\(status.rawValue)")
        }))
        values["plans"] = .maps(view.plansByStatus.map { plan in
            var (row, showsProgress) = PlanPage.summary(plan, in: view, from: path, context)
            row["progressBarHtml"] = .text(showsProgress ? Bar.html(percent: plan.progress, style: "progress") : "")
            return row
        })
        values["hasPlans"] = .flag(!buurt.plans.isEmpty)
        let pending = buurt.pendingMilestones()
        values["milestones"] = .maps(pending.prefix(8).map { pendingMilestone($0, in: view, from: path, context) })
        values["hasMilestones"] = .flag(!pending.isEmpty)
        values["themes"] = .maps(themeRows(view, from: path, context))
        values["hasThemes"] = .flag(!buurt.themes.isEmpty)
        values["plansDownloadHtml"] = .text(DataPage.downloadLink(.plans(buurt.slug), from: path, context))
        let title = context.strings["buurt.menu.progress"]
        let content = context.render("progress", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "progress-page") {
            context.paths.buurtSection($0, buurt.slug, .progress)
        }.render(content: content)
    }

    /// A milestone still to come, with its plan; one whose date has passed says so.
    static func pendingMilestone(_ pending: PendingMilestone, in view: BuurtView, from path: String, _ context: LanguageContext) -> TemplateValues {
        let date = pending.milestone.date.value
        return [
            "date": .text(context.date(date)),
            "dateISO": .text(date.iso),
            "titleHtml": .text(context.labelledHtml(pending.milestone.title)),
            "planHtml": .text(context.labelledHtml(pending.plan.title)),
            "planHref": .text(context.link(from: path, to: context.paths.plan(context.code, view.buurt.slug, pending.plan.slug))),
            "isLate": .flag(date < context.today),
        ]
    }

    /// Budget, awarded and spent per theme, for the progress and spending pages.
    static func themeRows(_ view: BuurtView, from path: String, _ context: LanguageContext) -> [TemplateValues] {
        let all = view.buurt.themes.compactMap { view.books.theme($0.slug) }
        let cents = (all.compactMap(\.budget) + all.map(\.awarded) + all.map(\.spent)).anyHasCents
        return view.buurt.themes.map { theme in
            let books = view.books.theme(theme.slug)
            return [
                "titleHtml": .text(context.html(theme.title)),
                "href": .text(context.link(from: path, to: context.paths.theme(context.code, view.buurt.slug, theme.slug))),
                "budget": .text(books?.budget.map { context.money($0, cents: cents) } ?? "–"),
                "awarded": .text(context.money(books?.awarded ?? .zero, cents: cents)),
                "spent": .text(context.money(books?.spent ?? .zero, cents: cents)),
            ]
        }
    }
}
