import BegrootContent
import BegrootCore

/// A buurt with its books, computed once and shared by all of its pages in every language
/// (a class, so that pages share it rather than copy it).
final class BuurtView: Sendable {
    let buurt: Buurt
    let books: BuurtBooks
    /// The plans in the order pages list them: by status in `PlanStatus.displayOrder`, then as loaded.
    let plansByStatus: [Plan]
    /// Each voting round's ranking, computed once.
    let rankings: [[(rank: Int, result: PlanVotes)]]
    /// The menu as pages that are not in it see it, by language and folder depth: the same for
    /// all plan, theme and update pages of a language.
    private let menus = Memo<MenuKey, TemplateValue>()
    /// The menu's labels and targets, by language.
    private let menuItems = Memo<String, [(String, String)]>()

    private struct MenuKey: Hashable, Sendable {
        let language: String
        let depth: Int
    }

    /// What lists show of each plan, by language (`PlanPage.summary`), made once.
    let summaries = Memo<PlanKey, (values: TemplateValues, showsProgress: Bool)>()

    struct PlanKey: Hashable, Sendable {
        let language: String
        let plan: String
    }

    /// Each update's text as HTML for its page, by language: rendered once for the update's page
    /// and the feeds that carry it.
    private let updateBodies = Memo<PlanKey, (html: [UInt8], fallbackLanguage: String?)>()

    /// The text of `update` as on its page in `language` (at `path`).
    func updateBody(
        _ update: Update, language: String, path: String, _ context: LanguageContext
    ) -> (html: [UInt8], fallbackLanguage: String?) {
        updateBodies.value(PlanKey(language: language, plan: update.slug)) {
            context.body(update.body, page: path, buurt: buurt.slug, language: language)
        }
    }

    /// What a view works out from the buurt alone, before any language or theme: `serve` keeps it
    /// for a buurt that did not change when only the theme or the strings did.
    struct Figures: Sendable {
        let books: BuurtBooks
        let plansByStatus: [Plan]
        let rankings: [[(rank: Int, result: PlanVotes)]]

        init(_ buurt: Buurt) {
            books = BuurtBooks(buurt)
            plansByStatus = PlanStatus.displayOrder.flatMap { status in buurt.plans.filter { $0.status.value == status } }
            rankings = buurt.votingRounds.map(\.ranking)
        }
    }

    init(buurt: Buurt, figures: Figures? = nil) {
        let figures = figures ?? Figures(buurt)
        self.buurt = buurt
        self.books = figures.books
        self.plansByStatus = figures.plansByStatus
        self.rankings = figures.rankings
    }

    /// The section pages a buurt has: progress and spending always (an empty ledger is news too),
    /// votes and updates when there are any.
    static func sections(of buurt: Buurt) -> [BuurtSection] {
        BuurtSection.allCases.filter { section in
            switch section {
            case .progress, .spending: true
            case .votes: !buurt.votingRounds.isEmpty
            case .videos: !buurt.videos.isEmpty
            case .updates: !buurt.updates.isEmpty
            }
        }
    }

    /// The buurt's own menu (overview, progress, spending, …) as seen from the page at `path`.
    func menu(from path: String, _ context: LanguageContext) -> TemplateValue {
        let items = menuItems.value(context.code) {
            [(context.strings["buurt.menu.overview"], context.paths.buurt(context.code, buurt.slug))]
                + Self.sections(of: buurt).map {
                    (context.strings["buurt.menu.\($0.rawValue)"], context.paths.buurtSection(context.code, buurt.slug, $0))
                }
        }
        func menu() -> TemplateValue {
            .maps(items.map { label, target in
                ["label": .text(label), "href": .text(context.link(from: path, to: target)), "isCurrent": .flag(target == path)]
            })
        }
        guard !items.contains(where: { $0.1 == path }) else { return menu() }
        return menus.value(MenuKey(language: context.code, depth: path.utf8.count { $0 == UInt8(ascii: "/") }), make: menu)
    }

    /// The frame of a page below this buurt: breadcrumbs Home › Buurt › `trail`, and the page's
    /// versions in the languages the buurt is published in.
    func shell(
        _ context: LanguageContext, path: String, title: String, trail: [(label: String, target: String?)] = [],
        description: String = "", fallbackLanguage: String? = nil, bodyClass: String, pathIn: (String) -> String
    ) -> PageShell {
        let name = context.plain(buurt.name)
        let buurtCrumb: (label: String, target: String?) = (name, trail.isEmpty ? nil : context.paths.buurt(context.code, buurt.slug))
        return PageShell(
            context: context, path: path, title: trail.isEmpty ? title : title + " · " + name, description: description,
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), buurtCrumb] + trail,
            versions: Dictionary(uniqueKeysWithValues: buurt.languages.map { ($0, pathIn($0)) }),
            fallbackLanguage: fallbackLanguage, bodyClass: bodyClass,
            feeds: buurt.updates.isEmpty ? [] : [(name + " · " + context.strings["buurt.menu.updates"], context.paths.feed(context.code, buurt.slug))])
    }

    /// Values every buurt template uses: the buurt's name and menu, and the interface strings.
    func baseValues(from path: String, _ context: LanguageContext) -> TemplateValues {
        [
            "buurtNameHtml": .text(context.html(buurt.name)),
            "buurtHref": .text(context.link(from: path, to: context.paths.buurt(context.code, buurt.slug))),
            "buurtMenu": menu(from: path, context),
            "t": context.stringTree,
        ]
    }
}
