import BegrootCore
import Yams

/// Reads `plans/<slug>.md` and its translations into a plan.
enum PlanLoader {
    static let known = [
        "title", "theme", "status", "requested", "awarded", "proposers", "submitted", "progress", "milestones",
        "image", "draft", "summary",
    ]
    static let translatable = ["title", "summary"]

    static func plan(from document: LoadedDocument, defaultLanguage: String) -> Plan? {
        let fields = document.fields
        let title = fields.text("title", required: true)
        let status = fields.choice("status", as: PlanStatus.self, required: true)
        let milestones = (fields.list("milestones") ?? []).compactMap { milestone($0, reader: fields.reader) }
        let image = fields.string("image")
        if let image { MediaPath.check(image, reader: fields.reader) }
        // Every field is read before giving up, so one run reports every mistake in the file.
        let summary = fields.text("summary").map { document.translated($0.value, field: "summary", defaultLanguage: defaultLanguage) }
        let theme = fields.string("theme")
        let requested = fields.money("requested")
        let awarded = fields.money("awarded")
        let proposers = (fields.strings("proposers") ?? []).map(\.value)
        let submitted = fields.date("submitted")
        let progress = fields.integer("progress", in: 0...100)
        let isDraft = fields.bool("draft")?.value ?? false
        guard let title, let status else { return nil }
        return Plan(
            slug: document.slug,
            title: document.translated(title.value, field: "title", defaultLanguage: defaultLanguage),
            summary: summary, theme: theme, status: status, requested: requested, awarded: awarded,
            proposers: proposers, proposersLocation: fields.values["proposers"] == nil ? nil : fields.valueLocation("proposers"), submitted: submitted, progressGiven: progress, milestones: milestones,
            image: image, isDraft: isDraft, body: document.body, location: document.location)
    }

    private static func milestone(_ node: Node, reader: NodeReader) -> Milestone? {
        guard let fields = reader.fields(node, "a milestone", known: ["date", "title", "done"]) else { return nil }
        let date = fields.date("date", required: true)
        let title = fields.text("title", required: true)
        let done = fields.bool("done")?.value ?? false
        guard let date, let title else { return nil }
        return Milestone(date: date, title: title.value, done: done)
    }
}

/// Paths to media files in content: relative, below `media/`, never leaving the buurt's folder.
enum MediaPath {
    @discardableResult
    static func check(_ path: Located<String>, reader: NodeReader) -> Bool {
        let parts = path.value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.first == "media", parts.count >= 2, !parts.contains(".."), !parts.contains(""), !path.value.contains("\\") else {
            reader.error("'\(path.value)' must be a file below media/, such as media/photo.jpg", at: path.location)
            return false
        }
        return true
    }
}
