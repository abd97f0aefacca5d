import BegrootContent
import BegrootCore
import Foundation

/// `begroot import plans BUURT FILE.csv`: the rows of a spreadsheet as plan files of one buurt, each
/// named after its title, with a translation file per language the row has texts in. Nothing is
/// written while any row has a mistake, and no file that exists is ever replaced.
public enum PlanImport {
    /// The files to write, and what was found in the spreadsheet; `files` is empty when it has errors.
    public struct Plan: Sendable {
        public let files: [Scaffold.File]
        public let diagnostics: Diagnostics
        /// How many plans the files hold.
        public let count: Int
    }

    /// Reads `csvPath` for the buurt `slug` of the site in `root`. A missing buurt or a buurt whose
    /// own files have mistakes is a problem to mend first.
    public static func prepare(csv csvPath: String, buurt slug: String, in root: String) throws(Scaffold.Problem) -> Plan {
        try Scaffold.requireBuurt(slug, in: root)
        let (site, loaded) = SiteLoader.load(siteFolder: root)
        guard let site, let buurt = site.buurten.first(where: { $0.slug == slug }) else {
            let first = loaded.sorted.first { $0.severity == .error }.map { ": " + $0.description } ?? ""
            throw Scaffold.Problem(description: "the buurt '\(slug)' or the site's settings have mistakes; mend them first (begroot check lists them)" + first)
        }
        var (rows, diagnostics) = PlanSheet.read(csvPath, for: buurt, config: site.config)
        guard !diagnostics.hasErrors else { return Plan(files: [], diagnostics: diagnostics, count: 0) }
        let existing = existingSlugs(in: root + "/content/buurten/\(slug)/plans").union(buurt.plans.map(\.slug)).union(buurt.unreadablePlans)
        var taken = existing
        let source = printableName(csvPath)
        var files: [Scaffold.File] = []
        for row in rows {
            let languages = site.config.languages.map(\.code)
            let planSlug = uniqueSlug(for: row, languages: languages, taken: taken)
            let base = baseSlug(for: row, languages: languages)
            if planSlug != base, existing.contains(base) {
                // Most often the same sheet imported twice.
                diagnostics.warning("the buurt has a plan '\(base)' already, so this one becomes '\(planSlug)'; "
                    + "if this row was imported before, remove the new file", at: row.title.location)
            }
            taken.insert(planSlug)
            files += self.files(of: row, path: "content/buurten/\(slug)/plans/\(planSlug)", source: source, config: site.config)
        }
        return Plan(files: files, diagnostics: diagnostics, count: rows.count)
    }

    /// The slugs the plans folder holds already, as files (`tuin.md`, `tuin.en.md`) or folders.
    static func existingSlugs(in folder: String) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Set(names.map { name in String(name.split(separator: ".", maxSplits: 1).first ?? Substring(name)) })
    }

    /// The slug of the title (or, for a title in another script, of a translated title; else
    /// `plan-<row>`), at most 60 characters, with `-2`, `-3`… when it is taken.
    static func uniqueSlug(for plan: ImportedPlan, languages: [String], taken: Set<String>) -> String {
        let base = baseSlug(for: plan, languages: languages)
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// The slug of the plan's title, or of its first translated title with one; else `plan-<row>`.
    static func baseSlug(for plan: ImportedPlan, languages: [String]) -> String {
        let titles = [plan.title.value] + languages.compactMap { plan.translations[$0]?.title }
        return titles.lazy.map { shortened(Slug.make(from: $0)) }.first(where: Slug.isValid) ?? "plan-\(plan.row)"
    }

    /// A long slug cut at a `-` before 60 characters, so a paragraph pasted as a title still makes a file name.
    static func shortened(_ slug: String) -> String {
        guard slug.count > 60 else { return slug }
        let cut = slug.prefix(60)
        return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }

    /// The CSV file's name for a comment: its last part, without line breaks or other control characters.
    static func printableName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return String(name.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !"\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }
            .map(Character.init))
    }

    /// `path.md` and a `path.<language>.md` per translated language.
    static func files(of plan: ImportedPlan, path: String, source: String, config: SiteConfig) -> [Scaffold.File] {
        var fields = ["# imported from row \(plan.row) of \(source)", "title: " + Scaffold.quoted(plan.title.value)]
        if let summary = plan.summary { fields.append("summary: " + Scaffold.quoted(summary)) }
        if let theme = plan.theme { fields.append("theme: " + theme) }
        fields.append("status: " + plan.status.rawValue)
        if let requested = plan.requested { fields.append("requested: " + amount(requested)) }
        if let awarded = plan.awarded { fields.append("awarded: " + amount(awarded.value)) }
        if !plan.proposers.isEmpty { fields.append("proposers: [" + plan.proposers.map(Scaffold.quoted).joined(separator: ", ") + "]") }
        if let submitted = plan.submitted { fields.append("submitted: " + submitted.iso) }
        var files = [Scaffold.File(path: path + ".md", text: Scaffold.markdown(fields, plan.text))]
        for language in config.languages.map(\.code) {
            guard let translation = plan.translations[language] else { continue }
            var translated: [String] = []
            if let title = translation.title { translated.append("title: " + Scaffold.quoted(title)) }
            if let summary = translation.summary { translated.append("summary: " + Scaffold.quoted(summary)) }
            files.append(Scaffold.File(path: path + "." + language + ".md", text: Scaffold.markdown(translated, translation.text ?? "")))
        }
        return files
    }

    /// `30000`, or `1234.56` with cents: as plan files write amounts.
    static func amount(_ money: Money) -> String {
        money.parts.cents == 0 ? String(money.parts.whole) : money.decimalText
    }
}
