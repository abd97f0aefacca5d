import BegrootContent
import BegrootCore

/// `/<buurt>/plans/<plan>/`: status, theme, money, progress, milestones and the plan itself.
enum PlanPage {
    static func render(_ plan: Plan, in buurt: Buurt, _ context: LanguageContext) -> OutputFile {
        let path = context.paths.plan(context.code, buurt.slug, plan.slug)
        let body = context.body(plan.body, page: path, buurt: buurt.slug)
        var values = summary(plan, in: buurt, from: path, context)
        values["bodyHtml"] = body.html
        values["requested"] = plan.requested.map { context.money($0.value) } ?? ""
        values["submitted"] = plan.submitted.map { context.format.date($0.value) } ?? ""
        values["proposers"] = plan.proposers.map { HTML.escape($0) }
        values["hasProposers"] = !plan.proposers.isEmpty
        values["milestones"] = plan.milestones.map { milestone -> [String: Any] in
            [
                "titleHtml": context.html(milestone.title),
                "date": context.format.date(milestone.date.value),
                "dateISO": milestone.date.value.iso,
                "done": milestone.done,
                "state": context.strings[milestone.done ? "milestone.done" : "milestone.planned"],
            ]
        }
        values["hasMilestones"] = !plan.milestones.isEmpty
        values["isCancelled"] = plan.status.value == .cancelled
        values["buurtHtml"] = context.html(buurt.name)
        values["buurtHref"] = SitePaths.link(from: path, to: context.paths.buurt(context.code, buurt.slug))
        if let image = plan.image?.value {
            values["image"] = SitePaths.link(from: path, to: context.paths.media(buurt.slug, image))
        }
        values["t"] = context.stringTree
        let content = context.theme.render("plan", values)
        return PageShell(
            context: context, path: path, title: context.plain(plan.title) + " · " + context.plain(buurt.name),
            description: context.plain(plan.summary),
            breadcrumbs: [
                (context.strings["nav.home"], context.paths.home(context.code)),
                (context.plain(buurt.name), context.paths.buurt(context.code, buurt.slug)),
                (context.plain(plan.title), nil),
            ],
            versions: BuurtPage.versions(buurt, context) { context.paths.plan($0, buurt.slug, plan.slug) },
            fallbackLanguage: body.fallbackLanguage, bodyClass: "plan"
        ).render(content: content)
    }

    /// The values a plan shows wherever it is listed: title, link, status, theme, award, progress.
    static func summary(_ plan: Plan, in buurt: Buurt, from page: String, _ context: LanguageContext) -> [String: Any] {
        let theme = plan.theme.flatMap { buurt.theme($0.value) }
        let showsProgress = [.selected, .inProgress, .completed].contains(plan.status.value)
        let meta = [
            context.html(theme?.title),
            plan.awarded.map { HTML.escape(context.money($0.value)) } ?? "",
            showsProgress ? HTML.escape(context.strings["plan.progress"] + ": " + context.format.percent(plan.progress)) : "",
        ]
        return [
            "metaHtml": meta.filter { !$0.isEmpty }.joined(separator: " · "),
            "titleHtml": context.html(plan.title),
            "summaryHtml": context.html(plan.summary),
            "href": SitePaths.link(from: page, to: context.paths.plan(context.code, buurt.slug, plan.slug)),
            "status": plan.status.value.rawValue,
            "statusLabel": context.strings["status.\(plan.status.value.rawValue)"],
            "themeHtml": context.html(theme?.title),
            "awarded": plan.awarded.map { context.money($0.value) } ?? "",
            "progress": plan.progress,
            "showsProgress": showsProgress,
            "progressText": context.format.percent(plan.progress),
        ]
    }
}
