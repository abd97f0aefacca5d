import BegrootCore

/// Reads a buurt's `updates/<slug>.md` and their translations.
enum UpdateLoader {
    static let known = ["title", "date", "plan", "draft"]
    static let translatable = ["title"]

    static func load(folder: String, root: String, config: SiteConfig, texts: inout [TranslatableText], diagnostics: inout Diagnostics) -> [Update] {
        let groups = MarkdownFileGroup.group(
            FolderListing(root: root).entries(folder), in: folder, languages: config.languageCodes,
            defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        var updates: [Update] = []
        for group in groups {
            guard let document = LoadedDocument.load(
                group, folder: folder, root: root, known: known, translatable: translatable, what: "an update",
                languages: config.languageCodes, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
            else { continue }
            let fields = document.fields
            let title = fields.text("title", required: true)
            let date = fields.date("date", required: true)
            let plan = fields.string("plan")
            let isDraft = fields.bool("draft")?.value ?? false
            diagnostics.merge(document.diagnostics)
            texts += document.texts
            guard let title, let date else { continue }
            updates.append(Update(
                slug: document.slug, title: document.translated(title.value, field: "title", defaultLanguage: config.defaultLanguage),
                date: date, plan: plan, isDraft: isDraft, body: document.body, location: document.location))
        }
        return updates
    }
}
