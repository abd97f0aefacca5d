import BegrootCore
import BegrootRender
import Foundation

/// The box every previewed page shows while the content has errors: each error with its file,
/// line and column, the message, and the line of the file with a caret under the column. A dialog
/// for assistive technology (`role="alertdialog"`), focused when the page opens, hidden with
/// Escape or its button; the last good page stays underneath. Its own words are in the site's
/// first language where begroot has them (nl, en, tr, ar), else English.
struct ProblemOverlay {
    let problems: [Diagnostic]
    let language: String
    /// Whether a good page lies underneath (false until the content has loaded without errors once).
    let hasPage: Bool
    /// Reads a line of a content file, for the excerpt: `(file, line) -> text`.
    let sourceLine: (String, Int) -> String?

    /// At most this many problems are listed; the count in the title is of all of them.
    static let shownAtMost = 50

    var html: String {
        let words = OverlayWords.in(language)
        var html = """
            <div id="begroot-problems" role="alertdialog" aria-modal="true" aria-labelledby="begroot-problems-title" \
            aria-describedby="begroot-problems-note" tabindex="-1" lang="\(words.language)" dir="\(words.direction)">
            <h2 id="begroot-problems-title">\(escape(words.title(problems.count)))</h2>
            <p id="begroot-problems-note">\(escape(hasPage ? words.lastGoodPage : words.noPageYet))</p>
            <ol>

            """
        for problem in problems.prefix(Self.shownAtMost) { html += item(problem, words) }
        html += "</ol>\n"
        if problems.count > Self.shownAtMost { html += "<p>\(escape(words.more(problems.count - Self.shownAtMost)))</p>\n" }
        html += "<button type=\"button\" id=\"begroot-problems-hide\">\(escape(words.hide))</button>\n</div>\n"
        return Self.style + html + Self.script
    }

    private func item(_ problem: Diagnostic, _ words: OverlayWords) -> String {
        let place = problem.location
        var html = "<li><p><code dir=\"ltr\">\(escape("\(place.file):\(place.line):\(place.column)"))</code> "
        html += "<span class=\"begroot-problems-place\">(\(escape(words.place(place.line, place.column))))</span><br>"
        html += "<span dir=\"ltr\" lang=\"en\">\(escape(problem.message))</span></p>\n"
        if let line = sourceLine(place.file, place.line) {
            let number = String(place.line)
            // The caret under the column: the characters before it as spaces (tabs kept, so it lines up).
            let before = line.prefix(max(0, place.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            let gutter = String(repeating: " ", count: number.count)
            html += "<pre dir=\"ltr\"><code>\(escape(number)) | \(escape(line))\n\(gutter) | \(before)^</code></pre>\n"
        }
        return html + "</li>\n"
    }

    private func escape(_ text: String) -> String { HTML.escape(text) }

    /// Dark red on white and white on dark red: contrast above 7:1; text at the reader's size.
    static let style = """
        <style>
        #begroot-problems{position:fixed;top:1rem;left:1rem;right:1rem;max-height:calc(100vh - 2rem);box-sizing:border-box;\
        z-index:2147483647;overflow:auto;max-width:60rem;margin:0 auto;\
        padding:1rem 1.25rem;background:#fff;color:#1a1a1a;border:0.25rem solid #9b1c1c;border-radius:0.5rem;\
        box-shadow:0 0 0 100vmax rgba(0,0,0,.35);font:1rem/1.5 system-ui,sans-serif}
        #begroot-problems h2{margin:0 0 .5rem;color:#9b1c1c;font-size:1.25rem}
        #begroot-problems ol{padding-inline-start:1.5rem}
        #begroot-problems li{margin:0 0 1rem}
        #begroot-problems pre{margin:.25rem 0 0;padding:.5rem;overflow-x:auto;background:#f4f4f4;color:#1a1a1a;\
        font:.9rem/1.4 ui-monospace,monospace;white-space:pre}
        #begroot-problems code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}
        #begroot-problems pre code{overflow-wrap:normal}
        #begroot-problems-hide{font:inherit;padding:.4rem 1rem;background:#9b1c1c;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
        #begroot-problems-hide:focus-visible,#begroot-problems:focus-visible{outline:.2rem solid #1a1a1a;outline-offset:.2rem}
        #begroot-problems[hidden]{display:none}
        </style>

        """

    /// Focus on the box when the page opens; Escape or the button hides it.
    static let script = """
        <script>(function(){var b=document.getElementById("begroot-problems");if(!b)return;\
        function hide(){b.hidden=true}document.getElementById("begroot-problems-hide").addEventListener("click",hide);\
        document.addEventListener("keydown",function(e){if(e.key==="Escape")hide()});b.focus()})();</script>

        """
}

/// The overlay's own words in the languages begroot speaks.
struct OverlayWords {
    let language: String
    let direction: String
    let title: (Int) -> String
    let lastGoodPage: String
    let noPageYet: String
    let place: (_ line: Int, _ column: Int) -> String
    let more: (Int) -> String
    let hide: String

    static func `in`(_ language: String) -> OverlayWords {
        switch language.lowercased().split(separator: "-").first.map(String.init) ?? "" {
        case "nl":
            OverlayWords(
                language: "nl", direction: "ltr",
                title: { $0 == 1 ? "1 fout in de inhoud" : "\($0) fouten in de inhoud" },
                lastGoodPage: "Hieronder staat de laatste versie zonder fouten. Verbeter het bestand en sla het op: deze pagina ververst vanzelf.",
                noPageYet: "Er is nog geen pagina: de inhoud is nog niet zonder fouten geladen. Verbeter het bestand en sla het op: deze pagina ververst vanzelf.",
                place: { "regel \($0), kolom \($1)" }, more: { "en nog \($0)" }, hide: "Verbergen (Esc)")
        case "tr":
            OverlayWords(
                language: "tr", direction: "ltr",
                title: { "İçerikte \($0) hata" },
                lastGoodPage: "Aşağıda hatasız son sürüm görünüyor. Dosyayı düzeltip kaydedin: bu sayfa kendiliğinden yenilenir.",
                noPageYet: "Henüz sayfa yok: içerik bir kez bile hatasız yüklenmedi. Dosyayı düzeltip kaydedin: bu sayfa kendiliğinden yenilenir.",
                place: { "satır \($0), sütun \($1)" }, more: { "ve \($0) hata daha" }, hide: "Gizle (Esc)")
        case "ar":
            OverlayWords(
                language: "ar", direction: "rtl",
                title: { "أخطاء في المحتوى: \($0)" },
                lastGoodPage: "تعرض الصفحة أدناه آخر نسخة بلا أخطاء. صحّح الملف واحفظه: تتحدّث هذه الصفحة تلقائيًا.",
                noPageYet: "لا توجد صفحة بعد: لم يُحمَّل المحتوى بلا أخطاء ولو مرة. صحّح الملف واحفظه: تتحدّث هذه الصفحة تلقائيًا.",
                place: { "السطر \($0)، العمود \($1)" }, more: { "و\($0) أخطاء أخرى" }, hide: "إخفاء (Esc)")
        default:
            OverlayWords(
                language: "en", direction: "ltr",
                title: { $0 == 1 ? "1 error in the content" : "\($0) errors in the content" },
                lastGoodPage: "Below is the last version without errors. Correct the file and save it: this page updates by itself.",
                noPageYet: "There is no page yet: the content has not loaded without errors. Correct the file and save it: this page updates by itself.",
                place: { "line \($0), column \($1)" }, more: { "and \($0) more" }, hide: "Hide (Esc)")
        }
    }
}
