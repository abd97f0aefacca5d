import BegrootContent
import BegrootCore

/// `/<buurt>/videos/`: the buurt's videos, newest first, each with its player and transcript.
enum VideosPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurtSection(context.code, buurt.slug, .videos)
        let videos = newestFirst(buurt.videos)
        var values = view.baseValues(from: path, context)
        values["videos"] = .maps(videos.map { VideoPlayer.values($0, in: buurt, from: path, context, player: true) })
        let title = context.strings["buurt.menu.videos"]
        let content = context.render("videos", values)
        var shell = view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "videos-page") {
            context.paths.buurtSection($0, buurt.slug, .videos)
        }
        shell.scripts = scripts(for: videos)
        shell.jsonLD = VideoStructuredData.json(videos.map { ($0, buurt) }, from: path, context)
        return shell.render(content: content)
    }

    static func newestFirst(_ videos: [Video]) -> [Video] {
        videos.sorted { $0.date.value != $1.date.value ? $0.date.value > $1.date.value : $0.slug < $1.slug }
    }

    /// The small script that turns a hosted video's preview into its player, only where one is shown.
    static func scripts(for videos: [Video]) -> [String] {
        videos.contains { $0.source.value.hostName != nil } ? ["assets/begroot-video.js"] : []
    }
}

/// `/videos/`: every buurt's videos, grouped by buurt, linking to each buurt's video page.
enum AllVideosPage {
    static func render(_ views: [BuurtView], _ context: LanguageContext) -> OutputFile {
        let path = context.paths.videos(context.code)
        var all: [(Video, Buurt)] = []
        let groups: [TemplateValues] = views.filter { !$0.buurt.videos.isEmpty }.map { view in
            let buurt = view.buurt
            let language = HomePage.published(buurt, in: context)
            let page = context.paths.buurtSection(language, buurt.slug, .videos)
            let videos = VideosPage.newestFirst(buurt.videos)
            all += videos.map { ($0, buurt) }
            return [
                "nameHtml": .text(context.html(buurt.name)),
                "href": .text(context.link(from: path, to: page)),
                "hreflang": .text(language == context.code ? "" : language),
                "videos": .maps(videos.map { video in
                    var values = VideoPlayer.values(video, in: buurt, from: path, context, player: false)
                    values["href"] = .text(context.link(from: path, to: page) + "#video-" + video.slug)
                    return values
                }),
            ]
        }
        let title = context.strings["videos.title"]
        let content = context.render("all-videos", ["groups": .maps(groups), "t": context.stringTree])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languages.map { ($0.code, context.paths.videos($0.code)) })
        var shell = PageShell(
            context: context, path: path, title: title,
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (title, nil)],
            versions: versions, bodyClass: "all-videos")
        shell.jsonLD = VideoStructuredData.json(all, from: path, context)
        return shell.render(content: content)
    }
}
