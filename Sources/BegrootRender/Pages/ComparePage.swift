import BegrootContent
import BegrootCore

/// `/compare/`: the buurten side by side — model, budget, plans, voters, awarded, spent, completed.
enum ComparePage {
    static func render(_ views: [BuurtView], _ context: LanguageContext) -> OutputFile {
        let path = context.paths.compare(context.code)
        let cents = views.flatMap { [$0.books.budget, $0.books.awarded, $0.books.spent] }.anyHasCents
        let rows: [TemplateValues] = views.map { view in
            let buurt = view.buurt
            let voters = buurt.votingRounds.compactMap { $0.voters?.value }.max()
            return [
                "nameHtml": .text(context.html(buurt.name)),
                "href": .text(context.link(from: path, to: context.paths.buurt(HomePage.published(buurt, in: context), buurt.slug))),
                "model": .text(context.strings["model.\(buurt.model.rawValue)"]),
                "budget": .text(context.money(view.books.budget, cents: cents)),
                "plans": .text(context.format.integer(buurt.plans.count)),
                "voters": .text(voters.map { context.format.integer($0) } ?? "–"),
                "awarded": .text(context.money(view.books.awarded, cents: cents)),
                "awardedShare": .text(context.format.percent(view.books.awarded.percent(of: view.books.budget))),
                "spent": .text(context.money(view.books.spent, cents: cents)),
                "spentShare": .text(context.format.percent(view.books.spent.percent(of: view.books.budget))),
                "completed": .text(context.format.integer(view.books.count(.completed))),
            ]
        }
        let spentRows = views.map { view in
            BarRow(labelHtml: context.html(view.buurt.name), percent: view.books.share(view.books.spent),
                value: BudgetPicture.amount(view.books.spent, of: view.books.budget, context), style: "spent")
        }
        let title = context.strings["compare.title"]
        let content = context.render("compare", [
            "rows": .maps(rows), "downloadHtml": .text(DataPage.downloadLink(.index, from: path, context)), "spentHtml": .text(BarList.html(spentRows)), "t": context.stringTree,
        ])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languages.map { ($0.code, context.paths.compare($0.code)) })
        return PageShell(
            context: context, path: path, title: title,
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (title, nil)],
            versions: versions, bodyClass: "compare"
        ).render(content: content)
    }
}
