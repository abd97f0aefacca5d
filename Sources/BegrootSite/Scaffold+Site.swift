import BegrootContent
import BegrootCore

extension Scaffold {
    /// `begroot new site DIR [--languages nl,en] [--name "…"]`: site.yaml with every field
    /// explained, an about page in each language, a note where the buurten go, and for a site kept
    /// in git a `.gitignore` and a publishing workflow that stays inert until it is filled in. The
    /// first language is the default one.
    public static func site(name: String?, languages: [Language]) -> Start {
        let defaultLanguage = languages[0].code
        let about = defaultLanguage == "nl" ? "over" : "about"
        var files = [File(path: "content/site.yaml", text: siteYAML(name: name, languages: languages))]
        for language in languages {
            let isDefault = language.code == defaultLanguage
            let title = aboutTitles[language.code] ?? aboutTitles["en"]!
            let frontMatter = isDefault
                ? [
                    line("title: " + quoted(title), "the page's title; the page is at /\(about)/"),
                    line("# description: \"…\"", "optional: one sentence for search engines and link previews"),
                    line("# draft: true", "true keeps the page off the portal until it is ready"),
                ]
                : [line("title: " + quoted(title), "the title in \(language.name); the rest comes from \(about).md")]
            files.append(File(
                path: "content/pages/\(about)\(isDefault ? "" : "." + language.code).md",
                text: markdown(frontMatter, StarterTexts.text(.aboutPage, in: language.code))))
        }
        files.append(File(path: "content/buurten/README.md", text: """
            One folder per buurt. Start one with:

                begroot new buurt "Name of the buurt"

            """))
        // For a site kept in git: the built portal is not kept with the content, and a forge can
        // publish it (docs/publishing.md).
        files.append(File(path: ".gitignore", text: "# The built portal: made again by every build.\npublic/\n", keepsExisting: true))
        files.append(File(path: workflowPath, text: publishingWorkflow(), keepsExisting: true))
        return Start(files: files) { folder in
            (folder == "." ? "next: " : "next: cd \(folder), then ")
                + "start a buurt with `begroot new buurt \"Name of the buurt\"` and see the portal with `begroot serve`"
        }
    }

    static func siteYAML(name: String?, languages: [Language]) -> String {
        let title = name.map(quoted) ?? perLanguage(siteTitles, languages)
        let languageLines = languages.map { language in
            let item = "  - {code: \(language.code), name: \(quoted(language.name))"
            return language.direction == .rtl ? line(item + ", dir: rtl}", "dir: rtl — written from right to left") : item + "}"
        }
        return """
            # The portal's settings. begroot's docs/content.md tells more about each.
            \(line("title: " + title, name == nil ? "the portal's name, per language" : "the portal's name; or one per language: {nl: …, en: …}"))
            \(line("defaultLanguage: " + languages[0].code, "the language of name.md files, published at the portal's root"))
            \(line("languages:", "every language of the portal, the default first, each by its own name"))
            \(languageLines.joined(separator: "\n"))
            \(line("currency: EUR", "the currency of every amount (an ISO 4217 code)"))
            \(line("markdown: {unsafe: false}", "true keeps raw HTML in Markdown texts; leave it false"))
            \(line("# baseURL: https://buurtbudget.example.org/", "the portal's address once published: for feeds and the sitemap"))
            \(line("# requireTranslations: [en]", "languages whose missing translations stop the build"))
            \(line("# notice: {nl: \"Stemmen kan tot vrijdag\"}", "a short notice at the top of every page"))

            """
    }

    static let siteTitles = ["nl": "Buurtbudget", "en": "Neighbourhood budget", "tr": "Mahalle bütçesi", "ar": "ميزانية الحي"]
    static let aboutTitles = ["nl": "Over deze site", "en": "About this site", "tr": "Bu site hakkında", "ar": "عن هذا الموقع"]
}
