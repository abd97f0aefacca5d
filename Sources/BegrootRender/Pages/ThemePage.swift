import BegrootContent
import BegrootCore

/// `/<buurt>/themes/<theme>/`: a theme's budget, what is awarded and spent in it, and its plans.
enum ThemePage {
    static func render(_ theme: Theme, in view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.theme(context.code, buurt.slug, theme.slug)
        let books = view.books.theme(theme.slug)
        var values = view.baseValues(from: path, context)
        values["titleHtml"] = .text(context.html(theme.title))
        values["descriptionHtml"] = .text(context.html(theme.description))
        let awarded = books?.awarded ?? .zero
        let spent = books?.spent ?? .zero
        var figures: [(String, Money)] = [("budget.awarded", awarded), ("budget.spent", spent)]
        if let budget = books?.budget {
            figures.insert(("theme.budget", budget), at: 0)
            figures.append(("budget.left", budget - awarded))
            values["barsHtml"] = .text(BarList.html([
                BarRow(labelHtml: HTML.escape(context.strings["budget.awarded"]), percent: awarded.percent(of: budget),
                    value: BudgetPicture.amount(awarded, of: budget, context), style: "awarded"),
                BarRow(labelHtml: HTML.escape(context.strings["budget.spent"]), percent: spent.percent(of: budget),
                    value: BudgetPicture.amount(spent, of: budget, context), style: "spent"),
            ]))
            values["shareOfBuurt"] = .text(context.strings.format("theme.shareOfBuurt", [
                "percent": context.format.percent(budget.percent(of: view.books.budget)), "budget": context.money(view.books.budget),
            ]))
        }
        values["figures"] = .maps(figures.map { ["label": .text(context.strings[$0.0]), "amount": .text(context.money($0.1))] })
        let plans = view.plansByStatus.filter { $0.theme?.value == theme.slug }.map {
            PlanPage.summary($0, in: view, from: path, context).values
        }
        values["plans"] = .maps(plans)
        values["hasPlans"] = .flag(!plans.isEmpty)
        let content = context.render("theme", values)
        return view.shell(
            context, path: path, title: context.plain(theme.title), trail: [(context.plain(theme.title), nil)],
            description: context.plain(theme.description), bodyClass: "theme"
        ) { context.paths.theme($0, buurt.slug, theme.slug) }.render(content: content)
    }
}
