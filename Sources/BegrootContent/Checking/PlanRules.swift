import BegrootCore

/// A plan's award must match its status, and its theme must exist.
enum PlanRules {
    static func check(_ buurt: Buurt, _ diagnostics: inout Diagnostics) {
        let themeSlugs = buurt.themes.map(\.slug)
        for plan in buurt.plans {
            let status = plan.status
            if status.value.requiresAward, plan.awarded == nil {
                diagnostics.error("a plan that is \(status.value.rawValue) needs 'awarded': the amount granted", at: status.location)
            }
            if status.value.forbidsAward, let awarded = plan.awarded {
                diagnostics.error("a plan that is \(status.value.rawValue) has no award; remove 'awarded' or change the status",
                    at: awarded.location)
            }
            if let theme = plan.theme {
                if themeSlugs.isEmpty {
                    diagnostics.error("unknown theme '\(theme.value)': this buurt has no themes.yaml", at: theme.location)
                } else if !themeSlugs.contains(theme.value) {
                    diagnostics.error("unknown theme '\(theme.value)'" + Suggestion.didYouMean(theme.value, in: themeSlugs), at: theme.location)
                }
            } else if !themeSlugs.isEmpty {
                diagnostics.warning("this buurt has themes; say which one the plan belongs to with 'theme:'", at: plan.location)
            }
        }
    }
}
