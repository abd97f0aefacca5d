// The WebVTT check of caption files (VideoLoader.checkCaptionFiles, private): a fixed videos.yaml
// whose video has a caption file and a transcript per language; the input is written as both
// files to a tmpfs site folder (ScratchSite) and read back by VideoLoader.load.
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let site = ScratchSite()
let folder = "content/buurten/fuzz"
let prepared: Void = {
    site.makeFolder(folder + "/media")
    site.write(folder + "/videos.yaml", """
        - slug: film
          title: {nl: Film, en: Film}
          date: 2020-02-15
          source: media/film.mp4
          duration: "4:12"
          captions: {nl: media/film.nl.vtt, en: media/film.en.vtt}
          transcript: {nl: media/film.nl.md}

        """)
}()
let media: Set<String> = ["media/film.mp4", "media/film.nl.vtt", "media/film.en.vtt", "media/film.nl.md"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = prepared
    site.write(folder + "/media/film.nl.vtt", data, size)
    site.write(folder + "/media/film.nl.md", data, size)
    var texts: [TranslatableText] = []
    var diagnostics = Diagnostics()
    let videos = VideoLoader.load(
        folder: folder, root: site.root, media: media, languages: sampleConfig.languageCodes,
        defaultLanguage: sampleConfig.defaultLanguage, texts: &texts, diagnostics: &diagnostics)
    _ = (videos.map(\.transcriptTexts.count), diagnostics.sorted.map(\.description))
    return 0
}
