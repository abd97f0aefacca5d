import BegrootCore

/// A piece of content that is written per language, recorded while loading so that checking can
/// say which translations are missing and how much of a site is translated.
public struct TranslatableText: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A `{nl: …, en: …}` text in YAML or front matter, named by its field.
        case field(String)
        /// A Markdown document: `name.md` and its `name.<lang>.md` translations.
        case document(slug: String)
    }

    public var kind: Kind
    /// The languages it is written in.
    public var languages: Set<String>
    /// Where to add a translation: the field's value, or the default-language file.
    public var location: SourceLocation
    /// Part of a draft document: not published, so not counted unless drafts are.
    public var isDraft = false
}
