// A buurt's buurt.yaml through BuurtLoader.load. The loader only reads from a site folder, so each
// input is written to a tmpfs site folder first (see ScratchSite).
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let site = ScratchSite()
let prepared: Void = site.makeFolder("content/buurten/fuzz")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = prepared
    site.write("content/buurten/fuzz/buurt.yaml", data, size)
    let (buurt, diagnostics) = BuurtLoader(root: site.root, config: sampleConfig).load(slug: "fuzz")
    _ = (buurt?.phases.count, diagnostics.sorted.map(\.description))
    return 0
}
