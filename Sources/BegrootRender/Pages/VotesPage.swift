import BegrootContent
import BegrootCore

/// `/<buurt>/votes/`: each round's ranking with its votes (equal votes share a rank), turnout,
/// method and the split by channel where it is given.
enum VotesPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurtSection(context.code, buurt.slug, .votes)
        var values = view.baseValues(from: path, context)
        let outcomes = buurt.votingRounds.map { buurt.outcome(of: $0) }
        // Rounds that each decide one theme are grouped under their theme; other rounds stand alone,
        // a round over several themes showing one ranking per theme.
        let groupsByTheme = !outcomes.isEmpty && outcomes.allSatisfy { $0.isPerTheme && $0.rankings.count == 1 }
        let numbered = Array(zip(buurt.votingRounds, outcomes).enumerated())
        let groups: [TemplateValues] = groupsByTheme
            ? buurt.themes.compactMap { theme in
                let rounds = numbered.filter { $0.element.1.rankings[0].theme?.slug == theme.slug }
                guard !rounds.isEmpty else { return nil }
                return [
                    "groupThemeHtml": .text(context.html(theme.title)),
                    "rounds": .maps(rounds.map { index, pair in
                        self.round(pair.0, outcome: pair.1, number: index + 1, level: 3, view: view, from: path, context)
                    }),
                ]
            }
            : [["rounds": .maps(numbered.map { index, pair in
                self.round(pair.0, outcome: pair.1, number: index + 1, level: 2, view: view, from: path, context)
            })]]
        values["groups"] = .maps(groups)
        let title = context.strings["buurt.menu.votes"]
        let content = context.render("votes", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "votes-page") {
            context.paths.buurtSection($0, buurt.slug, .votes)
        }.render(content: content)
    }

    static func round(
        _ round: VotingRound, outcome: RoundOutcome, number: Int, level: Int, view: BuurtView, from path: String,
        _ context: LanguageContext
    ) -> TemplateValues {
        let channels = channelNames(round)
        var turnout = ""
        if let voters = round.voters?.value {
            turnout = context.count("count.voters", voters)
            if let percent = round.turnoutPercent, let eligible = round.eligible?.value {
                turnout += " · " + context.strings.format("votes.turnout", [
                    "percent": context.format.percent(percent), "eligible": context.format.integer(eligible),
                ])
            }
        }
        // A theme named by the group's heading is not named again above its ranking.
        let namesThemes = outcome.isPerTheme && level == 2
        return [
            "id": .text("round-\(number)"),
            "headingLevel": .text(String(level)),
            "titleHtml": .text(context.html(round.title)),
            "date": .text(round.date.map { context.date($0.value) } ?? ""),
            "dateISO": .text(round.date?.value.iso ?? ""),
            "turnout": .text(turnout),
            "methodHtml": .text(context.html(round.method)),
            "hasResults": .flag(!round.results.isEmpty),
            "downloadHtml": .text(DataPage.downloadLink(.round(view.buurt, number), from: path, context)),
            "channels": .maps(channels.map { ["label": .text(channelLabel($0, context))] }),
            "rankings": .maps(outcome.rankings.map { ranking in
                var values = self.ranking(ranking, channels: channels, view: view, from: path, context)
                if namesThemes, let theme = ranking.theme {
                    values["rankingThemeHtml"] = .text(context.html(theme.title))
                    values["rankingId"] = .text("round-\(number)-\(theme.slug)")
                    values["rankingLevel"] = .text(String(level + 1))
                }
                return values
            }),
        ]
    }

    /// One ranking's rows, the winners marked, the line where the money ran out drawn above the
    /// first plan that no longer fitted, and a sentence about the budget.
    static func ranking(
        _ ranking: RoundOutcome.Ranking, channels: [String], view: BuurtView, from path: String, _ context: LanguageContext
    ) -> TemplateValues {
        let most = max(1, ranking.rows.first?.result.votes ?? 1)
        let budget = ranking.budget.map { context.money($0) } ?? ""
        let rows: [TemplateValues] = ranking.rows.enumerated().map { index, row in
            let plan = row.plan
            var cutoffHtml = ""
            if let cutoff = ranking.cutoff, cutoff.index == index {
                cutoffHtml = HTML.escape(context.strings.format("votes.cutoff", [
                    "fitting": context.money(cutoff.fitting), "budget": budget, "withNext": context.money(cutoff.withNext),
                ]))
            }
            return [
                "rank": .text(context.format.integer(row.rank)),
                "planHtml": .text(plan.map { context.html($0.title) } ?? HTML.escape(row.result.plan.value)),
                "href": .text(plan.map { context.link(from: path, to: context.paths.plan(context.code, view.buurt.slug, $0.slug)) } ?? ""),
                "won": .flag(row.won),
                "statusLabel": .text(plan.map { context.status($0.status.value) } ?? ""),
                "status": .text(plan?.status.value.rawValue ?? ""),
                "votes": .text(context.format.integer(row.result.votes)),
                "cost": .text(row.cost.map { context.money($0) } ?? "–"),
                "barHtml": .text(Bar.html(percent: row.result.votes * 100 / most, style: "votes")),
                "cutoffHtml": .text(cutoffHtml),
                "channelVotes": .maps(channels.map { name in
                    [
                        "label": .text(channelLabel(name, context)),
                        "votes": .text(row.result.channels.first { $0.name == name }.map { context.format.integer($0.votes) } ?? "–"),
                    ]
                }),
            ]
        }
        var budgetLine = ""
        if ranking.cutoff == nil, let total = ranking.total, ranking.budget != nil, !ranking.rows.isEmpty {
            budgetLine = context.strings.format("votes.allFit", ["total": context.money(total), "budget": budget])
        }
        return [
            "rows": .maps(rows),
            "columns": .text(String(5 + channels.count)),
            "rankingBudget": .text(budget),
            "budgetLine": .text(budgetLine),
        ]
    }

    /// The channels a round's results are split by, in the order they first appear.
    static func channelNames(_ round: VotingRound) -> [String] {
        var names: [String] = []
        for result in round.results {
            for channel in result.channels where !names.contains(channel.name) { names.append(channel.name) }
        }
        return names
    }

    /// `online`, `inPerson`, … in the reader's language when the theme knows the channel.
    static func channelLabel(_ name: String, _ context: LanguageContext) -> String {
        context.strings.strings["channel.\(name)"] ?? name
    }

    /// `Online: 300 · In person: 80`, or empty for a total without a split.
    static func channelText(_ result: PlanVotes, _ context: LanguageContext) -> String {
        result.channels.map { channelLabel($0.name, context) + ": " + context.format.integer($0.votes) }.joined(separator: " · ")
    }
}
