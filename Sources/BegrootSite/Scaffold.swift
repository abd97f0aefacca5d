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
        /// A file the site may have of its own already (a repository's `.gitignore`): then it is
        /// kept and this one is left out, instead of refusing everything.
        public var keepsExisting = false
    }

    /// What one `begroot new` makes: the files, and the step after it.
    public struct Start: Sendable {
        public let files: [File]
        /// What to do next, told about a site folder as the volunteer named it (`.` or `portaal`).
        public let nextStep: @Sendable (_ siteFolder: String) -> String
    }

    /// Writes `files` below `root`, making folders as needed; refuses, before writing anything, when
    /// one of them exists already or its folder leads outside the site. Each file is created only if
    /// it does not exist (so a file made meanwhile is never replaced); when one cannot be written, the
    /// ones written before it are removed again. Returns the paths written.
    public static func write(_ files: [File], in root: String) throws(Problem) -> [String] {
        let boundary = SiteBoundary(root: root)
        func exists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        }
        let files = files.filter { !($0.keepsExisting && exists(root + "/" + $0.path)) }
        for file in files {
            let path = root + "/" + file.path
            if exists(path) {
                throw Problem(description: "'\(file.path)' exists already; begroot never overwrites a file")
            }
            if boundary.realRoot != nil, let folder = nearestExisting((path as NSString).deletingLastPathComponent), !boundary.contains(folder) {
                throw Problem(description: "'\(file.path)': its folder is a link to a place outside the site folder; begroot writes only inside the site")
            }
        }
        var written: [String] = []
        for file in files {
            let path = root + "/" + file.path
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try createNew(path, bytes: Array(file.text.utf8))
                written.append(path)
            } catch {
                for path in written { unlink(path) }
                throw Problem(description: "cannot write '\(file.path)' (\(error.localizedDescription)); nothing was written")
            }
        }
        return files.map(\.path)
    }

    /// The path itself or the nearest folder above it that exists.
    private static func nearestExisting(_ path: String) -> String? {
        var candidate = path
        while !candidate.isEmpty, candidate != "/", !FileManager.default.fileExists(atPath: candidate) {
            candidate = (candidate as NSString).deletingLastPathComponent
        }
        return candidate.isEmpty ? nil : candidate
    }

    /// Creates the file at `path` with `bytes`, failing when anything (even a link) is there already.
    private static func createNew(_ path: String, bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                let code = errno
                unlink(path)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
            offset += count
        }
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

    /// The settings of the site in `root`, for a file per language; a site.yaml with errors is a
    /// problem to mend first.
    public static func siteConfig(in root: String) throws(Problem) -> SiteConfig {
        guard FileManager.default.fileExists(atPath: root + "/content/site.yaml") else {
            throw Problem(description: "'\(root)' is not a site folder (no content/site.yaml); start one with 'begroot new site'")
        }
        let (config, problems) = SiteLoader.loadConfig(siteFolder: root)
        guard let config, !problems.hasErrors else {
            let first = problems.sorted.first { $0.severity == .error }.map { ": " + $0.description } ?? ""
            throw Problem(description: "content/site.yaml has mistakes; mend them first (begroot check lists them)" + first)
        }
        return config
    }

    static func slugFor(_ title: String, what: String) throws(Problem) -> String {
        let slug = Slug.make(from: title)
        guard Slug.isValid(slug) else {
            throw Problem(description: "'\(title)' gives no file name for the \(what): start with a title in Latin letters or digits, "
                + "then change the title in the file")
        }
        return slug
    }

    /// `path` as the volunteer finds it from where they typed the command.
    static func shown(_ path: String, in siteFolder: String) -> String {
        siteFolder == "." ? path : (siteFolder as NSString).appendingPathComponent(path)
    }

    /// `` `begroot serve` ``, with `--source` when the site is not the current folder.
    static func command(_ words: String, in siteFolder: String) -> String {
        siteFolder == "." ? "`begroot \(words)`" : "`begroot \(words) --source \(siteFolder)`"
    }

    /// A text per language in YAML's flow style: `{nl: "Plannen indienen", en: "Submitting plans"}`,
    /// for the languages it has a text in.
    static func perLanguage(_ texts: [String: String], _ languages: [Language]) -> String {
        let items = languages.compactMap { language in texts[language.code].map { "\(language.code): \(quoted($0))" } }
        return "{" + items.joined(separator: ", ") + "}"
    }

    /// A Markdown file: front matter lines (each with its comment) and the body.
    static func markdown(_ frontMatter: [String], _ body: String) -> String {
        "---\n" + frontMatter.map { $0 + "\n" }.joined() + "---\n" + body + "\n"
    }

    /// `field: value   # comment`, the comments lined up.
    static func line(_ field: String, _ comment: String) -> String {
        field.count >= 30 ? field + "  # " + comment : field + String(repeating: " ", count: 30 - field.count) + "# " + comment
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
