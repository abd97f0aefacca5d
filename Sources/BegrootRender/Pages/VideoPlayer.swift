import BegrootContent
import BegrootCore
import Foundation

/// A video as HTML. A local file plays in `<video controls preload="none">` with a `captions` track in
/// the spoken language and `subtitles` for the others, and its transcript below. A hosted video is a
/// preview that loads nothing from its host: the local poster, a sentence saying that playing loads
/// the video from YouTube or Vimeo, and a plain link; `begroot-video.js` turns the preview into the
/// host's privacy-friendlier player only when the reader presses play.
enum VideoPlayer {
    static func html(_ video: Video, in buurt: Buurt, from path: String, _ context: LanguageContext) -> String {
        let title = context.html(video.title)
        let poster = video.poster.map { context.link(from: path, to: context.paths.media(buurt.slug, $0.value)) }
        var html: String
        switch video.source.value {
        case .file(let file):
            let source = context.link(from: path, to: context.paths.media(buurt.slug, file))
            html = "<video controls preload=\"none\"" + (poster.map { " poster=\"\(HTML.escape($0))\"" } ?? "") + ">\n"
            html += "<source src=\"\(HTML.escape(source))\"" + (mimeType(file).map { " type=\"\($0)\"" } ?? "") + ">\n"
            for (language, caption) in tracks(video, context) {
                let kind = language == video.spokenLanguage ? "captions" : "subtitles"
                let name = context.site.config.language(language)?.name ?? language
                let isDefault = language == context.code ? " default" : ""
                html += "<track kind=\"\(kind)\" src=\"\(HTML.escape(context.link(from: path, to: context.paths.media(buurt.slug, caption))))\""
                    + " srclang=\"\(language)\" label=\"\(HTML.escape(name))\"\(isDefault)>\n"
            }
            html += "<a href=\"\(HTML.escape(source))\">\(HTML.escape(context.strings["video.download"]))</a>\n</video>\n"
        case .youtube, .vimeo:
            let host = video.source.value.hostName!
            let watch = watchAddress(video.source.value)!
            html = "<div class=\"video-preview\" data-embed=\"\(HTML.escape(embedAddress(video.source.value)!))\""
                + " data-title=\"\(HTML.escape(context.plain(video.title)))\">\n"
            if let poster { html += "<img src=\"\(HTML.escape(poster))\" alt=\"\" width=\"640\" height=\"360\">\n" }
            html += "<p class=\"video-notice\">\(HTML.escape(context.strings.format("video.loadsFrom", ["host": host])))</p>\n"
            html += "<button type=\"button\" class=\"video-play\" hidden>\(HTML.escape(context.strings["video.play"]))"
                + "<span class=\"visually-hidden\">: \(title)</span></button>\n"
            html += "<p><a href=\"\(HTML.escape(watch))\" rel=\"noopener\">\(HTML.escape(context.strings.format("video.watchOn", ["host": host])))</a></p>\n"
            html += "</div>\n"
        }
        return html
    }

    /// Caption files in the site's language order, the spoken language first.
    static func tracks(_ video: Video, _ context: LanguageContext) -> [(String, String)] {
        let order = [video.spokenLanguage] + context.site.config.languageCodes.filter { $0 != video.spokenLanguage }
        return order.compactMap { language in video.captions[language].map { (language, $0.value) } }
    }

    static func mimeType(_ file: String) -> String? {
        switch file.split(separator: ".").last?.lowercased() {
        case "mp4", "m4v": "video/mp4"
        case "webm": "video/webm"
        case "ogv": "video/ogg"
        default: nil
        }
    }

    /// The privacy-friendlier player: YouTube's no-cookie domain, Vimeo with do-not-track.
    static func embedAddress(_ source: VideoSource) -> String? {
        switch source {
        case .youtube(let id): "https://www.youtube-nocookie.com/embed/\(id)?autoplay=1"
        case .vimeo(let id): "https://player.vimeo.com/video/\(id)?dnt=1&autoplay=1"
        case .file: nil
        }
    }

    static func watchAddress(_ source: VideoSource) -> String? {
        switch source {
        case .youtube(let id): "https://www.youtube.com/watch?v=\(id)"
        case .vimeo(let id): "https://vimeo.com/\(id)"
        case .file: nil
        }
    }

    /// `4:12`, `1:02:30`.
    static func duration(_ seconds: Int) -> String {
        let (hours, rest) = seconds.quotientAndRemainder(dividingBy: 3600)
        let (minutes, secs) = rest.quotientAndRemainder(dividingBy: 60)
        return hours > 0 ? "\(hours):\(padded(minutes, width: 2)):\(padded(secs, width: 2))" : "\(minutes):\(padded(secs, width: 2))"
    }

    /// The values a video shows in a list or on its buurt's video page.
    /// `level` is the heading level of the video's title: 2 on a video page, 3 inside a section.
    static func values(
        _ video: Video, in buurt: Buurt, from path: String, _ context: LanguageContext, player: Bool, level: Int = 2
    ) -> TemplateValues {
        var values: TemplateValues = [
            "id": .text("video-" + video.slug),
            "level": .text(String(level)),
            "titleHtml": .text(context.labelledHtml(video.title)),
            "descriptionHtml": .text(context.labelledHtml(video.description)),
            "date": .text(context.date(video.date.value)),
            "dateISO": .text(video.date.value.iso),
            "duration": .text(video.durationSeconds.map { context.strings.format("video.duration", ["time": duration($0)]) } ?? ""),
            "captionLanguages": .text(tracks(video, context).map { context.site.config.language($0.0)?.name ?? $0.0 }.joined(separator: ", ")),
            "host": .text(video.source.value.hostName ?? ""),
        ]
        if player {
            values["playerHtml"] = .text(html(video, in: buurt, from: path, context))
            if let transcript = transcript(video, context) {
                values["transcriptHtml"] = .text(transcript.html)
                values["transcriptLang"] = .text(transcript.language)
                let written = context.site.config.language(transcript.language)
                values["transcriptDir"] = .text(written?.direction.rawValue ?? context.language.direction.rawValue)
                if transcript.language != context.code {
                    values["transcriptLanguageName"] = .text(written?.name ?? transcript.language)
                }
            }
        } else if let poster = video.poster {
            values["poster"] = .text(context.link(from: path, to: context.paths.media(buurt.slug, poster.value)))
        }
        return values
    }

    /// The transcript in the reader's language, else the spoken language's, else the default's.
    static func transcript(_ video: Video, _ context: LanguageContext) -> (html: String, language: String)? {
        for language in [context.code, video.spokenLanguage, context.defaultLanguage] {
            if let text = video.transcriptTexts[language] { return (context.markdown.html(text) { $0 }, language) }
        }
        return nil
    }
}

/// schema.org `VideoObject`s as JSON-LD, for search engines, through the one JSON writer (which
/// writes `<`, `>` and `&` as escapes, so nothing in a title can end or change the `<script>`).
/// Keys sorted, so the output is byte-identical between builds. Addresses of local files need
/// `baseURL` (structured data wants absolute addresses) and are left out without it.
enum VideoStructuredData {
    static func json(_ items: [(Video, Buurt)], from path: String, _ context: LanguageContext) -> String {
        let base = context.site.config.baseURL
        func address(_ target: String) -> String? { base.map { $0 + target } }
        let objects: [JSONValue] = items.map { video, buurt in
            var fields: [(String, JSONValue)] = [
                ("@type", .string("VideoObject")),
                ("name", .string(context.plain(video.title))),
                ("uploadDate", .string(video.date.value.iso)),
                ("inLanguage", .string(video.spokenLanguage)),
            ]
            if let description = video.description { fields.append(("description", .string(context.plain(description)))) }
            if let seconds = video.durationSeconds { fields.append(("duration", .string("PT\(seconds / 60)M\(seconds % 60)S"))) }
            if let poster = video.poster, let url = address(context.paths.media(buurt.slug, poster.value)) {
                fields.append(("thumbnailUrl", .string(url)))
            }
            switch video.source.value {
            case .file(let file): if let url = address(context.paths.media(buurt.slug, file)) { fields.append(("contentUrl", .string(url))) }
            default: fields.append(("embedUrl", .string(VideoPlayer.embedAddress(video.source.value)!)))
            }
            return .object(fields.sorted { $0.0 < $1.0 })
        }
        let document = JSONValue.object([("@context", .string("https://schema.org")), ("@graph", .array(objects))])
        return String(decoding: document.compactBytes, as: UTF8.self)
    }
}
