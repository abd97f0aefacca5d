import BegrootContent
import BegrootCore

extension Scaffold {
    /// `begroot new plan BUURT "Title"`: the plan as submitted today, every field explained (the
    /// optional ones as comments), and a translation file for each other language of the site.
    public static func plan(_ title: String, buurt: String, config: SiteConfig, today: DayDate) throws(Problem) -> Start {
        let slug = try slugFor(title, what: "plan")
        let path = "content/buurten/\(buurt)/plans/\(slug)"
        let frontMatter = [
            line("title: " + quoted(title), "the plan's name; its translations are in \(slug).<language>.md"),
            line("# summary: \"…\"", "optional: a sentence for the lists of plans"),
            line("# theme: groen", "the theme's slug, when the buurt has a themes.yaml"),
            line("status: submitted", "submitted, selected, not-selected, in-progress, completed or cancelled"),
            line("requested:", "the amount asked for, in euros, such as 5000"),
            line("# awarded: 4500", "the amount granted: needed once selected, in progress or completed"),
            line("proposers: []", "the groups behind the plan, such as [Bewonersgroep Plein] — never a private person"),
            line("submitted: " + today.iso, "the day it was handed in, YYYY-MM-DD"),
            line("# progress: 40", "optional: 0–100; without it, the share of milestones done"),
            line("# milestones:", "optional: the steps, each with a date"),
            line("#   - {date: \(today.iso), title: {\(config.defaultLanguage): Aftrap}, done: false}", "done: true once it happened"),
            line("# image: media/plein.jpg", "optional: a picture in the buurt's media/ folder"),
            line("# draft: true", "true keeps the plan off the portal until it is ready"),
        ]
        let files = translated(path, config: config, frontMatter: frontMatter, title: title, kind: .plan)
        return Start(files: files) { site in
            "next: fill in \(shown(path + ".md", in: site)) (the amount requested, who proposes it, the plan itself), then \(command("serve", in: site))"
        }
    }

    /// `begroot new update BUURT "Title"`: news dated today, in each of the site's languages.
    public static func update(_ title: String, buurt: String, config: SiteConfig, today: DayDate) throws(Problem) -> Start {
        let slug = try slugFor(title, what: "update")
        let path = "content/buurten/\(buurt)/updates/\(slug)"
        let frontMatter = [
            line("title: " + quoted(title), "the headline; its translations are in \(slug).<language>.md"),
            line("date: " + today.iso, "the day of the news, YYYY-MM-DD"),
            line("# plan: schoon-plein", "optional: the slug of the plan it is about"),
            line("# draft: true", "true keeps the update off the portal until it is ready"),
        ]
        let files = translated(path, config: config, frontMatter: frontMatter, title: title, kind: .update)
        return Start(files: files) { site in "next: write the news in \(shown(path + ".md", in: site)), then \(command("serve", in: site))" }
    }

    /// `path.md` in the default language and `path.<language>.md` for the others, each with the
    /// starter text of `kind` in its language; a translation only has the fields it translates.
    static func translated(_ path: String, config: SiteConfig, frontMatter: [String], title: String, kind: StarterTexts.Kind) -> [File] {
        config.languages.map { language in
            guard language.code != config.defaultLanguage else {
                return File(path: path + ".md", text: markdown(frontMatter, StarterTexts.text(kind, in: language.code)))
            }
            let translation = [line("title: " + quoted(title), "the title in \(language.name); the rest comes from the .md file")]
            return File(path: path + "." + language.code + ".md", text: markdown(translation, StarterTexts.text(kind, in: language.code)))
        }
    }
}
