import BegrootContent
import BegrootCore

/// `/<buurt>/votes/`: each round's ranking with its votes (equal votes share a rank), turnout,
/// method and the split by channel where it is given.
enum VotesPage {
    static func render(_ view: BuurtView, _ context: LanguageContext) -> OutputFile {
        let buurt = view.buurt
        let path = context.paths.buurtSection(context.code, buurt.slug, .votes)
        var values = view.baseValues(from: path, context)
        values["rounds"] = .maps(buurt.votingRounds.enumerated().map { index, round in
            self.round(round, ranking: view.rankings[index], number: index + 1, view: view, from: path, context)
        })
        let title = context.strings["buurt.menu.votes"]
        let content = context.render("votes", values)
        return view.shell(context, path: path, title: title, trail: [(title, nil)], bodyClass: "votes-page") {
            context.paths.buurtSection($0, buurt.slug, .votes)
        }.render(content: content)
    }

    static func round(
        _ round: VotingRound, ranking: [(rank: Int, result: PlanVotes)], number: Int, view: BuurtView, from path: String,
        _ context: LanguageContext
    ) -> TemplateValues {
        let most = max(1, ranking.first?.result.votes ?? 1)
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
        return [
            "id": .text("round-\(number)"),
            "titleHtml": .text(context.html(round.title)),
            "date": .text(round.date.map { context.date($0.value) } ?? ""),
            "dateISO": .text(round.date?.value.iso ?? ""),
            "turnout": .text(turnout),
            "methodHtml": .text(context.html(round.method)),
            "hasResults": .flag(!ranking.isEmpty),
            "channels": .maps(channels.map { ["label": .text(channelLabel($0, context))] }),
            "rows": .maps(ranking.map { rank, result in
                let plan = view.buurt.plan(result.plan.value)
                return [
                    "rank": .text(context.format.integer(rank)),
                    "planHtml": .text(plan.map { context.html($0.title) } ?? HTML.escape(result.plan.value)),
                    "href": .text(plan.map { context.link(from: path, to: context.paths.plan(context.code, view.buurt.slug, $0.slug)) } ?? ""),
                    "statusLabel": .text(plan.map { context.status($0.status.value) } ?? ""),
                    "status": .text(plan?.status.value.rawValue ?? ""),
                    "votes": .text(context.format.integer(result.votes)),
                    "barHtml": .text(Bar.html(percent: result.votes * 100 / most, style: "votes")),
                    "channelVotes": .maps(channels.map { name in
                        ["votes": .text(result.channels.first { $0.name == name }.map { context.format.integer($0.votes) } ?? "–")]
                    }),
                ]
            }),
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
