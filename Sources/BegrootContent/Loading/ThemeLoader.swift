import BegrootCore
import Yams

/// Reads a buurt's `themes.yaml`: a list of themes with their share of the budget.
enum ThemeLoader {
    static let known = ["slug", "title", "description", "budget"]

    static func load(folder: String, root: String, languages: [String], texts: inout [TranslatableText], diagnostics: inout Diagnostics) -> [Theme] {
        let path = folder + "/themes.yaml"
        guard FolderListing(root: root).exists(path) else { return [] }
        guard let node = YAMLFile.read(path, root: root, diagnostics: &diagnostics) else { return [] }
        let reader = NodeReader(file: path, languages: Set(languages))
        defer {
            diagnostics.merge(reader.diagnostics)
            texts += reader.texts
        }
        var themes: [Theme] = []
        for item in reader.sequence(node, "themes.yaml") ?? [] {
            guard let fields = reader.fields(item, "a theme", known: known) else { continue }
            let slug = fields.string("slug", required: true)
            let title = fields.text("title", required: true)
            let description = fields.text("description")
            let budget = fields.money("budget")
            guard let slug, let title else { continue }
            guard Slug.isValid(slug.value) else {
                reader.error("'\(slug.value)' is not a valid slug: use lowercase letters a–z, digits and '-'", at: slug.location)
                continue
            }
            if themes.contains(where: { $0.slug == slug.value }) {
                reader.error("the theme '\(slug.value)' is listed twice", at: slug.location)
                continue
            }
            themes.append(Theme(slug: slug.value, title: title.value, description: description?.value, budget: budget, location: fields.location))
        }
        return themes
    }
}

/// A whole YAML file read and parsed, syntax errors reported.
enum YAMLFile {
    static func read(_ path: String, root: String, diagnostics: inout Diagnostics) -> Node? {
        switch ContentFile.read(path, in: root) {
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        case .success(let file):
            switch YAMLDocument.parse(file.text, file: path) {
            case .failure(let problem):
                diagnostics.append(problem)
                return nil
            case .success(let node):
                return node ?? .scalar(.init(""))
            }
        }
    }
}
