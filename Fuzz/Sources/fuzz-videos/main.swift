// A buurt's videos.yaml through VideoLoader.load (slugs, dates, sources, `duration`, captions and
// transcripts per language), written to a tmpfs site folder first (ScratchSite). The media set
// names the sample's media files; they do not exist here, so no caption file is read (fuzz-vtt
// fuzzes those).
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let site = ScratchSite()
let prepared: Void = site.makeFolder("content/buurten/fuzz")
let media: Set<String> = [
    "media/film.mp4", "media/film.jpg", "media/film.nl.vtt", "media/film.en.vtt", "media/film.nl.md", "media/film.en.md",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = prepared
    site.write("content/buurten/fuzz/videos.yaml", data, size)
    var texts: [TranslatableText] = []
    var diagnostics = Diagnostics()
    let videos = VideoLoader.load(
        folder: "content/buurten/fuzz", root: site.root, media: media, languages: sampleConfig.languageCodes,
        defaultLanguage: sampleConfig.defaultLanguage, texts: &texts, diagnostics: &diagnostics)
    _ = (videos.map(\.durationSeconds), diagnostics.sorted.map(\.description))
    return 0
}
