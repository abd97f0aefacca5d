import BegrootCore

/// Reads a buurt's `updates/<slug>.md` and their translations.
enum UpdateLoader {
    static let known = ["title", "date", "plan", "draft"]
    static let translatable = ["title"]

    /// With `memory` (`serve`), an update whose files did not change is not read again.
    static func load(
        folder: String, root: String, config: SiteConfig, memory: BuurtMemory? = nil, texts: inout [TranslatableText],
        diagnostics: inout Diagnostics
    ) -> [Update] {
        let groups = MarkdownFileGroup.group(
            FolderListing(root: root).entries(folder), in: folder, languages: config.languageCodes,
            defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        var updates: [Update] = []
        for group in groups {
            let read = { update(group, folder: folder, root: root, config: config) }
            let one = memory.map { $0.document(group.paths(in: folder), read: read) } ?? read()
            diagnostics.merge(one.diagnostics)
            texts += one.texts
            if let update = one.update { updates.append(update) }
        }
        return updates
    }

    /// One update from its files: nil when they cannot be read as one.
    private static func update(_ group: MarkdownFileGroup, folder: String, root: String, config: SiteConfig)
        -> (update: Update?, texts: [TranslatableText], diagnostics: Diagnostics)
    {
        var diagnostics = Diagnostics()
        guard let document = LoadedDocument.load(
            group, folder: folder, root: root, known: known, translatable: translatable, what: "an update",
            languages: config.languageCodes, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        else { return (nil, [], diagnostics) }
        let fields = document.fields
        let title = fields.text("title", required: true)
        let date = fields.date("date", required: true)
        let plan = fields.string("plan")
        let isDraft = fields.bool("draft")?.value ?? false
        diagnostics.merge(document.diagnostics)
        guard let title, let date else { return (nil, document.texts, diagnostics) }
        let update = Update(
            slug: document.slug, title: document.translated(title.value, field: "title", defaultLanguage: config.defaultLanguage),
            date: date, plan: plan, isDraft: isDraft, body: document.body, location: document.location)
        return (update, document.texts, diagnostics)
    }
}
