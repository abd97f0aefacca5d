import BegrootContent
import BegrootCore

/// `/data/`: the open-data files, described in plain words, with links. The files are the same for
/// every language (in the site's default language where they hold text); this page explains them in
/// the reader's.
enum DataPage {
    static func render(_ views: [BuurtView], _ context: LanguageContext) -> OutputFile {
        let path = context.paths.data(context.code)
        let buurten: [TemplateValues] = views.map { view in
            [
                "nameHtml": .text(context.html(view.buurt.name)),
                "files": .maps(OpenData.File.of(view.buurt).map { entry($0, in: view.buurt, from: path, context) }),
            ]
        }
        let title = context.strings["data.title"]
        let content = context.render("data", [
            "index": .maps([entry(.index, in: nil, from: path, context)]),
            "buurten": .maps(buurten),
            "t": context.stringTree,
        ])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languages.map { ($0.code, context.paths.data($0.code)) })
        return PageShell(
            context: context, path: path, title: title,
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (title, nil)],
            versions: versions, bodyClass: "data-page"
        ).render(content: content)
    }

    /// One file: its name as a link, its format, and what is in it.
    static func entry(_ file: OpenData.File, in buurt: Buurt?, from path: String, _ context: LanguageContext) -> TemplateValues {
        let description: String
        let format: String
        switch file {
        case .index: (description, format) = (context.strings["data.file.index"], "JSON")
        case .buurt: (description, format) = (context.strings["data.file.buurt"], "JSON")
        case .plans: (description, format) = (context.strings["data.file.plans"], "CSV")
        case .spending: (description, format) = (context.strings["data.file.spending"], "CSV")
        case .grants: (description, format) = (context.strings["data.file.grants"], "JSON, 360Giving")
        case .vote(_, let number):
            let round = buurt.map { context.plain($0.votingRounds[number - 1].title) } ?? ""
            (description, format) = (context.strings.format("data.file.vote", ["round": round]), "Pabulib")
        case .voteResults(_, let number):
            let round = buurt.map { context.plain($0.votingRounds[number - 1].title) } ?? ""
            (description, format) = (context.strings.format("data.file.voteResults", ["round": round]), "CSV")
        }
        return [
            "name": .text(file.name),
            "href": .text(context.link(from: path, to: file.path)),
            "format": .text(format),
            "description": .text(description),
        ]
    }

    /// The link under a table of figures to the open-data file that holds the same figures.
    static func downloadLink(_ file: OpenData.File, from path: String, _ context: LanguageContext) -> String {
        let key = switch file {
        case .plans, .spending: "data.downloadCSV"
        case .vote, .voteResults: "data.downloadVotes"
        case .index, .buurt, .grants: "data.downloadJSON"
        }
        return "<p class=\"download\"><a href=\"\(HTML.escape(context.link(from: path, to: file.path)))\">"
            + "\(HTML.escape(context.strings[key]))</a> <span class=\"meta\">(\(HTML.escape(file.name)))</span></p>\n"
    }
}
