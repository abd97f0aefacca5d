// A buurt's votes.yaml through VotesLoader.load, written to a tmpfs site folder first (ScratchSite).
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let site = ScratchSite()
let prepared: Void = site.makeFolder("content/buurten/fuzz")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = prepared
    site.write("content/buurten/fuzz/votes.yaml", data, size)
    var texts: [TranslatableText] = []
    var diagnostics = Diagnostics()
    let rounds = VotesLoader.load(
        folder: "content/buurten/fuzz", root: site.root, languages: sampleConfig.languageCodes, texts: &texts, diagnostics: &diagnostics)
    _ = (rounds.map(\.results.count), diagnostics.sorted.map(\.description))
    return 0
}
