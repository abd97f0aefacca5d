/// Bars drawn at build time as plain HTML: a track and a fill whose length is a share. The bar is
/// hidden from screen readers and always has its number in text beside it, so neither sight nor
/// colour is needed to read it. Lengths use `inline-size`, so bars grow from the right in Arabic.
enum Bar {
    /// `percent` is clamped to 0…100. `style` picks a fill pattern from the theme (`awarded`, `spent`, …).
    static func html(percent: Int, style: String = "") -> String {
        let clamped = min(100, max(0, percent))
        let kind = style.isEmpty ? "" : " bar-\(style)"
        return "<span class=\"bar\(kind)\" aria-hidden=\"true\"><span class=\"bar-fill\" style=\"inline-size: \(clamped)%\"></span></span>"
    }
}

/// One row of a bar list: a label, its bar, and the number the bar shows in words.
struct BarRow {
    /// Escaped HTML.
    var labelHtml: String
    var href: String?
    var percent: Int
    /// Plain text: the value the bar stands for (`€ 25.000 (5%)`).
    var value: String
    var style: String = ""
}

/// A list of labelled bars: the budget picture, theme allocation, status counts.
enum BarList {
    static func html(_ rows: [BarRow], label: String? = nil) -> String {
        var html = "<ul class=\"bar-list\"" + (label.map { " aria-label=\"\(HTML.escape($0))\"" } ?? "") + ">\n"
        for row in rows {
            let name = row.href.map { "<a href=\"\(HTML.escape($0))\">\(row.labelHtml)</a>" } ?? row.labelHtml
            html += "<li><span class=\"bar-label\">\(name)</span> "
                + Bar.html(percent: row.percent, style: row.style)
                + " <span class=\"bar-value\">\(HTML.escape(row.value))</span></li>\n"
        }
        return html + "</ul>\n"
    }
}
