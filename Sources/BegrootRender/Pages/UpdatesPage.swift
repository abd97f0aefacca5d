import BegrootContent
import BegrootCore

/// `/<buurt>/updates/`: the buurt's news, newest first.
enum UpdatesPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurtSection(context.code, buurt.slug, .updates)
        var values = view.baseValues(from: path, context)
        values["updates"] = .maps(items(newestFirst(buurt.updates), in: view, from: path, context))
        let title = context.strings["buurt.menu.updates"]
        let content = context.render("updates", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "updates-page") {
            context.paths.buurtSection($0, buurt.slug, .updates)
        }.render(content: content)
    }

    /// Newest first; on the same day by slug, so the order never depends on the file system.
    static func newestFirst(_ updates: [Update]) -> [Update] {
        updates.sorted { $0.date.value != $1.date.value ? $0.date.value > $1.date.value : $0.slug < $1.slug }
    }

    /// The values of updates in a list: title, link, date and the plan they are about.
    static func items(_ updates: [Update], in view: BuurtView, from path: String, _ context: LanguageContext) -> [TemplateValues] {
        updates.map { update in
            let plan = update.plan.flatMap { view.buurt.plan($0.value) }
            return [
                "titleHtml": .text(context.labelledHtml(update.title)),
                "href": .text(context.link(from: path, to: context.paths.update(context.code, view.buurt.slug, update.slug))),
                "date": .text(context.date(update.date.value)),
                "dateISO": .text(update.date.value.iso),
                "planHtml": .text(plan.map { context.html($0.title) } ?? ""),
                "buurtHtml": .text(context.html(view.buurt.name)),
            ]
        }
    }
}

/// `/<buurt>/updates/<update>/`: one news item.
enum UpdatePage {
    static func render(_ update: Update, in view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.update(context.code, buurt.slug, update.slug)
        let body = view.updateBody(update, language: context.code, path: path, context)
        var values = view.baseValues(from: path, context)
        values["titleHtml"] = .text(context.html(update.title))
        values["date"] = .text(context.date(update.date.value))
        values["dateISO"] = .text(update.date.value.iso)
        values["bodyHtml"] = .rendered(body.html)
        if let plan = update.plan.flatMap({ buurt.plan($0.value) }) {
            values["planHtml"] = .text(context.html(plan.title))
            values["planHref"] = .text(context.link(from: path, to: context.paths.plan(context.code, buurt.slug, plan.slug)))
        }
        let updatesTitle = context.strings["buurt.menu.updates"]
        let content = context.render("update", values)
        return view.shell(
            context, path: path, title: context.plain(update.title),
            trail: [(updatesTitle, context.paths.buurtSection(context.code, buurt.slug, .updates)), (context.plain(update.title), nil)],
            fallbackLanguage: body.fallbackLanguage, bodyClass: "update"
        ) { context.paths.update($0, buurt.slug, update.slug) }.render(content: content)
    }
}
