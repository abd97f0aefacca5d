import BegrootContent
import BegrootCore

/// `/<buurt>/plans/<plan>/`: status, theme, money asked, granted and spent, progress, milestones,
/// its votes, the updates about it and the plan itself. Prints as a one-page flyer.
enum PlanPage {
    static func render(_ plan: Plan, in view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.plan(context.code, buurt.slug, plan.slug)
        let body = context.body(plan.body, page: path, buurt: buurt.slug)
        var values = view.baseValues(from: path, context).merging(summary(plan, in: view, from: path, context)) { _, plan in plan }
        values["bodyHtml"] = body.html
        values["requested"] = plan.requested.map { context.money($0.value) } ?? ""
        values["submitted"] = plan.submitted.map { context.date($0.value) } ?? ""
        values["proposers"] = plan.proposers.map { HTML.escape($0) }
        values["hasProposers"] = !plan.proposers.isEmpty
        values["milestones"] = plan.milestones.map { milestone -> [String: Any] in
            [
                "titleHtml": context.html(milestone.title),
                "date": context.date(milestone.date.value),
                "dateISO": milestone.date.value.iso,
                "done": milestone.done,
                "state": context.strings[milestone.done ? "milestone.done" : "milestone.planned"],
            ]
        }
        values["hasMilestones"] = !plan.milestones.isEmpty
        values["isCancelled"] = plan.status.value == .cancelled
        if let theme = plan.theme.flatMap({ buurt.theme($0.value) }) {
            values["themeHref"] = context.link(from: path, to: context.paths.theme(context.code, buurt.slug, theme.slug))
        }
        values["progressHtml"] = values["showsProgress"] as? Bool == true
            ? BarList.html([BarRow(labelHtml: HTML.escape(context.strings["plan.progress"]), percent: plan.progress,
                value: context.format.percent(plan.progress), style: "progress")])
            : ""
        values["spendingHtml"] = spending(plan, view, context)
        values["spendingHref"] = context.link(from: path, to: context.paths.buurtSection(context.code, buurt.slug, .spending))
        values["votes"] = votes(plan, view, from: path, context)
        values["updates"] = UpdatesPage.items(
            UpdatesPage.newestFirst(buurt.updates.filter { $0.plan?.value == plan.slug }), in: view, from: path, context)
        values["hasVotes"] = !(values["votes"] as? [[String: Any]] ?? []).isEmpty
        values["hasUpdates"] = !(values["updates"] as? [[String: Any]] ?? []).isEmpty
        let videos = VideosPage.newestFirst(buurt.videos.filter { $0.plans.contains { $0.value == plan.slug } })
        values["videos"] = videos.map { VideoPlayer.values($0, in: buurt, from: path, context, player: true, level: 3) }
        values["hasVideos"] = !videos.isEmpty
        values["siteTitle"] = context.plain(context.site.config.title)
        if let base = context.site.config.baseURL {
            // On the printed flyer, where to read more: the page's own address.
            values["printAddress"] = base + path.dropLast("index.html".count)
        }
        if let image = plan.image?.value {
            values["image"] = context.link(from: path, to: context.paths.media(buurt.slug, image))
        }
        let content = context.render("plan", values)
        var shell = view.shell(
            context, path: path, title: context.plain(plan.title), trail: [(context.plain(plan.title), nil)],
            description: context.plain(plan.summary), fallbackLanguage: body.fallbackLanguage, bodyClass: "plan"
        ) { context.paths.plan($0, buurt.slug, plan.slug) }
        shell.scripts = VideosPage.scripts(for: videos)
        return shell.render(content: content)
    }

    /// What the values a plan shows wherever it is listed: title, link, status, theme, award, spent, progress.
    static func summary(_ plan: Plan, in view: BuurtView, from page: String, _ context: LanguageContext) -> [String: Any] {
        let theme = plan.theme.flatMap { view.buurt.theme($0.value) }
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
            "href": context.link(from: page, to: context.paths.plan(context.code, view.buurt.slug, plan.slug)),
            "status": plan.status.value.rawValue,
            "statusLabel": context.status(plan.status.value),
            "themeHtml": context.html(theme?.title),
            "awarded": plan.awarded.map { context.money($0.value) } ?? "",
            "spent": context.money(view.books.spent(on: plan.slug)),
            "progress": plan.progress,
            "showsProgress": showsProgress,
            "progressText": context.format.percent(plan.progress),
        ]
    }

    /// Spent against awarded, as a bar with both amounts in words; empty when nothing was awarded or spent.
    static func spending(_ plan: Plan, _ view: BuurtView, _ context: LanguageContext) -> String {
        let spent = view.books.spent(on: plan.slug)
        guard let awarded = plan.awarded?.value, !(spent == .zero && plan.status.value == .notSelected) else {
            return spent == .zero ? "" : "<p>\(HTML.escape(context.strings["plan.spent"])): \(HTML.escape(context.money(spent)))</p>\n"
        }
        let value = context.strings.format("plan.spentOfAwarded", [
            "spent": context.money(spent), "awarded": context.money(awarded),
            "percent": context.format.percent(spent.percent(of: awarded)),
        ])
        return BarList.html([BarRow(
            labelHtml: HTML.escape(context.strings["plan.spent"]), percent: min(100, spent.percent(of: awarded)), value: value,
            style: "spent")])
    }

    /// The plan's result in every round it was on the ballot.
    static func votes(_ plan: Plan, _ view: BuurtView, from path: String, _ context: LanguageContext) -> [[String: Any]] {
        zip(view.buurt.votingRounds, view.rankings).compactMap { round, ranking -> [String: Any]? in
            guard let entry = ranking.first(where: { $0.result.plan.value == plan.slug }) else { return nil }
            return [
                "roundHtml": context.html(round.title),
                "text": context.strings.format("plan.votesInRound", [
                    "votes": context.format.integer(entry.result.votes), "rank": context.format.integer(entry.rank),
                    "count": context.format.integer(ranking.count),
                ]),
                "channels": VotesPage.channelText(entry.result, context),
                "href": context.link(from: path, to: context.paths.buurtSection(context.code, view.buurt.slug, .votes)),
            ]
        }
    }
}
