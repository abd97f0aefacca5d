import BegrootCore

/// The files of one Markdown document: `slug.md` and its translations `slug.<lang>.md`.
struct MarkdownFileGroup {
    var slug: String
    /// File name per language code.
    var files: [String: String]

    /// The paths of its files, relative to the site folder, sorted.
    func paths(in folder: String) -> [String] {
        files.values.sorted().map { folder + "/" + $0 }
    }

    /// Groups the `.md` names of a folder by slug. Files in unknown languages, translations without
    /// a default-language file and bad slugs are reported with the folder path.
    static func group(
        _ names: [String], in folder: String, languages: [String], defaultLanguage: String, diagnostics: inout Diagnostics
    ) -> [MarkdownFileGroup] {
        var groups: [String: [String: String]] = [:]
        for name in names where name.hasSuffix(".md") {
            let stem = String(name.dropLast(3))
            let parts = stem.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let location = SourceLocation(file: folder + "/" + name)
            guard parts.count <= 2 else {
                diagnostics.error("the file name must be <slug>.md or <slug>.<language>.md", at: location)
                continue
            }
            let slug = parts[0]
            let language = parts.count == 2 ? parts[1] : defaultLanguage
            guard Slug.isValid(slug) else {
                diagnostics.error("'\(slug)' is not a valid slug: use lowercase letters a–z, digits and '-'", at: location)
                continue
            }
            guard languages.contains(language) else {
                diagnostics.error("'\(language)' is not a language of this site" + Suggestion.didYouMean(language, in: languages), at: location)
                continue
            }
            if parts.count == 2, language == defaultLanguage {
                diagnostics.warning("'\(name)' is in the default language; name it '\(slug).md'", at: location)
            }
            groups[slug, default: [:]][language] = name
        }
        var result: [MarkdownFileGroup] = []
        for slug in groups.keys.sorted() {
            let files = groups[slug]!
            guard files[defaultLanguage] != nil else {
                for name in files.values.sorted() {
                    diagnostics.error("translation without '\(slug).md' in the default language", at: SourceLocation(file: folder + "/" + name))
                }
                continue
            }
            result.append(MarkdownFileGroup(slug: slug, files: files))
        }
        return result
    }
}
