import BegrootContent
import BegrootCore

/// `/<buurt>/`: introduction, budget picture, timeline with today's phase, themes and plans by status.
enum BuurtPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurt(context.code, buurt.slug)
        let intro = context.body(buurt.introduction, page: path, buurt: buurt.slug)
        var values = view.baseValues(from: path, context)
        values["nameHtml"] = .text(context.html(buurt.name))
        values["districtHtml"] = .text(context.html(buurt.district))
        values["model"] = .text(context.strings["model.\(buurt.model.rawValue)"])
        values["organiserHtml"] = .text(context.html(buurt.organiser))
        values["summaryHtml"] = .text(context.html(buurt.summary))
        values["introHtml"] = .rendered(intro.html)
        values["votingAge"] = .text(buurt.votingAge.map { context.strings.format("buurt.votingAge", ["age": String($0)]) } ?? "")
        values["budgetHtml"] = .text(BudgetPicture.html(view.books, context))
        values["phases"] = .maps(phases(buurt, context))
        values["hasPhases"] = .flag(!buurt.phases.isEmpty)
        values["themesHtml"] = .text(buurt.themes.isEmpty ? "" : themeAllocation(view, from: path, context))
        values["statusGroups"] = .maps(PlanStatus.displayOrder.compactMap { status -> TemplateValues? in
            let plans = buurt.plans.filter { $0.status.value == status }
            guard !plans.isEmpty else { return nil }
            return [
                "label": .text(context.status(status)),
                "status": .text(status.rawValue),
                "plans": .maps(plans.map { PlanPage.summary($0, in: view, from: path, context).values }),
            ]
        })
        values["updates"] = .maps(UpdatesPage.items(Array(UpdatesPage.newestFirst(buurt.updates).prefix(3)), in: view, from: path, context))
        values["hasUpdates"] = .flag(!buurt.updates.isEmpty)
        values["updatesHref"] = .text(context.link(from: path, to: context.paths.buurtSection(context.code, buurt.slug, .updates)))
        let process = ProcessSummary(buurt, context)
        values["now"] = .maps(process.sentencesHtml.map { ["html": .text($0)] })
        values = values.merging(process.contactValues)
        // The newest video, with its player (nothing loads from a video host until play is pressed).
        let latestVideo = VideosPage.newestFirst(buurt.videos).first
        values["latestVideo"] = .maps(latestVideo.map { [VideoPlayer.values($0, in: buurt, from: path, context, player: true, level: 3)] } ?? [])
        values["videosHref"] = .text(context.link(from: path, to: context.paths.buurtSection(context.code, buurt.slug, .videos)))
        let content = context.render("buurt", values)
        var shell = view.shell(
            context, path: path, title: context.plain(buurt.name), description: context.plain(buurt.summary),
            fallbackLanguage: intro.fallbackLanguage, bodyClass: "buurt"
        ) { context.paths.buurt($0, buurt.slug) }
        if let latestVideo {
            shell.scripts = VideosPage.scripts(for: [latestVideo])
            shell.jsonLD = VideoStructuredData.json([(latestVideo, buurt)], from: path, context)
        }
        return shell.render(content: content)
    }

    /// The timeline, each phase marked done, current (today) or upcoming — in words, not only by style.
    static func phases(_ buurt: Buurt, _ context: LanguageContext) -> [TemplateValues] {
        zip(buurt.phases, buurt.phaseStates(on: context.today)).map { phase, state in
            [
                "titleHtml": .text(context.html(phase.title)),
                "start": .text(context.date(phase.start.value)),
                "startISO": .text(phase.start.value.iso),
                "end": .text(phase.end.map { context.date($0.value) } ?? ""),
                "endISO": .text(phase.end?.value.iso ?? ""),
                "state": .text(state.rawValue),
                "stateLabel": .text(context.strings["phase.\(state.rawValue)"]),
                "isCurrent": .flag(state == .current),
            ]
        }
    }

    /// How the budget is divided over the themes: one bar per theme, its share of the buurt budget.
    static func themeAllocation(_ view: BuurtView, from path: String, _ context: LanguageContext) -> String {
        let rows = view.buurt.themes.map { theme -> BarRow in
            let books = view.books.theme(theme.slug)
            let budget = books?.budget
            let value = budget.map { BudgetPicture.amount($0, of: view.books.budget, context) }
                ?? context.strings["theme.noBudget"]
            return BarRow(
                labelHtml: context.html(theme.title),
                href: context.link(from: path, to: context.paths.theme(context.code, view.buurt.slug, theme.slug)),
                percent: budget.map { view.books.share($0) } ?? 0, value: value, style: "theme")
        }
        return BarList.html(rows)
    }
}
