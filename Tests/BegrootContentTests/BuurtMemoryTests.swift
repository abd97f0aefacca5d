import BegrootCore
import Testing
@testable import BegrootContent

/// `serve` reads again only the buurten whose files changed.
@Suite struct BuurtMemoryTests {
    /// How often each buurt was read, with `memory` between loads.
    final class Reads: @unchecked Sendable {
        var count: [String: Int] = [:]
    }

    func load(_ memory: BuurtMemory, _ reads: Reads, _ slugs: [String] = ["west", "oost"]) {
        for slug in slugs {
            _ = memory.buurt(slug) {
                reads.count[slug, default: 0] += 1
                return (nil, Diagnostics())
            }
        }
    }

    @Test func aChangedFileForgetsOnlyItsBuurt() {
        let memory = BuurtMemory()
        let reads = Reads()
        load(memory, reads)
        load(memory, reads)
        #expect(reads.count == ["west": 1, "oost": 1], "nothing changed: nothing read again")
        memory.forget(changed: ["content/buurten/west/plans/tuin.md"])
        load(memory, reads)
        #expect(reads.count == ["west": 2, "oost": 1])
        memory.forget(changed: ["content/pages/over.md", "content/i18n/nl.yaml", "content/static/logo.svg", "themes/default/page.html"])
        load(memory, reads)
        #expect(reads.count == ["west": 2, "oost": 1], "pages, strings, static files and themes are no buurt's")
    }

    @Test(arguments: [Set(["content/site.yaml"]), Set(["content/buurten"]), nil] as [Set<String>?])
    func theSettingsOrAnUnknownChangeForgetEveryBuurt(_ changed: Set<String>?) {
        let memory = BuurtMemory()
        let reads = Reads()
        load(memory, reads)
        memory.forget(changed: changed)
        load(memory, reads)
        #expect(reads.count == ["west": 2, "oost": 2])
    }
}
