import BegrootCore
import Foundation
import TestSupport
import Testing
@testable import BegrootContent

/// `import plans` reads a spreadsheet of plans: columns by their English or Dutch header, cells in the
/// file's own style, every bad cell at its spreadsheet row and column.
@Suite struct PlanSheetTests {
    /// A buurt with a budget of 1000, two themes (one with a budget of 300) and an awarded plan of 200.
    func buurt() throws -> (Buurt, SiteConfig) {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/themes.yaml": """
                - {slug: groen, title: {nl: Groen en schoon, en: Green and clean}, budget: 300}
                - {slug: jeugd, title: {nl: Jeugd}}

                """,
            "content/buurten/west/plans/bank.md": "---\ntitle: Bank\ntheme: groen\nstatus: selected\nawarded: 200\n---\n",
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        let config = try #require(loaded?.config, "\(diagnostics.all)")
        return (try #require(loaded?.buurten.first), config)
    }

    /// The sheet `text` read for the buurt, from a file named `plannen.csv`.
    func read(_ text: String) throws -> (plans: [ImportedPlan], diagnostics: [String]) {
        let (buurt, config) = try buurt()
        let file = Scratch.folder("sheet").path
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file + "/plannen.csv"))
        let (plans, diagnostics) = PlanSheet.read(file + "/plannen.csv", for: buurt, config: config)
        return (plans, diagnostics.sorted.map { $0.description.replacingOccurrences(of: file + "/", with: "") })
    }

    @Test func aDutchExportIsReadCellByCell() throws {
        let (plans, diagnostics) = try read("""
            \u{FEFF}Titel;Samenvatting;Thema;Status;Gevraagd bedrag (€);Toegekend;Indieners;Ingediend op;Tekst;titel.en;Tekst (en);E-mailadres\r
            Speeltuin;Nieuwe toestellen;Groen en schoon;in uitvoering;€ 1.234,56;100;"Groep Noord\nBuren; Zuid";15-6-2021 10:12;"Wij willen\r\n**meer** spelen.";Playground;;a@b.nl\r
            ;;;;;;;;;;;\r
            Feest;;jeugd;Ingediend;12.50;;;2021-06-16;;;Party!;\r

            """)
        #expect(diagnostics == ["plannen.csv:1:12: warning: the column 'E-mailadres' is not imported; begroot imports title, summary, theme, status, requested, awarded, proposers, submitted, text"])
        try #require(plans.count == 2)
        let speeltuin = plans[0]
        #expect(speeltuin.row == 2)
        #expect(speeltuin.title.value == "Speeltuin")
        #expect(speeltuin.title.location == SourceLocation(file: speeltuin.title.location.file, line: 2, column: 1))
        #expect(speeltuin.summary == "Nieuwe toestellen")
        #expect(speeltuin.theme == "groen")
        #expect(speeltuin.status == .inProgress)
        #expect(speeltuin.requested == Money(cents: 123_456))
        #expect(speeltuin.awarded?.value == Money(euros: 100))
        #expect(speeltuin.proposers == ["Groep Noord", "Buren", "Zuid"])
        #expect(speeltuin.submitted?.iso == "2021-06-15")
        #expect(speeltuin.text == "Wij willen\n**meer** spelen.")
        #expect(speeltuin.translations == ["en": .init(title: "Playground", summary: nil, text: nil)])
        let feest = plans[1]
        #expect(feest.row == 4, "a blank row counts; a line break inside a cell does not")
        #expect(feest.status == .submitted)
        #expect(feest.requested == Money(cents: 1250), "a decimal point beside semicolons, as some spreadsheets keep it")
        #expect(feest.translations == ["en": .init(title: nil, summary: nil, text: "Party!")])
    }

    @Test func anEnglishExportWithoutStatusesIsSubmitted() throws {
        let (plans, diagnostics) = try read("title,requested,proposers\nBench,\"1,234.50\",Neighbours\n")
        #expect(diagnostics.isEmpty)
        #expect(plans.first?.status == .submitted)
        #expect(plans.first?.requested == Money(cents: 123_450))
    }

    @Test(arguments: [
        ("titel;gevraagd\nTuin;12,5,0\n", "plannen.csv:2:2: error: '12,5,0' in 'gevraagd' is not an amount; write it as 1234,56 or 1.234,56, without letters"),
        ("titel;gevraagd\nTuin;-100\n", "plannen.csv:2:2: error: '-100' in 'gevraagd' is not an amount; write it as 1234,56 or 1.234,56, without letters"),
        ("titel;status\nTuin;ingedient\n",
         "plannen.csv:2:2: error: 'ingedient' is not a status; write one of submitted, selected, not-selected, in-progress, completed, cancelled (or in Dutch: ingediend, gekozen, afgewezen, in uitvoering, afgerond, geannuleerd) (did you mean 'submitted'?)"),
        ("titel;ingediend op\nTuin;6/15/2021\n",
         "plannen.csv:2:2: error: '6/15/2021' in 'ingediend op' is not a real date; with slashes it is unclear whether the day or the month comes first; write it as 2021-06-15 or 15-6-2021"),
        ("titel;thema\nTuin;gren\n", "plannen.csv:2:2: error: 'gren' is not a theme of this buurt; write one of groen, jeugd (did you mean 'groen'?)"),
        ("titel;status;toegekend\nTuin;ingediend;500\n",
         "plannen.csv:2:3: error: a plan that is submitted has no award yet; leave this cell empty, or give the status 'selected'"),
        ("titel;status\nTuin;gekozen\n", "plannen.csv:2:2: error: a plan that is selected needs the amount awarded; add a column 'awarded' (toegekend)"),
        ("titel;status;toegekend\nTuin;afgerond;\n", "plannen.csv:2:2: error: a plan that is completed needs the amount awarded in the column 'toegekend'"),
        ("titel;samenvatting\n;Zonder titel\n", "plannen.csv:2:1: error: this plan has no title; fill in the column 'titel', or remove the row"),
        ("samenvatting;tekst\nA;B\n", "plannen.csv:1:1: error: no column holds the plans' titles; the header row (the first row) needs a column 'title' or 'titel'"),
        ("titel;Naam\nA;B\n", "plannen.csv:1:2: error: there are two columns for the title ('titel' and 'Naam'); keep one"),
        ("titel;thema.en\nA;B\n", "plannen.csv:1:2: error: 'thema.en': only the title, summary and text have a column per language; the theme is the same in every language"),
        ("titel;gevraagd;indieners\nTuin,500,Buren\n",
         "plannen.csv:2:1: error: this row separates its cells with commas (,), but the header row with semicolons (;); save the whole file with one separator"),
        ("titel;gevraagd\nTuin;5;6;7\n",
         "plannen.csv:2:1: error: this row has 4 cells, but the header only 2; is a text with ';' not in quotes, or a header missing?"),
        ("titel;status;toegekend\nTuin;gekozen;900\n",
         "plannen.csv:2:3: error: with this award the buurt's plans are awarded € 1.100, more than its budget of € 1.000"),
        ("titel;thema;status;toegekend\nTuin;groen;gekozen;150\n",
         "plannen.csv:2:4: error: with this award the theme 'groen' is awarded € 350, more than its budget of € 300"),
        ("titel\n", "plannen.csv:1:1: error: this file has a header row but no plans below it"),
    ])
    func aBadCellIsReportedWhereTheSpreadsheetShowsIt(_ sheet: String, _ expected: String) throws {
        let (plans, diagnostics) = try read(sheet)
        #expect(diagnostics == [expected])
        #expect(plans.isEmpty, "a sheet with an error gives no plans")
    }

    @Test func aTranslationInALanguageTheSiteLacksIsLeftOutWithAWarning() throws {
        let (plans, diagnostics) = try read("titel,title.fr\nTuin,Jardin\n")
        #expect(diagnostics == [
            "plannen.csv:1:2: warning: the column 'title.fr' is not imported: it is the title in 'fr', which is not one of the site's languages (nl, en); add the language to site.yaml first",
        ])
        #expect(plans.first?.translations.isEmpty == true)
    }

    @Test func aFileNotSavedAsUTF8SaysHowToSaveIt() throws {
        let (buurt, config) = try buurt()
        let folder = Scratch.folder("sheet").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("titel;tekst\nCaf\u{E9};x\n".data(using: .windowsCP1252)!).write(to: URL(fileURLWithPath: folder + "/oud.csv"))
        let (plans, diagnostics) = PlanSheet.read(folder + "/oud.csv", for: buurt, config: config)
        #expect(plans.isEmpty)
        #expect(diagnostics.sorted.map(\.description) == [
            folder + "/oud.csv:2:4: error: this file is not saved as UTF-8: the character here cannot be read (byte E9, 'é' in the older Windows encoding); "
                + "save it as UTF-8: in Excel with \"Save as…\" and the type \"CSV UTF-8\", in LibreOffice with the character set \"Unicode (UTF-8)\"",
        ])
    }

    @Test func aPipeAFolderOrADeviceIsRefusedWithoutReadingIt() throws {
        let (buurt, config) = try buurt()
        let folder = Scratch.folder("sheet").path
        try FileManager.default.createDirectory(atPath: folder + "/map.csv", withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/pijp.csv", 0o600) == 0)
        for path in [folder + "/map.csv", folder + "/pijp.csv", "/dev/zero", folder + "/weg.csv"] {
            let (plans, diagnostics) = PlanSheet.read(path, for: buurt, config: config)
            #expect(plans.isEmpty)
            #expect(diagnostics.sorted.map(\.description) == [path + ":1:1: error: cannot read this file; is the name right?"])
        }
    }
}
