import BegrootContent
import BegrootCore

/// `/<buurt>/progress/`: how many plans are in each status, every plan's progress, and the budget per theme.
enum ProgressPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurtSection(context.code, buurt.slug, .progress)
        let total = max(1, buurt.plans.count)
        var values = view.baseValues(from: path, context)
        values["planCount"] = context.count("count.plans", buurt.plans.count)
        values["statusHtml"] = BarList.html(view.books.statusCounts.map { status, count in
            BarRow(labelHtml: HTML.escape(context.status(status)), percent: count * 100 / total,
                value: context.format.integer(count), style: "status")
        })
        values["plans"] = view.plansByStatus.map { plan -> [String: Any] in
            var row = PlanPage.summary(plan, in: view, from: path, context)
            row["progressBarHtml"] = row["showsProgress"] as? Bool == true ? Bar.html(percent: plan.progress, style: "progress") : ""
            return row
        }
        values["themes"] = themeRows(view, from: path, context)
        values["hasThemes"] = !buurt.themes.isEmpty
        let title = context.strings["buurt.menu.progress"]
        let content = context.render("progress", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "progress-page") {
            context.paths.buurtSection($0, buurt.slug, .progress)
        }.render(content: content)
    }

    /// Budget, awarded and spent per theme, for the progress and spending pages.
    static func themeRows(_ view: BuurtView, from path: String, _ context: LanguageContext) -> [[String: Any]] {
        view.buurt.themes.map { theme in
            let books = view.books.theme(theme.slug)
            return [
                "titleHtml": context.html(theme.title),
                "href": context.link(from: path, to: context.paths.theme(context.code, view.buurt.slug, theme.slug)),
                "budget": books?.budget.map { context.money($0) } ?? "–",
                "awarded": context.money(books?.awarded ?? .zero),
                "spent": context.money(books?.spent ?? .zero),
            ]
        }
    }
}
