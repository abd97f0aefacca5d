// content/site.yaml through SiteConfigLoader.load, written to a tmpfs site folder first (ScratchSite).
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let site = ScratchSite()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    site.write(SiteConfigLoader.path, data, size)
    var texts: [TranslatableText] = []
    var diagnostics = Diagnostics()
    let config = SiteConfigLoader.load(root: site.root, texts: &texts, diagnostics: &diagnostics)
    _ = (config?.languageCodes, diagnostics.sorted.map(\.description))
    return 0
}
