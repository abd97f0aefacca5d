/// "Did you mean …?" for a misspelt name: the nearest candidate by edit distance, if it is near
/// enough; or the English name for a Dutch, Turkish or Arabic word (`ingediend` → `submitted`).
public enum Suggestion {
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let candidates = Array(candidates)
        if let english = TranslatedWords.english(for: word, among: candidates) { return english }
        if let name = nearestByEditDistance(to: word, in: candidates.map { ($0, $0) }) { return name }
        // A misspelt translation: `ingedient`, or `tamamlandi` typed without Turkish letters.
        let words = TranslatedWords.words(for: candidates)
        return nearestByEditDistance(to: TranslatedWords.normalized(word), in: words.map { ($0.word, $0.english) })
    }

    /// The name of the nearest of `spellings` (a spelling and the name it stands for).
    private static func nearestByEditDistance(to word: String, in spellings: [(spelling: String, name: String)]) -> String? {
        // Short words such as language codes are all near each other: allow one edit only, and for
        // one- or two-letter words only a difference in case.
        let limit = word.count <= 2 ? 0 : word.count <= 3 ? 1 : max(2, word.count / 3)
        var best: (name: String, distance: Int)?
        for (spelling, name) in spellings.sorted(by: { $0.spelling < $1.spelling }) {
            let distance = editDistance(word.lowercased(), spelling.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (name, distance)
            }
        }
        return best?.name
    }

    /// ` (did you mean 'groen'?)`, or an empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        guard let match = nearest(to: word, in: candidates) else { return "" }
        return " (did you mean '\(match)'?)"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
