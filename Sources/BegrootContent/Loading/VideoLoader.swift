import BegrootCore
import Foundation
import Yams

/// Reads a buurt's `videos.yaml`.
enum VideoLoader {
    static let known = [
        "slug", "title", "date", "source", "duration", "poster", "transcript", "captions", "description", "plans", "language",
    ]

    static func load(
        folder: String, root: String, media: Set<String>, languages: [String], defaultLanguage: String, texts: inout [TranslatableText],
        diagnostics: inout Diagnostics
    ) -> [Video] {
        let path = folder + "/videos.yaml"
        guard FolderListing(root: root).exists(path) else { return [] }
        guard let node = YAMLFile.read(path, root: root, diagnostics: &diagnostics) else { return [] }
        let reader = NodeReader(file: path, languages: Set(languages))
        defer {
            diagnostics.merge(reader.diagnostics)
            texts += reader.texts
        }
        var videos: [Video] = []
        for item in reader.sequence(node, "videos.yaml") ?? [] {
            guard var video = video(item, reader: reader, defaultLanguage: defaultLanguage) else { continue }
            video.transcriptTexts = readTranscripts(video, folder: folder, root: root, media: media)
            checkCaptionFiles(video, folder: folder, root: root, media: media, reader: reader)
            if videos.contains(where: { $0.slug == video.slug }) {
                reader.error("the video '\(video.slug)' is listed twice", at: video.location)
                continue
            }
            videos.append(video)
        }
        return videos
    }

    private static func video(_ node: Node, reader: NodeReader, defaultLanguage: String) -> Video? {
        guard let fields = reader.fields(node, "a video", known: known) else { return nil }
        let slug = fields.string("slug", required: true)
        if let slug, !Slug.isValid(slug.value) {
            reader.error("'\(slug.value)' is not a valid slug: use lowercase letters a–z, digits and '-'", at: slug.location)
        }
        let title = fields.text("title", required: true)
        let date = fields.date("date", required: true)
        let source = fields.string("source", required: true).flatMap { text -> Located<VideoSource>? in
            guard let source = VideoAddress.source(text.value) else {
                reader.error(
                    "a video's 'source' must be a file below media/ (media/film.mp4), a YouTube or a Vimeo address, found '\(text.value)'",
                    at: text.location)
                return nil
            }
            if case .file = source { MediaPath.check(text, reader: reader) }
            return Located(source, at: text.location)
        }
        let duration = fields.string("duration").flatMap { text -> Int? in
            guard let seconds = VideoAddress.seconds(text.value) else {
                reader.error("'duration' must be minutes and seconds such as \"4:12\" or \"1:02:30\", found '\(text.value)'", at: text.location)
                return nil
            }
            return seconds
        }
        let poster = fields.string("poster")
        if let poster { MediaPath.check(poster, reader: reader) }
        let transcripts = files(fields, "transcript", reader: reader)
        let captions = files(fields, "captions", reader: reader)
        let description = fields.text("description")
        let plans = fields.strings("plans") ?? []
        let spoken = fields.string("language")
        if let spoken, let languages = reader.languages, !languages.contains(spoken.value) {
            reader.error("'language' must be a language of this site" + Suggestion.didYouMean(spoken.value, in: languages), at: spoken.location)
        }
        if let source, source.value.hostName != nil, poster == nil {
            reader.warning("a video from \(source.value.hostName!) needs a 'poster' from media/: the preview shows it until the reader presses play",
                at: fields.location)
        }
        guard let slug, Slug.isValid(slug.value), let title, let date, let source else { return nil }
        return Video(
            slug: slug.value, title: title.value, date: date, source: source, durationSeconds: duration, poster: poster,
            spokenLanguage: spoken?.value ?? defaultLanguage, transcripts: transcripts, transcriptTexts: [:], captions: captions,
            description: description?.value, plans: plans, location: fields.location)
    }

    /// The transcripts that exist; a missing one is reported by the media rules.
    private static func readTranscripts(_ video: Video, folder: String, root: String, media: Set<String>) -> [String: String] {
        var texts: [String: String] = [:]
        for (language, path) in video.transcripts where media.contains(path.value) {
            if case .success(let file) = ContentFile.read(folder + "/" + path.value, in: root) { texts[language] = file.text }
        }
        return texts
    }

    /// A WebVTT file starts with `WEBVTT`; an `.srt` file renamed to `.vtt` does not, and browsers ignore it.
    private static func checkCaptionFiles(_ video: Video, folder: String, root: String, media: Set<String>, reader: NodeReader) {
        for (_, path) in video.captions.sorted(by: { $0.key < $1.key }) where media.contains(path.value) {
            guard case .success(let file) = ContentFile.read(folder + "/" + path.value, in: root) else { continue }
            let firstLine = file.text.prefix { !$0.isNewline }
            if !(firstLine == "WEBVTT" || firstLine.hasPrefix("WEBVTT ") || firstLine.hasPrefix("WEBVTT\t")) {
                reader.error("'\(path.value)' is not a WebVTT file: its first line must be WEBVTT (an .srt file must be converted)",
                    at: path.location)
            }
        }
    }

    /// A `{nl: media/x.nl.vtt, en: …}` map of files per language.
    private static func files(_ fields: Fields, _ key: String, reader: NodeReader) -> [String: Located<String>] {
        guard let node = fields.value(key) else { return [:] }
        guard case .mapping(let mapping) = node else {
            reader.error("'\(key)' must give a file per language, such as {nl: media/film.nl.vtt}, found \(node.kindDescription)", at: node)
            return [:]
        }
        var files: [String: Located<String>] = [:]
        for (languageNode, fileNode) in mapping {
            guard let language = reader.scalar(languageNode, "a language in '\(key)'"),
                let file = reader.scalar(fileNode, "the '\(language)' file of '\(key)'")
            else { continue }
            if let languages = reader.languages, !languages.contains(language) {
                reader.error("'\(key)' has a file in '\(language)', which is not a language of this site"
                    + Suggestion.didYouMean(language, in: languages), at: languageNode)
                continue
            }
            let path = Located(file, at: reader.location(fileNode))
            if MediaPath.check(path, reader: reader) { files[language] = path }
        }
        return files
    }
}

/// Reads the addresses of hosted videos. Only YouTube and Vimeo are known hosts; anything else is
/// refused, so no page ever embeds a player from a host we have not made privacy-safe.
enum VideoAddress {
    static func source(_ text: String) -> VideoSource? {
        if !text.contains("://") { return text.hasPrefix("media/") ? .file(text) : nil }
        guard let url = URLComponents(string: text), url.scheme == "https" || url.scheme == "http", let host = url.host?.lowercased()
        else { return nil }
        let path = url.path.split(separator: "/").map(String.init)
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        switch bareHost {
        case "youtube.com", "m.youtube.com", "youtube-nocookie.com":
            if path == ["watch"], let id = url.queryItems?.first(where: { $0.name == "v" })?.value { return youtube(id) }
            if path.count == 2, ["embed", "shorts", "live"].contains(path[0]) { return youtube(path[1]) }
            return nil
        case "youtu.be":
            return path.count == 1 ? youtube(path[0]) : nil
        case "vimeo.com":
            return path.count == 1 ? vimeo(path[0]) : nil
        case "player.vimeo.com":
            return path.count == 2 && path[0] == "video" ? vimeo(path[1]) : nil
        default:
            return nil
        }
    }

    private static func youtube(_ id: String) -> VideoSource? {
        id.count == 11 && id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) ? .youtube(id: id) : nil
    }

    private static func vimeo(_ id: String) -> VideoSource? {
        !id.isEmpty && id.allSatisfy(\.isASCIIDigit) ? .vimeo(id: id) : nil
    }

    /// `4:12` → 252, `1:02:30` → 3750.
    static func seconds(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        // At most four digits before the first colon (9999 hours, or minutes): a video is never longer,
        // and the sum cannot overflow.
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            parts[0].count <= 4, parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0)! < 60 })
        else { return nil }
        return parts.reduce(0) { $0 * 60 + Int($1)! }
    }
}
