import BegrootCore

/// Reads the free pages in `content/pages/`.
enum PageLoader {
    static let known = ["title", "description", "draft"]

    static func load(root: String, config: SiteConfig, texts: inout [TranslatableText], diagnostics: inout Diagnostics) -> [Page] {
        let folder = "content/pages"
        let groups = MarkdownFileGroup.group(
            FolderListing(root: root).entries(folder), in: folder, languages: config.languageCodes,
            defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        var pages: [Page] = []
        for group in groups {
            guard let document = LoadedDocument.load(
                group, folder: folder, root: root, known: known, translatable: ["title", "description"], what: "a page",
                languages: config.languageCodes, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
            else { continue }
            let title = document.fields.text("title", required: true)
            let description = document.fields.text("description")
            let isDraft = document.fields.bool("draft")?.value ?? false
            diagnostics.merge(document.diagnostics)
            texts += document.texts
            guard let title else { continue }
            pages.append(Page(
                slug: group.slug,
                title: document.translated(title.value, field: "title", defaultLanguage: config.defaultLanguage),
                description: description.map { document.translated($0.value, field: "description", defaultLanguage: config.defaultLanguage) },
                isDraft: isDraft,
                body: document.body,
                location: document.location))
        }
        return pages
    }
}
