import BegrootContent
import BegrootCore

/// `/<buurt>/plans/<plan>/`: status, theme, money asked, granted and spent, progress, milestones,
/// its votes, the updates about it and the plan itself. Prints as a one-page flyer.
enum PlanPage {
    static func render(_ plan: Plan, in view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.plan(context.code, buurt.slug, plan.slug)
        let body = context.body(plan.body, page: path, buurt: buurt.slug)
        let summary = summary(plan, in: view, from: path, context)
        var values = view.baseValues(from: path, context).merging(summary.values)
        values["bodyHtml"] = .rendered(body.html)
        values["requested"] = .text(plan.requested.map { context.money($0.value) } ?? "")
        values["submitted"] = .text(plan.submitted.map { context.date($0.value) } ?? "")
        values["proposers"] = .texts(plan.proposers.map {
            LanguageContext.marked($0, language: nil, isFallback: false, site: context.site, reader: context.language)
        })
        values["hasProposers"] = .flag(!plan.proposers.isEmpty)
        values["milestones"] = .maps(plan.milestones.map { milestone in
            [
                "titleHtml": .text(context.html(milestone.title)),
                "date": .text(context.date(milestone.date.value)),
                "dateISO": .text(milestone.date.value.iso),
                "done": .flag(milestone.done),
                "state": .text(context.strings[milestone.done ? "milestone.done" : "milestone.planned"]),
            ]
        })
        values["hasMilestones"] = .flag(!plan.milestones.isEmpty)
        values["isCancelled"] = .flag(plan.status.value == .cancelled)
        if let theme = plan.theme.flatMap({ buurt.theme($0.value) }) {
            values["themeHref"] = .text(context.link(from: path, to: context.paths.theme(context.code, buurt.slug, theme.slug)))
        }
        values["progressHtml"] = .text(summary.showsProgress
            ? BarList.html([BarRow(labelHtml: HTML.escape(context.strings["plan.progress"]), percent: plan.progress,
                value: context.format.percent(plan.progress), style: "progress")])
            : "")
        values["spendingHtml"] = .text(spending(plan, view, context))
        values["spendingHref"] = .text(context.link(from: path, to: context.paths.buurtSection(context.code, buurt.slug, .spending)))
        let lines = ledgerLines(plan, view, context)
        values["lines"] = .maps(lines)
        values["hasLines"] = .flag(!lines.isEmpty)
        values["showsLedger"] = .flag(!lines.isEmpty || plan.awarded != nil)
        let votes = votes(plan, view, from: path, context)
        values["votes"] = .maps(votes)
        values["hasVotes"] = .flag(!votes.isEmpty)
        let updates = UpdatesPage.items(UpdatesPage.newestFirst(buurt.updates.filter { $0.plan?.value == plan.slug }), in: view, from: path, context)
        values["updates"] = .maps(updates)
        values["hasUpdates"] = .flag(!updates.isEmpty)
        let videos = VideosPage.newestFirst(buurt.videos.filter { $0.plans.contains { $0.value == plan.slug } })
        values["videos"] = .maps(videos.map { VideoPlayer.values($0, in: buurt, from: path, context, player: true, level: 3) })
        values["hasVideos"] = .flag(!videos.isEmpty)
        values["siteTitle"] = .text(context.plain(context.site.config.title))
        if let base = context.site.config.baseURL {
            // On the printed flyer, where to read more: the page's own address.
            values["printAddress"] = .text(base + path.dropLast("index.html".count))
        }
        if let image = plan.image?.value {
            values["image"] = .text(context.link(from: path, to: context.paths.media(buurt.slug, image)))
        }
        values["spendingDownloadHtml"] = .text(DataPage.downloadLink(.spending(view.buurt.slug), from: path, context))
        let content = context.render("plan", values)
        var shell = view.shell(
            context, path: path, title: context.plain(plan.title), trail: [(context.plain(plan.title), nil)],
            description: context.plain(plan.summary), fallbackLanguage: body.fallbackLanguage, bodyClass: "plan"
        ) { context.paths.plan($0, buurt.slug, plan.slug) }
        shell.scripts = VideosPage.scripts(for: videos)
        shell.jsonLD = grant(plan, in: view, path: path, context)
        return shell.render(content: content)
    }

    /// The plan's award as a schema.org `MonetaryGrant` for search engines, when it has one that
    /// counts; the page's address only with a `baseURL`.
    static func grant(_ plan: Plan, in view: BuurtView, path: String, _ context: LanguageContext) -> String {
        guard plan.status.value.requiresAward, let awarded = plan.awarded?.value else { return "" }
        var fields: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("MonetaryGrant")),
            ("name", .string(context.plain(plan.title))),
        ]
        if let summary = plan.summary { fields.append(("description", .string(context.plain(summary)))) }
        fields.append(("amount", .object([
            ("@type", .string("MonetaryAmount")), ("currency", .string(context.site.config.currency)), ("value", .money(awarded)),
        ])))
        fields.append(("funder", .object([
            ("@type", .string("Organization")),
            ("name", .string(context.plain(view.buurt.organiser ?? view.buurt.name))),
        ])))
        if let base = context.site.config.baseURL { fields.append(("url", .string(SiteMap.address(base, path)))) }
        return String(decoding: JSONValue.object(fields).compactBytes, as: UTF8.self)
    }

    /// The values a plan shows wherever it is listed: title, link, status, theme, award, spent, progress;
    /// and whether it shows its progress (selected, in progress or completed).
    static func summary(
        _ plan: Plan, in view: BuurtView, from page: String, _ context: LanguageContext
    ) -> (values: TemplateValues, showsProgress: Bool) {
        // The same in every list of the language but for the link, so made once per plan and language.
        var (values, showsProgress) = view.summaries.value(BuurtView.PlanKey(language: context.code, plan: plan.slug)) {
            summaryValues(plan, in: view, context)
        }
        values["href"] = .text(context.link(from: page, to: context.paths.plan(context.code, view.buurt.slug, plan.slug)))
        if let image = plan.image?.value {
            values["imageSrc"] = .text(context.link(from: page, to: context.paths.media(view.buurt.slug, image)))
        }
        return (values, showsProgress)
    }

    private static func summaryValues(_ plan: Plan, in view: BuurtView, _ context: LanguageContext) -> (values: TemplateValues, showsProgress: Bool) {
        let theme = plan.theme.flatMap { view.buurt.theme($0.value) }
        let showsProgress = [.selected, .inProgress, .completed].contains(plan.status.value)
        let status = plan.status.value
        // A card's amount: what was granted, or else what was asked; a cancelled award is struck
        // through, as it no longer counts.
        let (amountKey, amount) = plan.awarded.map { ("plan.awarded", $0.value) }
            ?? plan.requested.map { ("plan.requested", $0.value) } ?? ("", .zero)
        let values: TemplateValues = [
            "metaHtml": .text(context.html(theme?.title)),
            "amountLabel": .text(amountKey.isEmpty ? "" : context.strings[amountKey]),
            "amount": .text(amountKey.isEmpty ? "" : context.money(amount)),
            "notFunded": .flag(status == .notSelected || status == .cancelled),
            "progressBarHtml": .text(showsProgress ? Bar.html(percent: plan.progress, style: "progress") : ""),
            "titleHtml": .text(context.html(plan.title)),
            "cardTitleHtml": .text(context.labelledHtml(plan.title)),
            "summaryHtml": .text(context.html(plan.summary)),
            "status": .text(status.rawValue),
            "statusLabel": .text(context.status(status)),
            "themeHtml": .text(context.html(theme?.title)),
            "awarded": .text(plan.awarded.map { context.money($0.value) } ?? ""),
            "spent": .text(context.money(view.books.spent(on: plan.slug))),
            "progress": .number(plan.progress),
            "showsProgress": .flag(showsProgress),
            "progressText": .text(context.format.percent(plan.progress)),
        ]
        return (values, showsProgress)
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

    /// The plan's own lines of the buurt's ledger, in the ledger's order.
    static func ledgerLines(_ plan: Plan, _ view: BuurtView, _ context: LanguageContext) -> [TemplateValues] {
        let lines = (view.buurt.spending?.lines ?? []).filter { $0.plan?.value == plan.slug }
        let cents = lines.map(\.amount.value).anyHasCents
        return lines.map { line in
            [
                "date": .text(context.date(line.date.value)),
                "dateISO": .text(line.date.value.iso),
                "description": .text(line.description),
                "supplier": .text(line.supplier ?? ""),
                "amount": .text(context.money(line.amount.value, cents: cents)),
                "isRefund": .flag(line.isRefund),
            ]
        }
    }

    /// The plan's result in every round it was on the ballot.
    static func votes(_ plan: Plan, _ view: BuurtView, from path: String, _ context: LanguageContext) -> [TemplateValues] {
        zip(view.buurt.votingRounds, view.rankings).compactMap { round, ranking -> TemplateValues? in
            guard let entry = ranking.first(where: { $0.result.plan.value == plan.slug }) else { return nil }
            return [
                "roundHtml": .text(context.html(round.title)),
                "text": .text(context.strings.format("plan.votesInRound", [
                    "votes": context.format.integer(entry.result.votes), "rank": context.format.integer(entry.rank),
                    "count": context.format.integer(ranking.count),
                ])),
                "channels": .text(VotesPage.channelText(entry.result, context)),
                "href": .text(context.link(from: path, to: context.paths.buurtSection(context.code, view.buurt.slug, .votes))),
            ]
        }
    }
}
