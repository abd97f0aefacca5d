import BegrootCore
import Yams

/// Reads one buurt folder: `buurt.yaml`, `index.md`, `themes.yaml`, `plans/`, `updates/`, `votes.yaml`,
/// `spending.csv`, `videos.yaml`, `media/`.
struct BuurtLoader {
    static let known = [
        "name", "district", "budget", "model", "summary", "organiser", "votingAge", "languages", "phases", "contact",
    ]

    let root: String
    let config: SiteConfig
    /// `serve`'s memory, where plans and updates whose files did not change are taken from.
    var memory: BuurtMemory?

    func load(slug: String) -> (Buurt?, Diagnostics) {
        var diagnostics = Diagnostics()
        let folder = "content/buurten/" + slug
        let path = folder + "/buurt.yaml"
        guard Slug.isValid(slug) else {
            diagnostics.error("'\(slug)' is not a valid buurt slug: use lowercase letters a–z, digits and '-'", at: SourceLocation(file: folder))
            return (nil, diagnostics)
        }
        // The buurt's other files are read even when buurt.yaml is broken, so one run reports every mistake.
        var parts = loadParts(folder: folder, slug: slug, diagnostics: &diagnostics)
        guard FolderListing(root: root).exists(path) else {
            diagnostics.error("a buurt folder needs a buurt.yaml", at: SourceLocation(file: path))
            return (nil, diagnostics)
        }
        let siteLanguages = config.languageCodes
        guard let node = YAMLFile.read(path, root: root, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let reader = NodeReader(file: path, languages: Set(siteLanguages))
        guard let fields = reader.fields(node, "buurt.yaml", known: Self.known) else {
            diagnostics.merge(reader.diagnostics)
            return (nil, diagnostics)
        }
        let name = fields.text("name", required: true)
        let budget = fields.money("budget", required: true)
        let model = fields.choice("model", as: BudgetModel.self, required: true)
        let languages = buurtLanguages(fields, reader: reader)
        let phases = (fields.list("phases") ?? []).compactMap { phase($0, reader: reader) }
        let contact = fields.fields("contact", known: ["email", "website"]).map {
            Contact(email: $0.email("email")?.value, website: $0.webAddress("website")?.value)
        }
        let district = fields.text("district")
        let summary = fields.text("summary")
        let organiser = fields.text("organiser")
        let votingAge = fields.integer("votingAge", in: 0...120)
        parts.texts += reader.texts
        diagnostics.merge(reader.diagnostics)
        guard let name, let budget, let model else { return (nil, diagnostics) }
        let buurt = Buurt(
            slug: slug, name: name.value, district: district?.value, budget: budget, model: model.value,
            summary: summary?.value, organiser: organiser?.value, votingAge: votingAge?.value,
            languages: languages, phases: phases, contact: contact,
            introduction: parts.introduction.body, introductionTitle: parts.introduction.title,
            themes: parts.themes, plans: parts.plans, unreadablePlans: parts.unreadablePlans, updates: parts.updates,
            votingRounds: parts.votingRounds, spending: parts.spending, videos: parts.videos,
            media: parts.media, texts: parts.texts, location: fields.location,
            fieldLocations: fields.values.mapValues { reader.location($0.value) })
        return (buurt, diagnostics)
    }

    /// Everything in a buurt folder besides buurt.yaml.
    private struct Parts {
        var themes: [Theme]
        var introduction: (body: LocalizedMarkdown, title: LocalizedText?)
        var plans: [Plan]
        var unreadablePlans: Set<String>
        var updates: [Update]
        var votingRounds: [VotingRound]
        var spending: SpendingLedger?
        var videos: [Video]
        var media: [AssetFile]
        var texts: [TranslatableText]
    }

    private func loadParts(folder: String, slug: String, diagnostics: inout Diagnostics) -> Parts {
        let languages = config.languageCodes
        var texts: [TranslatableText] = []
        // Listed first: only files in this listing (no symlinks out of the site) are ever read or copied.
        let mediaFiles = FolderListing(root: root).allFiles(below: folder + "/media", diagnostics: &diagnostics)
        let media = mediaFiles.map {
            AssetFile(sourcePath: root + "/" + folder + "/media/" + $0, outputPath: slug + "/media/" + $0)
        }
        let themes = ThemeLoader.load(folder: folder, root: root, languages: languages, texts: &texts, diagnostics: &diagnostics)
        let introduction = loadIntroduction(folder: folder, texts: &texts, diagnostics: &diagnostics)
        let (plans, unreadablePlans) = loadPlans(folder: folder + "/plans", texts: &texts, diagnostics: &diagnostics)
        let updates = UpdateLoader.load(
            folder: folder + "/updates", root: root, config: config, memory: memory, texts: &texts, diagnostics: &diagnostics)
        let rounds = VotesLoader.load(folder: folder, root: root, languages: languages, texts: &texts, diagnostics: &diagnostics)
        let spending = SpendingLoader.load(folder: folder, root: root, diagnostics: &diagnostics)
        let videos = VideoLoader.load(
            folder: folder, root: root, media: Set(mediaFiles.map { "media/" + $0 }), languages: languages,
            defaultLanguage: config.defaultLanguage, texts: &texts, diagnostics: &diagnostics)
        return Parts(
            themes: themes, introduction: introduction, plans: plans, unreadablePlans: unreadablePlans, updates: updates,
            votingRounds: rounds, spending: spending, videos: videos, media: media, texts: texts)
    }

    private func buurtLanguages(_ fields: Fields, reader: NodeReader) -> [String] {
        guard let listed = fields.strings("languages") else { return config.languageCodes }
        var codes: [String] = []
        for code in listed {
            if config.language(code.value) == nil {
                reader.error("'\(code.value)' is not a language of this site" + Suggestion.didYouMean(code.value, in: config.languageCodes),
                    at: code.location)
            } else if !codes.contains(code.value) {
                codes.append(code.value)
            }
        }
        if !codes.contains(config.defaultLanguage) {
            reader.warning("'languages' leaves out the default language '\(config.defaultLanguage)'; the buurt is published in it anyway",
                at: fields.valueLocation("languages"))
            codes.insert(config.defaultLanguage, at: 0)
        }
        // Keep the site's order so pages and switchers list languages the same way everywhere.
        return config.languageCodes.filter(codes.contains)
    }

    private func phase(_ node: Node, reader: NodeReader) -> Phase? {
        guard let fields = reader.fields(node, "a phase", known: ["title", "start", "end"]) else { return nil }
        let title = fields.text("title", required: true)
        let start = fields.date("start", required: true)
        let end = fields.date("end")
        guard let title, let start else { return nil }
        return Phase(title: title.value, start: start, end: end)
    }

    private func loadIntroduction(folder: String, texts: inout [TranslatableText], diagnostics: inout Diagnostics) -> (body: LocalizedMarkdown, title: LocalizedText?) {
        let names = FolderListing(root: root).entries(folder).filter { $0.hasPrefix("index.") }
        let groups = MarkdownFileGroup.group(
            names, in: folder, languages: config.languageCodes, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        guard let group = groups.first(where: { $0.slug == "index" }),
            let document = LoadedDocument.load(
                group, folder: folder, root: root, known: ["title"], translatable: ["title"], what: "the introduction",
                languages: config.languageCodes, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        else { return (LocalizedMarkdown(), nil) }
        let title = document.fields.text("title").map {
            document.translated($0.value, field: "title", defaultLanguage: config.defaultLanguage)
        }
        diagnostics.merge(document.diagnostics)
        texts += document.texts
        return (document.body, title)
    }

    private func loadPlans(folder: String, texts: inout [TranslatableText], diagnostics: inout Diagnostics)
        -> (plans: [Plan], unreadable: Set<String>)
    {
        let groups = MarkdownFileGroup.group(
            FolderListing(root: root).entries(folder), in: folder, languages: config.languageCodes,
            defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        // Each plan on its own, on every core (a buurt read again in `serve` is read alone), then
        // gathered in the listing's order.
        let config = config
        let root = root
        let memory = memory
        typealias Read = (slug: String, plan: Plan?, texts: [TranslatableText], diagnostics: Diagnostics)
        let read = groups.parallelMap { group -> Read in
            let read = { Self.plan(group, folder: folder, root: root, config: config) }
            return memory.map { $0.document(group.paths(in: folder), read: read) } ?? read()
        }
        var plans: [Plan] = []
        var unreadable: Set<String> = []
        for one in read {
            diagnostics.merge(one.diagnostics)
            texts += one.texts
            if let plan = one.plan { plans.append(plan) } else { unreadable.insert(one.slug) }
        }
        return (plans, unreadable)
    }

    /// One plan from its files: nil when they cannot be read as one.
    private static func plan(_ group: MarkdownFileGroup, folder: String, root: String, config: SiteConfig)
        -> (slug: String, plan: Plan?, texts: [TranslatableText], diagnostics: Diagnostics)
    {
        var diagnostics = Diagnostics()
        guard let document = LoadedDocument.load(
            group, folder: folder, root: root, known: PlanLoader.known, translatable: PlanLoader.translatable, what: "a plan",
            languages: config.languageCodes, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        else { return (group.slug, nil, [], diagnostics) }
        let plan = PlanLoader.plan(from: document, defaultLanguage: config.defaultLanguage)
        diagnostics.merge(document.diagnostics)
        return (group.slug, plan, document.texts, diagnostics)
    }
}
