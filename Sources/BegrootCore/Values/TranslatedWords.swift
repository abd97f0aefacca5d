import Foundation

/// The Dutch, Turkish and Arabic words a volunteer may write for begroot's English names of
/// statuses, models and fields (`status: ingediend`, `titel:`), so a suggestion can name the English
/// one. A word may stand for several names (`toegekend` is the field `awarded`, or the status
/// `selected`): the first one that is a candidate where the word was written is suggested.
public enum TranslatedWords {
    /// Data, not code: add a word by adding a line.
    static let table: [String: [String]] = [
        // Statuses of a plan.
        "ingediend": ["submitted"], "ingediend op": ["submitted"], "datum ingediend": ["submitted"], "indiendatum": ["submitted"],
        "aangevraagd": ["requested", "submitted"], "voorgesteld": ["submitted"],
        "gönderildi": ["submitted"], "sunuldu": ["submitted"], "başvuruldu": ["submitted"],
        "مقدم": ["submitted"], "تم التقديم": ["submitted"], "مقترح": ["submitted"],
        "geselecteerd": ["selected"], "gekozen": ["selected"], "goedgekeurd": ["selected"], "toegekend": ["awarded", "selected"],
        "seçildi": ["selected"], "seçilen": ["selected"], "kabul edildi": ["selected"], "onaylandı": ["selected"],
        "مختار": ["selected"], "تم الاختيار": ["selected"], "مقبول": ["selected"],
        "afgewezen": ["not-selected"], "niet gekozen": ["not-selected"], "niet geselecteerd": ["not-selected"], "afgekeurd": ["not-selected"],
        "seçilmedi": ["not-selected"], "reddedildi": ["not-selected"],
        "غير مختار": ["not-selected"], "مرفوض": ["not-selected"], "لم يتم الاختيار": ["not-selected"],
        "uitvoering": ["in-progress"], "in uitvoering": ["in-progress"], "bezig": ["in-progress"], "lopend": ["in-progress"],
        "devam ediyor": ["in-progress"], "uygulanıyor": ["in-progress"], "sürüyor": ["in-progress"],
        "قيد التنفيذ": ["in-progress"], "جاري التنفيذ": ["in-progress"],
        "afgerond": ["completed", "done"], "klaar": ["completed", "done"], "voltooid": ["completed", "done"], "gereed": ["completed", "done"],
        "uitgevoerd": ["completed"], "tamamlandı": ["completed", "done"], "bitti": ["completed", "done"],
        "مكتمل": ["completed", "done"], "منجز": ["completed", "done"], "تم الانتهاء": ["completed", "done"],
        "geannuleerd": ["cancelled"], "vervallen": ["cancelled"], "ingetrokken": ["cancelled"], "gestopt": ["cancelled"],
        "iptal": ["cancelled"], "iptal edildi": ["cancelled"], "ملغى": ["cancelled"], "ملغي": ["cancelled"], "تم الإلغاء": ["cancelled"],
        // Decision models of a buurt.
        "uitdaging": ["challenge"], "meydan okuma": ["challenge"], "تحدي": ["challenge"],
        "bewonersplatform": ["bottom-up"], "van onderop": ["bottom-up"], "onderop": ["bottom-up"], "bewonersinitiatief": ["bottom-up"],
        "aşağıdan yukarıya": ["bottom-up"], "من القاعدة": ["bottom-up"],
        "deliberatie": ["deliberation"], "themas": ["deliberation"], "beraadslaging": ["deliberation"], "müzakere": ["deliberation"],
        "تداول": ["deliberation"],
        "anders": ["other"], "overig": ["other"], "diğer": ["other"], "أخرى": ["other"],
        // Fields of plans, buurten, phases, milestones, votes and videos.
        "titel": ["title"], "naam": ["name", "title"], "başlık": ["title"], "عنوان": ["title"],
        "samenvatting": ["summary"], "özet": ["summary"], "ملخص": ["summary"],
        "thema": ["theme"], "tema": ["theme"], "موضوع": ["theme"],
        "gevraagd": ["requested"], "gevraagd bedrag": ["requested"], "bedrag": ["requested", "amount"], "istenen": ["requested"],
        "toegekend bedrag": ["awarded"], "toegewezen": ["awarded"], "verilen": ["awarded"],
        "indieners": ["proposers"], "indiener": ["proposers"], "initiatiefnemers": ["proposers"], "aanvragers": ["proposers"],
        "önerenler": ["proposers"],
        "voortgang": ["progress"], "mijlpalen": ["milestones"], "afbeelding": ["image"], "foto": ["image"],
        "locatie": ["location"], "plek": ["place"], "plaats": ["place"], "concept": ["draft"], "tekst": ["text"],
        "datum": ["date"], "gedaan": ["done"],
        "stadsdeel": ["district"], "wijk": ["district"], "begroting": ["budget"], "buurtbudget": ["budget"],
        "organisator": ["organiser"], "organisatie": ["organiser"], "stemleeftijd": ["votingAge"], "talen": ["languages"],
        "fases": ["phases"], "fasen": ["phases"], "begin": ["start"], "startdatum": ["start"], "eind": ["end"], "einde": ["end"],
        "einddatum": ["end"], "kaart": ["map"], "webpagina": ["website"], "mail": ["email"],
        "ronde": ["round"], "stemronde": ["round"], "stemmers": ["voters"], "kiezers": ["voters"], "methode": ["method"],
        "uitslag": ["results"], "resultaten": ["results"], "op papier": ["inPerson"], "stembus": ["inPerson"],
        "bron": ["source"], "duur": ["duration"], "lengte": ["duration"], "ondertitels": ["captions"], "ondertiteling": ["captions"],
        "beschrijving": ["description"], "omschrijving": ["description"], "plannen": ["plans"], "transcriptie": ["transcript"],
        "standaardtaal": ["defaultLanguage"], "valuta": ["currency"],
    ]

    /// The table with its words written as `normalized` writes them.
    private static let byNormalizedWord: [String: [String]] = Dictionary(
        table.map { (normalized($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// The English name `word` stands for, if it is one of `candidates`.
    public static func english(for word: String, among candidates: [String]) -> String? {
        byNormalizedWord[normalized(word)]?.first { candidates.contains($0) }
    }

    /// Every known word that stands for one of `candidates`, with the name it stands for: for a
    /// misspelt word (`ingedient`, `tamamlandi` typed without Turkish letters).
    public static func words(for candidates: [String]) -> [(word: String, english: String)] {
        byNormalizedWord.compactMap { word, names in names.first { candidates.contains($0) }.map { (word, $0) } }
    }

    /// Lowercase, without accents or Arabic vowel marks, `-`, `_` and `.` as spaces, apostrophes
    /// left out (`Thema's`, `in_uitvoering`, `İptal`).
    public static func normalized(_ word: String) -> String {
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let spaced = String(folded.compactMap { character -> Character? in
            if character == "'" || character == "’" { return nil }
            return character == "-" || character == "_" || character == "." ? " " : character
        })
        return spaced.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
