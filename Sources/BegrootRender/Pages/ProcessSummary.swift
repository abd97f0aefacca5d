import BegrootContent
import BegrootCore

/// Where a buurt's process stands, in sentences: what is going on now, what comes next and when
/// (from the timeline and the build day), and how to take part or whom to ask. The buurt page
/// opens with it; the home page names each buurt's phase in a line.
struct ProcessSummary {
    let buurt: Buurt
    let context: LanguageContext

    init(_ buurt: Buurt, _ context: LanguageContext) {
        self.buurt = buurt
        self.context = context
    }

    var moment: ProcessMoment { buurt.moment(on: context.today) }

    /// The sentences about now and next, as HTML, one per paragraph.
    var sentencesHtml: [String] {
        switch moment {
        case .noTimeline:
            return [HTML.escape(context.strings["now.noTimeline"])]
        case .notStarted(let next):
            return [HTML.escape(context.strings["now.notStarted"]), nextHtml(next)]
        case .during(let current, let next):
            return current.map { phase in
                phase.end.map { context.formatHtml("now.currentUntil", ["phase": title(phase), "date": context.timeHtml($0.value)]) }
                    ?? context.formatHtml("now.current", ["phase": title(phase)])
            } + (next.map { [nextHtml($0)] } ?? [])
        case .between(let last, let next):
            return [endedHtml(last), nextHtml(next)]
        case .finished(let last):
            return [HTML.escape(context.strings["now.finished"]), endedHtml(last)]
        }
    }

    /// One short line for the home page's card ("Now: Voting round 1"); empty without a timeline.
    var lineHtml: String {
        switch moment {
        case .noTimeline: ""
        case .notStarted(let next): context.formatHtml("home.phase.next", ["phase": title(next), "date": context.timeHtml(next.start.value)])
        case .during(let current, _): context.formatHtml("home.phase.current", ["phase": current.map(title).joined(separator: ", ")])
        case .between(_, let next): context.formatHtml("home.phase.next", ["phase": title(next), "date": context.timeHtml(next.start.value)])
        case .finished: HTML.escape(context.strings["home.phase.finished"])
        }
    }

    /// The state for styling the line: the same words as the timeline's ("current", "upcoming", "done").
    var state: PhaseState? {
        switch moment {
        case .noTimeline: nil
        case .notStarted, .between: .upcoming
        case .during: .current
        case .finished: .done
        }
    }

    /// How to take part: the contact addresses, or a sentence naming the organiser when there are none.
    var contactValues: TemplateValues {
        let email = buurt.contact?.email ?? ""
        let website = buurt.contact?.website ?? ""
        let organiser = context.html(buurt.organiser)
        let noContact = email.isEmpty && website.isEmpty
        return [
            "contactEmail": .text(email),
            "contactWebsite": .text(website),
            "hasContact": .flag(!noContact),
            "noContactHtml": .text(!noContact ? "" : organiser.isEmpty
                ? HTML.escape(context.strings["now.noContact"])
                : context.formatHtml("now.askOrganiser", ["organiser": organiser])),
        ]
    }

    private func title(_ phase: Phase) -> String { context.html(phase.title) }

    private func nextHtml(_ phase: Phase) -> String {
        context.formatHtml("now.next", ["phase": title(phase), "date": context.timeHtml(phase.start.value)])
    }

    private func endedHtml(_ phase: Phase) -> String {
        phase.end.map { context.formatHtml("now.ended", ["phase": title(phase), "date": context.timeHtml($0.value)]) }
            ?? context.formatHtml("now.over", ["phase": title(phase)])
    }
}
