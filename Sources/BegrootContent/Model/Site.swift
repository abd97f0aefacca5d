import BegrootCore

/// A free page such as "about" or "privacy", from `pages/<slug>.md`.
public struct Page: Sendable {
    public var slug: String
    public var title: LocalizedText
    public var description: LocalizedText?
    public var isDraft: Bool
    public var body: LocalizedMarkdown
    public var location: SourceLocation
}

/// A file copied as it is into the output: `static/…` to the root, `media/…` next to a buurt's pages.
public struct AssetFile: Hashable, Sendable {
    /// Absolute path of the file to copy.
    public var sourcePath: String
    /// Path below the output root (or below each language root), with `/` separators.
    public var outputPath: String
}

/// Everything loaded from a site folder: the input of checking and rendering.
public struct Site: Sendable {
    public var config: SiteConfig
    public var pages: [Page]
    public var buurten: [Buurt]
    public var staticFiles: [AssetFile]
    /// Interface-string overrides from `content/i18n/<lang>.yaml`, per language.
    public var interfaceStrings: [String: [String: String]]
    /// Absolute path of the site folder.
    public var root: String
    /// The texts of site.yaml and the free pages written per language, for the translation rules.
    public var texts: [TranslatableText]

    /// The site as it is published: without drafts, unless they are asked for (`--drafts`).
    /// Checking runs before this stage, on everything, so a draft's mistakes are found early.
    public func publishing(includeDrafts: Bool) -> Site {
        guard !includeDrafts else { return self }
        var site = self
        site.pages.removeAll(where: \.isDraft)
        // Only a buurt with drafts is changed, so the others stay shared with what was loaded.
        for index in site.buurten.indices {
            if site.buurten[index].plans.contains(where: \.isDraft) { site.buurten[index].plans.removeAll(where: \.isDraft) }
            if site.buurten[index].updates.contains(where: \.isDraft) { site.buurten[index].updates.removeAll(where: \.isDraft) }
        }
        return site
    }
}
