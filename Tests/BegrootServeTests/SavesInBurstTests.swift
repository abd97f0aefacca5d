#if os(Linux)
import Glibc
import Testing
@testable import BegrootServe

/// The watcher shortens its wait once the last event of a burst finished a content file.
@Suite struct SavesInBurstTests {
    func saves(_ events: [(String, Int32)]) -> SavesInBurst {
        var saves = SavesInBurst()
        for (path, mask) in events { saves.note(path, mask: UInt32(mask)) }
        return saves
    }

    let plan = "/site/content/buurten/west/plans/tuin.md"

    @Test func aWriteClosedIsComplete() {
        #expect(!saves([]).areComplete, "nothing seen yet")
        #expect(!saves([(plan, IN_MODIFY)]).areComplete, "still being written")
        #expect(saves([(plan, IN_MODIFY), (plan, IN_CLOSE_WRITE)]).areComplete)
    }

    /// gedit and many editors write a temporary file and rename it over the plan.
    @Test func aTemporaryFileRenamedIntoPlaceIsComplete() {
        let temporary = "/site/content/buurten/west/plans/.goutputstream-X1Y2"
        #expect(!saves([(temporary, IN_CREATE), (temporary, IN_MODIFY), (temporary, IN_CLOSE_WRITE)]).areComplete)
        #expect(saves([(temporary, IN_CREATE), (temporary, IN_CLOSE_WRITE), (temporary, IN_MOVED_FROM), (plan, IN_MOVED_TO)]).areComplete)
    }

    /// vim moves the file away, writes the new one, then removes the backup.
    @Test func aFileMovedAwayIsIncompleteUntilItComesBack() {
        let backup = plan + "~"
        #expect(!saves([(plan, IN_MOVED_FROM), (backup, IN_MOVED_TO)]).areComplete)
        #expect(!saves([(plan, IN_MOVED_FROM), (plan, IN_CREATE), (plan, IN_MODIFY)]).areComplete)
        #expect(saves([(plan, IN_MOVED_FROM), (plan, IN_CREATE), (plan, IN_MODIFY), (plan, IN_CLOSE_WRITE), (backup, IN_DELETE)]).areComplete)
    }

    @Test func anotherFileStillBeingWrittenKeepsTheBurstOpen() {
        let spending = "/site/content/buurten/west/spending.csv"
        #expect(!saves([(spending, IN_MODIFY), (plan, IN_MODIFY), (plan, IN_CLOSE_WRITE)]).areComplete)
        #expect(!saves([(plan, IN_DELETE)]).areComplete, "a deleted file may come back")
    }

    @Test(arguments: [
        ("tuin.md", true), ("buurt.yaml", true), ("spending.CSV", true), ("foto.jpeg", true),
        ("tuin.md~", false), ("4913", false), (".tuin.md.swp", false), ("tuin.md___jb_tmp___", false), (".goutputstream-AB12", false),
    ])
    func editorsScratchFilesAreNoContent(_ name: String, _ isContent: Bool) {
        #expect(SavesInBurst.isContent("/site/content/" + name) == isContent)
    }
}
#endif
