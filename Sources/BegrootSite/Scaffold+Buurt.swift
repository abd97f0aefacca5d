import BegrootContent
import BegrootCore
import Foundation

extension Scaffold {
    /// `begroot new buurt "Kleine Wereld"` (or `kleine-wereld`): buurt.yaml with every field
    /// explained and the introduction in each of the site's languages. A name gives the slug
    /// (`kleine-wereld`) unless one is given; a slug alone gives the name (`Kleine-wereld`) to
    /// correct in the file.
    public static func buurt(_ nameOrSlug: String, slug given: String? = nil, config: SiteConfig, today: DayDate) throws(Problem) -> Start {
        let typed = nameOrSlug.trimmingCharacters(in: .whitespaces)
        let isSlug = given == nil && Slug.isValid(typed)
        let slug = given ?? (isSlug ? typed : Slug.make(from: typed))
        guard Slug.isValid(slug) else {
            throw Problem(description: given == nil
                ? "'\(nameOrSlug)' gives no folder name for the buurt: give a slug as well, such as --slug k-buurt "
                    + "(lowercase letters a–z, digits and '-')"
                : "'\(slug)' cannot be a buurt's slug: use lowercase letters, digits and '-', such as 'k-buurt'")
        }
        guard !SiteChecker.reservedNames.contains(slug), slug != "accessibility", config.language(slug) == nil else {
            throw Problem(description: "'\(slug)' is a name the portal uses itself; choose another name for the buurt")
        }
        let name = isSlug ? typed.prefix(1).uppercased() + typed.dropFirst() : typed
        let folder = "content/buurten/\(slug)"
        var files = [File(path: folder + "/buurt.yaml", text: buurtYAML(name: name, config: config, today: today))]
        for language in config.languages {
            let isDefault = language.code == config.defaultLanguage
            let frontMatter = [
                line("# title: \"…\"", isDefault ? "optional: a title above the introduction" : "optional: that title in \(language.name)")
            ]
            files.append(File(
                path: folder + "/index\(isDefault ? "" : "." + language.code).md",
                text: markdown(frontMatter, StarterTexts.text(.buurtIntroduction, in: language.code))))
        }
        return Start(files: files) { site in
            "next: fill in \(shown(folder + "/buurt.yaml", in: site)) and the introduction in index.md, "
                + "then \(command("new plan \(slug) \"Title of a plan\"", in: site)) and \(command("serve", in: site))"
        }
    }

    static func buurtYAML(name: String, config: SiteConfig, today: DayDate) -> String {
        let summaries = Dictionary(uniqueKeysWithValues: config.languages.map { ($0.code, StarterTexts.text(.buurtSummary, in: $0.code)) })
        let codes = config.languageCodes.joined(separator: ", ")
        return """
            # The buurt's settings. Fill in the real figures: `begroot check --strict` lists what is still open.
            \(line("name: " + quoted(name), "the buurt's name as residents know it"))
            \(line("# district: Nieuw-West", "optional: the stadsdeel"))
            \(line("budget: 0", "the buurt's budget in euros, such as 250000 (cents: 1234.50)"))
            \(line("model: challenge", "how plans are chosen: challenge, bottom-up, deliberation or other"))
            \(line("summary:", "a sentence or two for the list of buurten, per language"))
            \(config.languages.map { "  \($0.code): " + quoted(summaries[$0.code]!) }.joined(separator: "\n"))
            \(line("# organiser: {\(config.defaultLanguage): Stadsdeel en bewoners}", "optional: who organises the budget"))
            \(line("# votingAge: 12", "optional: the age from which residents may vote"))
            \(line("# languages: [\(codes)]", "optional: publish this buurt in fewer of the site's languages"))
            \(line("phases:", "the steps of the process, in order, each with its first and last day"))
            \(line("  - title: " + perLanguage(phaseTitles, config.languages), "what happens in this step"))
            \(line("    start: " + today.iso, "the first day, YYYY-MM-DD"))
            \(line("    # end: " + today.iso, "the last day: fill it in and remove the #"))
            \(line("# contact: {email: buurt@example.org, website: https://example.org}", "optional: how to reach the organisers"))

            """
    }

    static let phaseTitles = ["nl": "Plannen indienen", "en": "Submitting plans", "tr": "Plan sunma", "ar": "تقديم الخطط"]
}
