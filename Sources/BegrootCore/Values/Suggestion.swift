/// "Did you mean …?" for a misspelt name: the nearest candidate by edit distance, if it is near enough.
public enum Suggestion {
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        // Short words such as language codes are all near each other: allow one edit only, and for
        // one- or two-letter words only a difference in case.
        let limit = word.count <= 2 ? 0 : word.count <= 3 ? 1 : max(2, word.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
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
