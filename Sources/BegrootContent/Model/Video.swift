import BegrootCore

/// Where a video plays from. A local file is the privacy-safe default; a hosted video loads
/// nothing from its host until the reader asks for it.
public enum VideoSource: Hashable, Sendable {
    /// A file below the buurt's `media/`, such as `media/verantwoording.mp4`.
    case file(String)
    case youtube(id: String)
    case vimeo(id: String)

    /// The host's name for a hosted video, nil for a local file.
    public var hostName: String? {
        switch self {
        case .file: nil
        case .youtube: "YouTube"
        case .vimeo: "Vimeo"
        }
    }
}

/// A video of a buurt, from `videos.yaml`.
public struct Video: Sendable {
    public var slug: String
    public var title: LocalizedText
    public var date: Located<DayDate>
    public var source: Located<VideoSource>
    /// Length in seconds, from `duration: "4:12"`.
    public var durationSeconds: Int?
    public var poster: Located<String>?
    /// The language spoken in the video (`language:`, begroot's addition); the site's default when not given.
    /// Its captions are `captions` for the hard of hearing, the others `subtitles` for other readers.
    public var spokenLanguage: String
    /// Markdown transcript file per language code.
    public var transcripts: [String: Located<String>]
    /// The transcripts' text, per language code, for the files that could be read.
    public var transcriptTexts: [String: String]
    /// WebVTT caption file per language code.
    public var captions: [String: Located<String>]
    public var description: LocalizedText?
    public var plans: [Located<String>]
    public var location: SourceLocation
}
