/// The words of a Markdown text for the search index: each distinct word of three letters or more
/// once (the first 150: a plan of 2,000 words would otherwise weigh on a phone that loads the index),
/// lower-cased, in the order they first appear, separated by spaces — without link targets,
/// addresses and HTML tags, and without the words the entry's title and summary already hold. The
/// browser searches them as it searches titles (`begroot-search.js`), so a plan is found by a word
/// from its story.
///
/// The index is built for every plan and update in every language — on the city benchmark 25 MB of
/// Markdown — so this is one pass over the UTF-8 bytes that hashes each word as it reads it and keeps
/// the distinct words in an open-addressing table over its own output: a word seen before costs a
/// comparison, no `String` (a `Set<String>` made it a fifth of a build).
struct SearchWords {
    /// The words written so far, each after a space: first the known ones, then the result's.
    private var output: [UInt8] = []
    private var resultStart = 0
    private var count = 0
    private var used = 0
    private let limit: Int
    /// Slots of `start << 32 | length` into `output`; 0 is empty (no word starts at 0: a space does).
    private var slots: [UInt64]

    private init(limit: Int) {
        self.limit = limit
        slots = Array(repeating: 0, count: 1024)
        output.reserveCapacity(4096)
    }

    /// The index words of `markdown`, leaving out those of `known` (the title and summary).
    static func index(of markdown: String, leaving known: String = "", limit: Int = 150) -> String {
        var words = SearchWords(limit: limit)
        var known = known
        known.withUTF8 { words.scan($0) }
        words.resultStart = words.output.count
        words.count = 0
        var text = markdown
        text.withUTF8 { words.scan($0) }
        guard words.output.count > words.resultStart else { return "" }
        return String(decoding: words.output[(words.resultStart + 1)...], as: UTF8.self)
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let end = bytes.count
        var index = 0
        var wordStart = -1
        var hash: UInt32 = 0
        var scalars = 0
        var mayHaveCapitals = false
        @inline(__always) func skip(to stop: UInt8, or other: UInt8 = 0, or third: UInt8 = 0) {
            while index < end, bytes[index] != stop, bytes[index] != other, bytes[index] != third { index += 1 }
        }
        while index < end {
            let byte = bytes[index]
            var length = 1
            var isWord: Bool
            var isCapital = false
            if byte < 0x80 {
                isWord = (byte &- 0x30) < 10 || ((byte | 0x20) &- 0x61) < 26
            } else {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let value = index + length <= end ? Self.scalar(bytes, at: index, length: length) : 0
                isWord = value != 0 && Self.isLetter(value)
                isCapital = isWord && Self.mayBeCapital(value)
            }
            if isWord {
                if wordStart < 0 {
                    // An address written out: skipped to the next space.
                    if (byte | 0x20) == 0x68 || (byte | 0x20) == 0x77, Self.isAddress(bytes, at: index) {
                        skip(to: 0x20, or: 0x0A, or: 0x09)
                        continue
                    }
                    wordStart = index
                    hash = 2_166_136_261
                    scalars = 0
                    mayHaveCapitals = false
                }
                for offset in 0..<length {
                    var unit = bytes[index + offset]
                    if (unit &- 0x41) < 26 { unit |= 0x20 }
                    hash = (hash ^ UInt32(unit)) &* 16_777_619
                }
                if isCapital { mayHaveCapitals = true }
                scalars += 1
                index += length
                continue
            }
            if wordStart >= 0 {
                add(bytes, wordStart..<index, hash: hash, scalars: scalars, mayHaveCapitals: mayHaveCapitals)
                wordStart = -1
                if count >= limit { return }
            }
            if byte == UInt8(ascii: "<") {
                // An HTML tag or an autolink: skipped whole.
                skip(to: UInt8(ascii: ">"))
            } else if byte == UInt8(ascii: "]"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "(") {
                // A link's or image's target.
                skip(to: UInt8(ascii: ")"))
            }
            index += length
        }
        if wordStart >= 0 { add(bytes, wordStart..<end, hash: hash, scalars: scalars, mayHaveCapitals: mayHaveCapitals) }
    }

    /// Adds the word at `range` (its lower-cased bytes hashed) unless it is shorter than three
    /// letters, already there, or the limit is reached.
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32, scalars: Int, mayHaveCapitals: Bool) {
        guard scalars >= 3, count < limit else { return }
        if mayHaveCapitals {
            // Rare: lower-case as Unicode does ("İ", "Ç", "Ω"), then add those bytes.
            var word = Array(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased().utf8)
            word.withUnsafeMutableBufferPointer { lowered in
                var loweredHash: UInt32 = 2_166_136_261
                for unit in lowered { loweredHash = (loweredHash ^ UInt32(unit)) &* 16_777_619 }
                insert(UnsafeBufferPointer(lowered), 0..<lowered.count, hash: loweredHash)
            }
        } else {
            insert(bytes, range, hash: hash)
        }
    }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) {
        let length = range.count
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let start = Int(slots[slot] >> 32)
            if Int(slots[slot] & 0xFFFF_FFFF) == length, same(bytes, range, at: start) { return }
            slot = (slot + 1) & mask
        }
        output.append(0x20)
        slots[slot] = UInt64(output.count) << 32 | UInt64(length)
        for index in range {
            let unit = bytes[index]
            output.append((unit &- 0x41) < 26 ? unit | 0x20 : unit)
        }
        count += 1
        used += 1
        if used * 2 > slots.count { grow() }
    }

    /// Whether the stored word at `start` is the lower-cased `bytes[range]`.
    private func same(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at start: Int) -> Bool {
        output.withUnsafeBufferPointer { stored in
            var position = start
            for index in range {
                let unit = bytes[index]
                if stored[position] != ((unit &- 0x41) < 26 ? unit | 0x20 : unit) { return false }
                position += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            let start = Int(entry >> 32)
            var hash: UInt32 = 2_166_136_261
            for offset in 0..<Int(entry & 0xFFFF_FFFF) { hash = (hash ^ UInt32(output[start + offset])) &* 16_777_619 }
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// `http…` or `www.…` at a word's start.
    private static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func lower(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] | 0x20 : 0 }
        return (lower(0) == 0x68 && lower(1) == 0x74 && lower(2) == 0x74 && lower(3) == 0x70)
            || (lower(0) == 0x77 && lower(1) == 0x77 && lower(2) == 0x77 && bytes.count > index + 3 && bytes[index + 3] == 0x2E)
    }

    /// The scalar of the UTF-8 sequence of `length` bytes at `index`.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// Whether a non-ASCII letter may be a capital that lower-cases to another letter: Latin-1's
    /// and Latin Extended-A's capitals exactly, the rest of Latin, Greek, Cyrillic and Armenian
    /// capitals generously (the lower-casing then decides). Arabic, which has no capitals, and
    /// already small Turkish or Dutch letters (ç, ğ, ı, ë) take the fast path.
    private static func mayBeCapital(_ value: UInt32) -> Bool {
        // Between Armenian's capitals and Latin Extended Additional (Hebrew, Arabic, the Indic
        // scripts) the list below has nothing: answered at once.
        if value > 0x556, value < 0x1E00 { return false }
        return switch value {
        case 0xC0...0xDE: value != 0xD7
        case 0x100...0x137, 0x14A...0x177: value & 1 == 0
        case 0x139...0x148, 0x179...0x17E: value & 1 == 1
        case 0x178, 0x180...0x24F, 0x386...0x3AB, 0x3CF...0x3FF, 0x400...0x42F, 0x460...0x52F, 0x531...0x556, 0x1E00...0x1FFF,
            0x2C00...0x2C2F, 0xA640...0xA7FF, 0xFF21...0xFF3A, 0x10400...0x1E943:
            true
        default: false
        }
    }

    /// A non-ASCII scalar that is part of a word: all but the spaces, quotes, dashes and marks of
    /// Unicode's punctuation blocks, and Arabic punctuation.
    private static func isLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0...0x00BF, 0x00D7, 0x00F7, 0x2000...0x206F, 0x3000...0x303F, 0xFEFF,
            0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4:
            return false
        default:
            return true
        }
    }
}
