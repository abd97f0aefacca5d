import BegrootContent
import BegrootCore

/// `/`: every buurt at a glance.
enum HomePage {
    static func render(_ context: LanguageContext) -> OutputFile {
        let path = context.paths.home(context.code)
        let buurten: [[String: Any]] = context.site.buurten.map { buurt in
            let publishedHere = buurt.languages.contains(context.code)
            let language = publishedHere ? context.code : context.defaultLanguage
            var values = BuurtFigures(buurt).values(in: context)
            values["nameHtml"] = context.html(buurt.name)
            values["href"] = SitePaths.link(from: path, to: context.paths.buurt(language, buurt.slug))
            values["hreflang"] = publishedHere ? "" : language
            values["districtHtml"] = context.html(buurt.district)
            values["model"] = context.strings["model.\(buurt.model.rawValue)"]
            values["summaryHtml"] = context.html(buurt.summary)
            values["planCount"] = context.count("count.plans", buurt.plans.count)
            values["completedCount"] = context.count("count.completed", BuurtFigures(buurt).completed)
            return values
        }
        let total = context.site.buurten.map(\.budget.value).sum()
        let content = context.theme.render("home", [
            "siteTitle": context.plain(context.site.config.title),
            "buurten": buurten,
            "totalBudget": context.money(total),
            "buurtCount": context.count("count.buurten", context.site.buurten.count),
            "t": context.stringTree,
        ])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languages.map { ($0.code, context.paths.home($0.code)) })
        return PageShell(
            context: context, path: path, title: context.plain(context.site.config.title), versions: versions, bodyClass: "home"
        ).render(content: content)
    }
}
