import BegrootContent
import BegrootCore

/// `/<buurt>/`: introduction, budget bar, timeline, themes and plans by status.
enum BuurtPage {
    static func render(_ buurt: Buurt, _ context: LanguageContext) -> OutputFile {
        let path = context.paths.buurt(context.code, buurt.slug)
        let intro = context.body(buurt.introduction, page: path, buurt: buurt.slug)
        var values = BuurtFigures(buurt).values(in: context)
        values["nameHtml"] = context.html(buurt.name)
        values["districtHtml"] = context.html(buurt.district)
        values["model"] = context.strings["model.\(buurt.model.rawValue)"]
        values["organiserHtml"] = context.html(buurt.organiser)
        values["summaryHtml"] = context.html(buurt.summary)
        values["introHtml"] = intro.html
        values["votingAge"] = buurt.votingAge.map { context.strings.format("buurt.votingAge", ["age": String($0)]) } ?? ""
        values["phases"] = buurt.phases.map { phase -> [String: Any] in
            [
                "titleHtml": context.html(phase.title),
                "start": context.format.date(phase.start.value),
                "startISO": phase.start.value.iso,
                "end": phase.end.map { context.format.date($0.value) } ?? "",
                "endISO": phase.end?.value.iso ?? "",
            ]
        }
        values["hasPhases"] = !buurt.phases.isEmpty
        values["themes"] = buurt.themes.map { theme -> [String: Any] in
            let awarded = buurt.plans.filter { $0.theme?.value == theme.slug }.map(\.countedAward).sum()
            return [
                "titleHtml": context.html(theme.title),
                "descriptionHtml": context.html(theme.description),
                "budget": theme.budget.map { context.money($0.value) } ?? "",
                "awarded": context.money(awarded),
            ]
        }
        values["hasThemes"] = !buurt.themes.isEmpty
        values["statusGroups"] = PlanStatus.allCases.compactMap { status -> [String: Any]? in
            let plans = buurt.plans.filter { $0.status.value == status }
            guard !plans.isEmpty else { return nil }
            return [
                "label": context.strings["status.\(status.rawValue)"],
                "status": status.rawValue,
                "plans": plans.map { PlanPage.summary($0, in: buurt, from: path, context) },
            ]
        }
        values["contactEmail"] = buurt.contact?.email ?? ""
        values["contactWebsite"] = buurt.contact?.website ?? ""
        values["t"] = context.stringTree
        let content = context.theme.render("buurt", values)
        return PageShell(
            context: context, path: path, title: context.plain(buurt.name), description: context.plain(buurt.summary),
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (context.plain(buurt.name), nil)],
            versions: versions(buurt, context) { context.paths.buurt($0, buurt.slug) },
            fallbackLanguage: intro.fallbackLanguage, bodyClass: "buurt"
        ).render(content: content)
    }

    /// The page's output path in each language the buurt is published in.
    static func versions(_ buurt: Buurt, _ context: LanguageContext, _ path: (String) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: buurt.languages.map { ($0, path($0)) })
    }
}
