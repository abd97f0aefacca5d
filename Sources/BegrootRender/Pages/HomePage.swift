import BegrootContent
import BegrootCore

/// `/`: every buurt at a glance — budget, model, how far along — and the latest updates.
enum HomePage {
    static func render(_ views: [BuurtView], _ context: LanguageContext) -> OutputFile {
        let path = context.paths.home(context.code)
        let buurten: [TemplateValues] = views.map { view in
            let buurt = view.buurt
            let language = published(buurt, in: context)
            return [
                "nameHtml": .text(context.html(buurt.name)),
                "href": .text(context.link(from: path, to: context.paths.buurt(language, buurt.slug))),
                "hreflang": .text(language == context.code ? "" : language),
                "districtHtml": .text(context.html(buurt.district)),
                "model": .text(context.strings["model.\(buurt.model.rawValue)"]),
                "phaseHtml": .text(ProcessSummary(buurt, context).lineHtml),
                "phaseState": .text(ProcessSummary(buurt, context).state?.rawValue ?? ""),
                "summaryHtml": .text(context.labelledHtml(buurt.summary)),
                "budgetHtml": .text(BudgetPicture.html(view.books, context, figures: false)),
                "planCount": .text(context.count("count.plans", buurt.plans.count)),
                "completedCount": .text(context.count("count.completed", view.books.count(.completed))),
            ]
        }
        let latest = views.flatMap { view in view.buurt.updates.map { (view, $0) } }
            .sorted { $0.1.date.value != $1.1.date.value ? $0.1.date.value > $1.1.date.value : ($0.0.buurt.slug, $0.1.slug) < ($1.0.buurt.slug, $1.1.slug) }
            .prefix(5)
            .map { view, update -> TemplateValues in
                let language = published(view.buurt, in: context)
                var item = UpdatesPage.items([update], in: view, from: path, context)[0]
                item["href"] = .text(context.link(from: path, to: context.paths.update(language, view.buurt.slug, update.slug)))
                return item
            }
        let total = views.map(\.books.budget).sum()
        let underWay = inProgress(views, from: path, context)
        let content = context.render("home", [
            "siteTitle": .text(context.plain(context.site.config.title)),
            "buurten": .maps(buurten),
            "totalBudget": .text(context.money(total)),
            "totalSpent": .text(context.money(views.map(\.books.spent).sum())),
            "buurtCount": .text(context.count("count.buurten", views.count)),
            "plans": .maps(underWay),
            "hasPlans": .flag(!underWay.isEmpty),
            "updates": .maps(Array(latest)),
            "hasUpdates": .flag(!latest.isEmpty),
            "compareHref": .text(context.link(from: path, to: context.paths.compare(context.code))),
            "t": context.stringTree,
        ])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languages.map { ($0.code, context.paths.home($0.code)) })
        return PageShell(
            context: context, path: path, title: context.plain(context.site.config.title), versions: versions, bodyClass: "home"
        ).render(content: content)
    }

    /// Up to six plans being carried out, from every buurt, as cards: the furthest along first (then
    /// in the order of the buurten and their plans), each naming its buurt and linking to the plan
    /// in the language its buurt publishes.
    static func inProgress(_ views: [BuurtView], from path: String, _ context: LanguageContext) -> [TemplateValues] {
        let plans = views.flatMap { view in view.plansByStatus.filter { $0.status.value == .inProgress }.map { (view, $0) } }
        return plans.enumerated()
            .sorted { $0.element.1.progress != $1.element.1.progress ? $0.element.1.progress > $1.element.1.progress : $0.offset < $1.offset }
            .prefix(6)
            .map { _, pair in
                let (view, plan) = pair
                var values = PlanPage.summary(plan, in: view, from: path, context).values
                values["href"] = .text(context.link(from: path, to: context.paths.plan(published(view.buurt, in: context), view.buurt.slug, plan.slug)))
                values["metaHtml"] = .text(context.html(view.buurt.name))
                return values
            }
    }

    /// The reader's language when the buurt publishes in it, else the site's default.
    static func published(_ buurt: Buurt, in context: LanguageContext) -> String {
        buurt.languages.contains(context.code) ? context.code : context.defaultLanguage
    }
}
