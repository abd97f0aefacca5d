import BegrootContent
import BegrootCore
import Foundation

/// `begroot new`: starts a site, a buurt, a plan or an update with the fields a volunteer fills in,
/// so the first `begroot check` passes and the files show what goes where. Never overwrites a file.
public enum Scaffold {
    /// Why nothing was created: a usage problem (exit code 2).
    public struct Problem: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// A file to create, by path below the site folder.
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String
    }

    public static func site() -> [File] {
        [
            File(path: "content/site.yaml", text: """
                # The portal's settings; docs/content.md in the begroot project explains every field.
                title: {nl: Buurtbudget, en: Neighbourhood budget}
                defaultLanguage: nl
                languages:
                  - {code: nl, name: Nederlands}
                  - {code: en, name: English}
                currency: EUR

                """),
            File(path: "content/pages/over.md", text: """
                ---
                title: Over deze site
                ---
                Hier laten bewoners zien hoe hun buurt het buurtbudget besteedt: de plannen, de keuzes, de uitgaven en wat ermee bereikt is.

                """),
            File(path: "content/pages/over.en.md", text: """
                ---
                title: About this site
                ---
                Here residents show how their neighbourhood spends its budget: the plans, the choices, the spending and what came of it.

                """),
            File(path: "content/buurten/README.md", text: """
                One folder per buurt. Start one with:

                    begroot new buurt <slug>

                """),
        ]
    }

    public static func buurt(_ slug: String, today: DayDate) throws(Problem) -> [File] {
        guard Slug.isValid(slug) else {
            throw Problem(description: "'\(slug)' cannot be a buurt's slug: use lowercase letters, digits and '-', such as 'k-buurt'")
        }
        guard !SiteChecker.reservedNames.contains(slug), slug != "accessibility" else {
            throw Problem(description: "'\(slug)' is a name the portal uses itself; choose another slug for the buurt")
        }
        let name = slug.prefix(1).uppercased() + slug.dropFirst()
        return [
            File(path: "content/buurten/\(slug)/buurt.yaml", text: """
                name: \(quoted(name))
                budget: 0          # the buurt's budget in euros, such as 250000
                model: challenge   # challenge, bottom-up, deliberation or other
                phases:
                  - {title: {nl: Plannen indienen, en: Submitting plans}, start: \(today.iso)}

                """),
            File(path: "content/buurten/\(slug)/index.md", text: """
                Wat het buurtbudget van \(name) is, wie meedoet en hoe bewoners kiezen.

                """),
        ]
    }

    public static func plan(_ title: String, buurt: String, today: DayDate) throws(Problem) -> [File] {
        let slug = try slugFor(title, what: "plan")
        return [File(path: "content/buurten/\(buurt)/plans/\(slug).md", text: """
            ---
            title: \(quoted(title))
            status: submitted
            submitted: \(today.iso)
            proposers: []      # the groups proposing the plan (never a private person's name)
            ---
            Wat is het plan, waar en voor wie, en wat kost het?

            """)]
    }

    public static func update(_ title: String, buurt: String, today: DayDate) throws(Problem) -> [File] {
        let slug = try slugFor(title, what: "update")
        return [File(path: "content/buurten/\(buurt)/updates/\(slug).md", text: """
            ---
            title: \(quoted(title))
            date: \(today.iso)
            ---
            Wat is er gebeurd?

            """)]
    }

    /// Writes `files` below `root`, making folders as needed; refuses, before writing anything, when
    /// one of them exists already. Returns the paths written.
    public static func write(_ files: [File], in root: String) throws(Problem) -> [String] {
        for file in files where FileManager.default.fileExists(atPath: root + "/" + file.path) {
            throw Problem(description: "'\(file.path)' exists already; begroot new never overwrites a file")
        }
        for file in files {
            let path = root + "/" + file.path
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw Problem(description: "cannot write '\(file.path)': \(error.localizedDescription)")
            }
        }
        return files.map(\.path)
    }

    /// Checks that `root` is a site with a buurt `buurt`.
    public static func requireBuurt(_ buurt: String, in root: String) throws(Problem) {
        guard Slug.isValid(buurt) else {
            throw Problem(description: "'\(buurt)' is not a buurt's slug: use the name of its folder in content/buurten/, such as 'k-buurt'")
        }
        guard FileManager.default.fileExists(atPath: root + "/content/site.yaml") else {
            throw Problem(description: "'\(root)' is not a site folder (no content/site.yaml); start one with 'begroot new site \(root)'")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/content/buurten/" + buurt, isDirectory: &isFolder), isFolder.boolValue else {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/content/buurten")) ?? []).filter { Slug.isValid($0) }
            throw Problem(description: "there is no buurt '\(buurt)' in content/buurten/" + Suggestion.didYouMean(buurt, in: known))
        }
    }

    private static func slugFor(_ title: String, what: String) throws(Problem) -> String {
        let slug = Slug.make(from: title)
        guard Slug.isValid(slug) else {
            throw Problem(description: "'\(title)' gives no file name for the \(what): start with a title in Latin letters or digits, "
                + "then change the title in the file")
        }
        return slug
    }

    /// A YAML double-quoted scalar on one line: backslash, quote, line breaks and other control
    /// characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{85}", "\u{2028}", "\u{2029}": result += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    /// Zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
