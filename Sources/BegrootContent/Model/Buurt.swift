import BegrootCore

/// How a buurt decided on its budget.
public enum BudgetModel: String, Sendable, CaseIterable {
    case challenge
    case bottomUp = "bottom-up"
    case deliberation
    case other
}

/// One step of a buurt's process timeline.
public struct Phase: Hashable, Sendable {
    public var title: LocalizedText
    public var start: Located<DayDate>
    public var end: Located<DayDate>?
}

public struct Contact: Hashable, Sendable {
    public var email: String?
    public var website: String?
}

/// A neighbourhood with its own budget, from `buurten/<slug>/`.
public struct Buurt: Sendable {
    public var slug: String
    public var name: LocalizedText
    public var district: LocalizedText?
    public var budget: Located<Money>
    public var model: BudgetModel
    public var summary: LocalizedText?
    public var organiser: LocalizedText?
    public var votingAge: Int?
    /// The languages this buurt publishes in: its `languages:` or else all of the site's.
    public var languages: [String]
    public var phases: [Phase]
    public var contact: Contact?
    public var introduction: LocalizedMarkdown
    /// Title of the introduction per language (`index.md` front matter), when given.
    public var introductionTitle: LocalizedText?
    public var themes: [Theme]
    /// Every plan, drafts included until the publish stage leaves them out.
    public var plans: [Plan]
    /// Plans whose file exists but could not be read (their errors are reported); references to
    /// them are not reported again as unknown.
    public var unreadablePlans: Set<String>
    public var updates: [Update]
    public var votingRounds: [VotingRound]
    public var spending: SpendingLedger?
    public var videos: [Video]
    public var media: [AssetFile]
    /// Paths of the files below `media/`, relative to the buurt folder (`media/plein.jpg`).
    public var mediaPaths: Set<String> {
        Set(media.map { String($0.outputPath.dropFirst(slug.count + 1)) })
    }
    /// Every text of the buurt written per language, for the translation rules.
    public var texts: [TranslatableText]
    /// Where `buurt.yaml` starts, for diagnostics about the buurt as a whole.
    public var location: SourceLocation
    /// Where each field of `buurt.yaml` has its value, for rules about a field as a whole
    /// (a summary still as `begroot new` wrote it).
    public var fieldLocations: [String: SourceLocation] = [:]

    public func theme(_ slug: String) -> Theme? {
        themes.first { $0.slug == slug }
    }

    public func plan(_ slug: String) -> Plan? {
        plans.first { $0.slug == slug }
    }
}
