import BegrootCore

/// Resolves references to a buurt's plans from votes, spending, updates and videos: an unknown slug
/// is an error with the nearest known one; a draft plan is a warning when drafts are not published.
struct PlanReferences {
    let buurt: Buurt
    let includeDrafts: Bool

    /// Checks `reference`, written in `context` ("votes", "spending", …). Returns the plan if it exists.
    @discardableResult
    func resolve(_ reference: Located<String>, from context: String, _ diagnostics: inout Diagnostics) -> Plan? {
        guard let plan = buurt.plan(reference.value) else {
            if buurt.unreadablePlans.contains(reference.value) { return nil }
            let known = buurt.plans.map(\.slug)
            let hint = known.isEmpty ? ": this buurt has no plans yet" : Suggestion.didYouMean(reference.value, in: known)
            diagnostics.error("unknown plan '\(reference.value)' in \(context)\(hint)", at: reference.location)
            return nil
        }
        if plan.isDraft, !includeDrafts {
            diagnostics.warning("the plan '\(plan.slug)' is a draft, so it is not published; \(context) will point to nothing "
                + "(publish the plan, or build with --drafts to preview it)", at: reference.location)
        }
        return plan
    }
}
