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

    static let checks = Derived<Int>("checks", readsPresentation: false)
    static let view = Derived<Int>("view", readsPresentation: true)

    /// How often `what` of `slug` was worked out, asking for it once.
    func work(_ memory: BuurtMemory, _ what: Derived<Int>, _ slug: String, _ made: Reads) -> Int {
        memory.derived(what, of: slug) {
            made.count[slug + "/" + what.name, default: 0] += 1
            return made.count[slug + "/" + what.name]!
        }
    }

    @Test func aThemeOrStringsChangeForgetsHowBuurtenAreShownButNotWhatWasChecked() {
        let memory = BuurtMemory()
        let reads = Reads()
        let made = Reads()
        load(memory, reads)
        #expect(work(memory, Self.checks, "west", made) == 1)
        #expect(work(memory, Self.view, "west", made) == 1)
        #expect(memory.siteWide(Self.view) { 7 } == 7)
        #expect(work(memory, Self.view, "west", made) == 1, "kept")
        for changed in ["themes/default/plan.html", "content/i18n/ar.yaml"] {
            memory.forget(changed: [changed])
            #expect(work(memory, Self.checks, "west", made) == 1, "\(changed) does not change the checks")
        }
        #expect(work(memory, Self.view, "west", made) == 2, "worked out once again after the two changes")
        #expect(memory.siteWide(Self.view) { 8 } == 8, "the theme is read again")
        load(memory, reads)
        #expect(reads.count == ["west": 1, "oost": 1], "no buurt read again")
        memory.forgetPresentation()
        #expect(work(memory, Self.view, "west", made) == 3)
        #expect(work(memory, Self.checks, "west", made) == 1)
    }

    @Test func aChangedBuurtForgetsWhatWasWorkedOutFromIt() {
        let memory = BuurtMemory()
        let reads = Reads()
        let made = Reads()
        load(memory, reads)
        _ = work(memory, Self.checks, "west", made)
        _ = work(memory, Self.checks, "oost", made)
        memory.forget(changed: ["content/buurten/oost/spending.csv"])
        load(memory, reads)
        #expect(work(memory, Self.checks, "west", made) == 1)
        #expect(work(memory, Self.checks, "oost", made) == 2)
    }

    @Test func withoutARememberedBuurtNothingWorkedOutIsKept() {
        let memory = BuurtMemory()
        let made = Reads()
        #expect(work(memory, Self.checks, "noord", made) == 1)
        #expect(work(memory, Self.checks, "noord", made) == 2)
        #expect(BuurtMemory.derived(Self.checks, of: "noord", in: nil) { 42 } == 42)
    }

    /// How often each document was read, by its first file.
    func read(_ memory: BuurtMemory, _ files: [String], _ reads: Reads) -> Int {
        memory.document(files) {
            reads.count[files[0], default: 0] += 1
            return reads.count[files[0]]!
        }
    }

    @Test func aPlanIsReadAgainOnlyWhenOneOfItsFilesOrItsFolderChanged() {
        let memory = BuurtMemory()
        let reads = Reads()
        let tuin = ["content/buurten/west/plans/tuin.md", "content/buurten/west/plans/tuin.en.md"]
        let bank = ["content/buurten/west/plans/bank/index.md"]
        let feest = ["content/buurten/oost/plans/feest.md"]
        for files in [tuin, bank, feest] { #expect(read(memory, files, reads) == 1) }
        memory.forget(changed: ["content/buurten/west/plans/tuin.en.md"])
        #expect(read(memory, tuin, reads) == 2, "its translation changed")
        #expect(read(memory, bank, reads) == 1)
        memory.forget(changed: ["content/buurten/west/plans/bank"])
        #expect(read(memory, bank, reads) == 2, "its folder changed")
        #expect(read(memory, tuin, reads) == 2)
        memory.forget(changed: ["content/buurten/west/plans/tuin.md.swp", "content/buurten/west/plans/ban"])
        #expect(read(memory, tuin, reads) == 2, "a neighbour's name that starts the same is no change")
        #expect(read(memory, bank, reads) == 2)
        memory.forget(changed: ["content/site.yaml"])
        for files in [tuin, bank, feest] { #expect(read(memory, files, reads) > 1, "the settings forget every document") }
    }
}
