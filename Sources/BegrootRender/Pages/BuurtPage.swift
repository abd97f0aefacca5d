import BegrootContent
import BegrootCore

/// `/<buurt>/`: introduction, budget picture, timeline with today's phase, themes and plans by status.
enum BuurtPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurt(context.code, buurt.slug)
        let intro = context.body(buurt.introduction, page: path, buurt: buurt.slug)
        var values = view.baseValues(from: path, context)
        values["nameHtml"] = context.html(buurt.name)
        values["districtHtml"] = context.html(buurt.district)
        values["model"] = context.strings["model.\(buurt.model.rawValue)"]
        values["organiserHtml"] = context.html(buurt.organiser)
        values["summaryHtml"] = context.html(buurt.summary)
        values["introHtml"] = intro.html
        values["votingAge"] = buurt.votingAge.map { context.strings.format("buurt.votingAge", ["age": String($0)]) } ?? ""
        values["budgetHtml"] = BudgetPicture.html(view.books, context)
        values["phases"] = phases(buurt, context)
        values["hasPhases"] = !buurt.phases.isEmpty
        values["themesHtml"] = buurt.themes.isEmpty ? "" : themeAllocation(view, from: path, context)
        values["statusGroups"] = PlanStatus.displayOrder.compactMap { status -> [String: Any]? in
            let plans = buurt.plans.filter { $0.status.value == status }
            guard !plans.isEmpty else { return nil }
            return [
                "label": context.status(status),
                "status": status.rawValue,
                "plans": plans.map { PlanPage.summary($0, in: view, from: path, context) },
            ]
        }
        values["updates"] = UpdatesPage.items(Array(UpdatesPage.newestFirst(buurt.updates).prefix(3)), in: view, from: path, context)
        values["hasUpdates"] = !buurt.updates.isEmpty
        values["updatesHref"] = context.link(from: path, to: context.paths.buurtSection(context.code, buurt.slug, .updates))
        values["contactEmail"] = buurt.contact?.email ?? ""
        values["contactWebsite"] = buurt.contact?.website ?? ""
        let content = context.render("buurt", values)
        return view.shell(
            context, path: path, title: context.plain(buurt.name), description: context.plain(buurt.summary),
            fallbackLanguage: intro.fallbackLanguage, bodyClass: "buurt"
        ) { context.paths.buurt($0, buurt.slug) }.render(content: content)
    }

    /// The timeline, each phase marked done, current (today) or upcoming — in words, not only by style.
    static func phases(_ buurt: Buurt, _ context: LanguageContext) -> [[String: Any]] {
        zip(buurt.phases, buurt.phaseStates(on: context.today)).map { phase, state in
            [
                "titleHtml": context.html(phase.title),
                "start": context.date(phase.start.value),
                "startISO": phase.start.value.iso,
                "end": phase.end.map { context.date($0.value) } ?? "",
                "endISO": phase.end?.value.iso ?? "",
                "state": state.rawValue,
                "stateLabel": context.strings["phase.\(state.rawValue)"],
                "isCurrent": state == .current,
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
