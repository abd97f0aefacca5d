import BegrootContent
import BegrootCore

/// The budget at a glance: a bar for what is awarded and one for what is spent, each with its
/// amount and share in words, then the four figures.
enum BudgetPicture {
    /// `figures: false` leaves out the four figures, for the home page's cards (the bars carry the amounts).
    static func html(_ books: BuurtBooks, _ context: LanguageContext, figures showsFigures: Bool = true) -> String {
        let rows = [
            BarRow(
                labelHtml: HTML.escape(context.strings["budget.awarded"]), percent: books.share(books.awarded),
                value: amount(books.awarded, of: books.budget, context), style: "awarded"),
            BarRow(
                labelHtml: HTML.escape(context.strings["budget.spent"]), percent: books.share(books.spent),
                value: amount(books.spent, of: books.budget, context), style: "spent"),
        ]
        let figures = [
            ("budget.total", books.budget), ("budget.awarded", books.awarded), ("budget.spent", books.spent),
            ("budget.left", books.notAwarded),
        ]
        var html = "<div class=\"budget\">\n" + BarList.html(rows)
        guard showsFigures else {
            return html + "<p class=\"budget-total\">\(HTML.escape(context.strings["budget.total"])): "
                + "<strong>\(HTML.escape(context.money(books.budget)))</strong></p>\n</div>\n"
        }
        html += "<dl class=\"figures\">\n"
        for (key, amount) in figures {
            html += "<div><dt>\(HTML.escape(context.strings[key]))</dt><dd>\(HTML.escape(context.money(amount)))</dd></div>\n"
        }
        return html + "</dl>\n</div>\n"
    }

    /// `€ 25.000 (5%)` — an amount and its share of `total`.
    static func amount(_ amount: Money, of total: Money, _ context: LanguageContext) -> String {
        context.money(amount) + " (" + context.format.percent(amount.percent(of: total)) + ")"
    }
}
