import Foundation
import TestSupport
import Testing

/// `begroot import plans`: the test. A Dutch semicolon export (a byte-order mark, CRLF, `1.234,56`,
/// cells over several lines) with a bad amount on row 7 is reported at row 7 and writes nothing; fixed,
/// it writes the plans, never over a file, and the site checks and builds with them.
@Suite struct ImportCommandTests {
    static func sheet(amountOnRow7: String) -> String {
        "\u{FEFF}" + [
            "Titel;Samenvatting;Thema;Status;Gevraagd;Toegekend;Indieners;Ingediend op;Tekst;Titel.en",
            "Moestuin;Groenten kweken;Groen;afgerond;€ 1.234,56;1.200,00;Tuingroep;15-6-2021;\"Wij willen\r\neen moestuin.\";Vegetable garden",
            "Bankjes bij de vijver;Zitten in de zon;groen;ingediend;2.500;;Buren;2021-06-16;Meer bankjes.;",
            "Feest;Nog een feest;Jeugd;ingediend;800;;\"Jongeren; Buurthuis\";2021-06-17;\"Regel 1\nRegel 2\n\nRegel 3\";Party",
            ";;;;;;;;;",
            "Boom planten;Een boom;groen;ingediend;350,5;;Buren;17-06-2021;Een boom.;Plant a tree",
            "Zonnepanelen;Energie;groen;ingediend;\(amountOnRow7);;Energiegroep;2021-06-18;Panelen.;",
            "Speelplek;Spelen;groen;in uitvoering;5.000;4.000;Ouders;2021-06-19;Een speelplek.;Playground",
        ].joined(separator: "\r\n") + "\r\n"
    }

    @Test func aBadAmountOnRow7WritesNothingAndTheFixedSheetBuilds() throws {
        let folder = try BinaryRunner.copyOfFixture("sites/small")
        let scratch = Scratch.folder("import")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder, to: scratch.appendingPathComponent("site"))
        let site = scratch.appendingPathComponent("site")
        let sheet = scratch.appendingPathComponent("plannen.csv")
        let arguments = ["import", "plans", "parkbuurt", "plannen.csv", "--source", "site"]

        try Data(Self.sheet(amountOnRow7: "12,3,4").utf8).write(to: sheet)
        let before = BinaryRunner.snapshot(site)
        let bad = try BinaryRunner.run(arguments, in: scratch)
        #expect(bad.status == 1)
        #expect(bad.standardError == """
            plannen.csv:7:5: error: '12,3,4' in 'Gevraagd' is not an amount; write it as 1234,56 or 1.234,56, without letters
            1 error, 0 warnings in 1 file
            begroot: error: nothing was imported; mend the rows named above and run the import again

            """)
        #expect(BinaryRunner.snapshot(site) == before, "nothing written")

        try Data(Self.sheet(amountOnRow7: "12.340").utf8).write(to: sheet)
        let fixed = try BinaryRunner.run(arguments, in: scratch)
        #expect(fixed.status == 0, "\(fixed.standardError)")
        let plans = "site/content/buurten/parkbuurt/plans/"
        #expect(fixed.standardError == """
            plannen.csv:4:1: warning: the buurt has a plan 'feest' already, so this one becomes 'feest-2'; if this row was imported before, remove the new file
            0 errors, 1 warning in 1 file
            begroot: created \(plans)moestuin.md
            begroot: created \(plans)moestuin.en.md
            begroot: created \(plans)bankjes-bij-de-vijver.md
            begroot: created \(plans)feest-2.md
            begroot: created \(plans)feest-2.en.md
            begroot: created \(plans)boom-planten.md
            begroot: created \(plans)boom-planten.en.md
            begroot: created \(plans)zonnepanelen.md
            begroot: created \(plans)speelplek.md
            begroot: created \(plans)speelplek.en.md
            begroot: imported 6 plans into content/buurten/parkbuurt/plans/; next: `begroot check --source site`, then `begroot serve --source site` to see them

            """)
        let folderOfPlans = scratch.appendingPathComponent(plans)
        #expect(try String(contentsOf: folderOfPlans.appendingPathComponent("moestuin.md"), encoding: .utf8) == """
            ---
            # imported from row 2 of plannen.csv
            title: "Moestuin"
            summary: "Groenten kweken"
            theme: groen
            status: completed
            requested: 1234.56
            awarded: 1200
            proposers: ["Tuingroep"]
            submitted: 2021-06-15
            ---
            Wij willen
            een moestuin.

            """)
        #expect(try String(contentsOf: folderOfPlans.appendingPathComponent("moestuin.en.md"), encoding: .utf8)
            == "---\ntitle: \"Vegetable garden\"\n---\n\n")
        let feest = try String(contentsOf: folderOfPlans.appendingPathComponent("feest-2.md"), encoding: .utf8)
        #expect(feest.contains("\nproposers: [\"Jongeren\", \"Buurthuis\"]\n"))
        #expect(feest.hasSuffix("---\nRegel 1\nRegel 2\n\nRegel 3\n"))
        let feestOriginal = before["content/buurten/parkbuurt/plans/feest.md"]
        #expect(FileManager.default.contents(atPath: site.path + "/content/buurten/parkbuurt/plans/feest.md") == feestOriginal)

        // The imported plans check and build at once, shown in both languages.
        let check = try BinaryRunner.run(["check", "--source", "site"], in: scratch)
        #expect(check.status == 0, "\(check.standardError)")
        let build = try BinaryRunner.run(["build", "--source", "site"], in: scratch)
        #expect(build.status == 0, "\(build.standardError)")
        let page = try String(contentsOf: site.appendingPathComponent("public/parkbuurt/plans/moestuin/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Moestuin</h1>") || page.contains(">Moestuin</"), "the title")
        #expect(page.contains("1.234,56"), "the amount requested, as Dutch writes it")
        let english = try String(contentsOf: site.appendingPathComponent("public/en/parkbuurt/plans/moestuin/index.html"), encoding: .utf8)
        #expect(english.contains("Vegetable garden"))
        #expect(english.contains("1,234.56"))

        // Imported again, every plan gets a new name; no file that was there is changed.
        let written = BinaryRunner.snapshot(site.appendingPathComponent("content"))
        let again = try BinaryRunner.run(arguments, in: scratch)
        #expect(again.status == 0)
        #expect(again.standardError.contains("begroot: created \(plans)moestuin-2.md\n"))
        let after = BinaryRunner.snapshot(site.appendingPathComponent("content"))
        for (path, bytes) in written { #expect(after[path] == bytes, "\(path) unchanged") }
        #expect(after.count == written.count + 10)
    }

    @Test func aBuurtThatDoesNotExistIsAUsageError() throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        try Data("titel\nTuin\n".utf8).write(to: site.appendingPathComponent("plannen.csv"))
        let result = try BinaryRunner.run(["import", "plans", "parkbuurd", "plannen.csv"], in: site)
        #expect(result.status == 2)
        #expect(result.standardError == "begroot: error: there is no buurt 'parkbuurd' in content/buurten/ (did you mean 'parkbuurt'?)\n")
        let missing = try BinaryRunner.run(["import", "plans", "parkbuurt", "plannen-2021.csv"], in: site)
        #expect(missing.status == 1)
        #expect(missing.standardError == """
            plannen-2021.csv:1:1: error: cannot read this file; is the name right?
            1 error, 0 warnings in 1 file
            begroot: error: nothing was imported; mend the rows named above and run the import again

            """)
    }
}
