import BegrootContent
import BegrootCore

/// The portal's books as open data under `/data/`, once for the site (docs/open-data.md):
/// `buurten.json`; per buurt `<buurt>.json`, `<buurt>-plans.csv`, `<buurt>-spending.csv`,
/// `<buurt>-grants.json` (the awarded plans as 360Giving grants) and each voting round: as
/// `<buurt>-vote-<n>.pb` (Pabulib) when its ballots are given, else its results as
/// `<buurt>-vote-<n>.csv` (a Pabulib file must hold the ballots its totals come from). Amounts have a decimal point and two decimals, no thousands
/// separator; dates are ISO 8601. Proposers are the groups that proposed a plan — content names
/// groups, never private persons. Suppliers are left out: a supplier may be a person (a local
/// artist, a caterer working alone); the ledger on the spending page shows them.
enum OpenData {
    /// The files under `data/`, named once: the renderer writes them, `buurten.json` lists them
    /// and the data page describes them.
    enum File: Hashable, Sendable {
        case index
        case buurt(String)
        case plans(String)
        case spending(String)
        case grants(String)
        /// A voting round with its ballots, numbered from 1 in the order of votes.yaml: Pabulib.
        case vote(String, Int)
        /// A voting round without ballots: its results per plan, as CSV.
        case voteResults(String, Int)

        var name: String {
            switch self {
            case .index: "buurten.json"
            case .buurt(let slug): slug + ".json"
            case .plans(let slug): slug + "-plans.csv"
            case .spending(let slug): slug + "-spending.csv"
            case .grants(let slug): slug + "-grants.json"
            case .vote(let slug, let number): "\(slug)-vote-\(number).pb"
            case .voteResults(let slug, let number): "\(slug)-vote-\(number).csv"
            }
        }

        /// The output path, the same for every language.
        var path: String { "data/" + name }

        /// A buurt's files, in the order the data page lists them.
        static func of(_ buurt: Buurt) -> [File] {
            [.plans(buurt.slug), .spending(buurt.slug), .buurt(buurt.slug), .grants(buurt.slug)]
                + buurt.votingRounds.indices.map { round(buurt, $0 + 1) }
        }

        /// The file of the buurt's voting round `number` (from 1).
        static func round(_ buurt: Buurt, _ number: Int) -> File {
            buurt.votingRounds[number - 1].ballots == nil ? .voteResults(buurt.slug, number) : .vote(buurt.slug, number)
        }
    }

    /// `buurten.json`.
    static func index(_ views: [BuurtView], site: Site) -> OutputFile {
        OutputFile(path: File.index.path, content: .bytes(indexJSON(views, site: site).bytes))
    }

    /// A buurt's files.
    static func files(_ view: BuurtView, site: Site) -> [OutputFile] {
        File.of(view.buurt).map { file in
            switch file {
            case .index: index([view], site: site)
            case .buurt: OutputFile(path: file.path, content: .bytes(buurt(view, site: site).bytes))
            case .plans: OutputFile(path: file.path, content: .bytes(plansCSV(view, site: site)))
            case .spending: OutputFile(path: file.path, content: .bytes(spendingCSV(view.buurt)))
            case .grants: OutputFile(path: file.path, content: .bytes(Grants360.json(view, site: site).bytes))
            case .vote(_, let number):
                OutputFile(path: file.path, content: .text(Pabulib.file(view.buurt.votingRounds[number - 1], in: view, site: site)))
            case .voteResults(_, let number):
                OutputFile(path: file.path, content: .bytes(roundCSV(view.buurt.votingRounds[number - 1], view: view, ranking: view.rankings[number - 1], site: site)))
            }
        }
    }

    /// The files of one buurt, by kind, as `buurten.json` lists them.
    static func fileNames(_ buurt: Buurt) -> JSONValue {
        .object([
            ("json", .string(File.buurt(buurt.slug).name)),
            ("plans", .string(File.plans(buurt.slug).name)),
            ("spending", .string(File.spending(buurt.slug).name)),
            ("grants", .string(File.grants(buurt.slug).name)),
            ("votes", .array(buurt.votingRounds.indices.map { .string(File.round(buurt, $0 + 1).name) })),
        ])
    }

    static func indexJSON(_ views: [BuurtView], site: Site) -> JSONValue {
        .object([
            ("title", .text(site.config.title)),
            ("currency", .string(site.config.currency)),
            ("defaultLanguage", .string(site.config.defaultLanguage)),
            ("languages", .array(site.config.languageCodes.map { .string($0) })),
            ("buurten", .array(views.map { view in
                let buurt = view.buurt
                return .object([
                    ("slug", .string(buurt.slug)),
                    ("name", .text(buurt.name)),
                    ("district", .text(buurt.district)),
                    ("model", .string(buurt.model.rawValue)),
                    ("budget", .money(view.books.budget)),
                    ("awarded", .money(view.books.awarded)),
                    ("spent", .money(view.books.spent)),
                    ("plans", .number(buurt.plans.count)),
                    ("completed", .number(view.books.count(.completed))),
                    ("voters", buurt.votingRounds.compactMap { $0.voters?.value }.max().map { .number($0) } ?? .null),
                    ("languages", .array(buurt.languages.map { .string($0) })),
                    ("files", fileNames(buurt)),
                ])
            })),
        ])
    }

    static func buurt(_ view: BuurtView, site: Site) -> JSONValue {
        let buurt = view.buurt
        let books = view.books
        return .object([
            ("slug", .string(buurt.slug)),
            ("name", .text(buurt.name)),
            ("district", .text(buurt.district)),
            ("model", .string(buurt.model.rawValue)),
            ("organiser", .text(buurt.organiser)),
            ("languages", .array(buurt.languages.map { .string($0) })),
            ("currency", .string(site.config.currency)),
            ("budget", .money(books.budget)),
            ("awarded", .money(books.awarded)),
            ("spent", .money(books.spent)),
            ("notAwarded", .money(books.notAwarded)),
            ("processCosts", .money(books.processCosts)),
            ("phases", .array(buurt.phases.map { phase in
                .object([("title", .text(phase.title)), ("start", .date(phase.start.value)), ("end", .date(phase.end?.value))])
            })),
            ("themes", .array(buurt.themes.map { theme in
                let themeBooks = books.theme(theme.slug)
                return .object([
                    ("slug", .string(theme.slug)),
                    ("title", .text(theme.title)),
                    ("budget", .money(theme.budget?.value)),
                    ("awarded", .money(themeBooks?.awarded ?? .zero)),
                    ("spent", .money(themeBooks?.spent ?? .zero)),
                ])
            })),
            ("plans", .array(buurt.plans.map { plan in
                .object([
                    ("slug", .string(plan.slug)),
                    ("title", .text(plan.title)),
                    ("summary", .text(plan.summary)),
                    ("status", .string(plan.status.value.rawValue)),
                    ("theme", .string(plan.theme?.value)),
                    ("requested", .money(plan.requested?.value)),
                    ("awarded", .money(plan.awarded?.value)),
                    ("spent", .money(books.spent(on: plan.slug))),
                    ("progress", .number(plan.progress)),
                    ("submitted", .date(plan.submitted?.value)),
                    ("proposers", .array(plan.proposers.map { .string($0) })),
                    ("milestones", .array(plan.milestones.map { milestone in
                        .object([("date", .date(milestone.date.value)), ("title", .text(milestone.title)), ("done", .bool(milestone.done))])
                    })),
                ])
            })),
            ("votingRounds", .array(zip(buurt.votingRounds, view.rankings).map { round, ranking in
                .object([
                    ("title", .text(round.title)),
                    ("date", .date(round.date?.value)),
                    ("voters", round.voters.map { .number($0.value) } ?? .null),
                    ("eligible", round.eligible.map { .number($0.value) } ?? .null),
                    ("method", .text(round.method)),
                    ("results", .array(ranking.map { rank, result in
                        .object([
                            ("plan", .string(result.plan.value)),
                            ("votes", .number(result.votes)),
                            ("rank", .number(rank)),
                            ("channels", .object(result.channels.map { ($0.name, .number($0.votes)) })),
                        ])
                    })),
                ])
            })),
            ("spendingLines", .number(buurt.spending?.lines.count ?? 0)),
        ])
    }

    static func plansCSV(_ view: BuurtView, site: Site) -> [UInt8] {
        let language = site.config.defaultLanguage
        return CSVText.table(
            ["plan", "title", "status", "theme", "requested", "awarded", "spent", "progress", "submitted", "proposers"],
            view.buurt.plans.map { plan in
                [
                    plan.slug, plan.title.text(language, defaultLanguage: language), plan.status.value.rawValue, plan.theme?.value ?? "",
                    plan.requested?.value.decimalText ?? "", plan.awarded?.value.decimalText ?? "",
                    view.books.spent(on: plan.slug).decimalText, String(plan.progress), plan.submitted?.value.iso ?? "",
                    plan.proposers.joined(separator: "; "),
                ]
            }, numbers: [4, 5, 6, 7])
    }

    static func spendingCSV(_ buurt: Buurt) -> [UInt8] {
        CSVText.table(
            ["date", "plan", "description", "amount"],
            (buurt.spending?.lines ?? []).map { line in
                [line.date.value.iso, line.plan?.value ?? "", line.description, line.amount.value.decimalText]
            }, numbers: [3])
    }

    /// A round without ballots: each plan's votes (and votes per channel, a column each), its rank,
    /// its cost and whether it was chosen, most votes first.
    static func roundCSV(_ round: VotingRound, view: BuurtView, ranking: [(rank: Int, result: PlanVotes)], site: Site) -> [UInt8] {
        let language = site.config.defaultLanguage
        var channels: [String] = []
        for result in round.results { for channel in result.channels where !channels.contains(channel.name) { channels.append(channel.name) } }
        return CSVText.table(
            ["plan", "title", "votes", "rank", "cost", "selected"] + channels.map { "votes_" + $0 },
            ranking.map { rank, result in
                let plan = view.buurt.plan(result.plan.value)
                return [
                    result.plan.value, plan?.title.text(language, defaultLanguage: language) ?? "", String(result.votes), String(rank),
                    plan.map { Pabulib.cost(of: $0).decimalText } ?? "", plan.map { Pabulib.isSelected($0) ? "1" : "0" } ?? "",
                ] + channels.map { name in result.channels.first { $0.name == name }.map { String($0.votes) } ?? "" }
            }, numbers: Set([2, 3, 4, 5] + channels.indices.map { 6 + $0 }))
    }
}
