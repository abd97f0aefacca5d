import BegrootCore

/// A news item or progress report of a buurt, from `updates/<slug>.md`.
public struct Update: Sendable {
    public var slug: String
    public var title: LocalizedText
    public var date: Located<DayDate>
    /// The plan the update is about, if any.
    public var plan: Located<String>?
    public var isDraft: Bool
    public var body: LocalizedMarkdown
    public var location: SourceLocation
}
