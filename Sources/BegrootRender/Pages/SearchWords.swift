/// The words of a Markdown text for the search index: each distinct word of three letters or more
/// once, lower-cased, in the order they first appear, without link targets, addresses and HTML tags,
/// and without the words the entry's title and summary already hold. The browser searches them as
/// it searches titles (`begroot-search.js`), so a plan is found by a word from its story.
///
/// Works on the UTF-8 bytes: the index is built for every plan in every language, and a byte scan
/// keeps that a small part of a build (a `Character` walk was several times slower).
enum SearchWords {
    static func words(of markdown: String, leaving known: Set<String> = [], limit: Int = 400) -> [String] {
        var words: [String] = []
        var seen = known
        var bytes = Array(markdown.utf8)
        bytes.append(0x20)
        var index = 0
        var start: Int?
        func finish(_ end: Int) {
            guard let wordStart = start else { return }
            start = nil
            let slice = bytes[wordStart..<end]
            let isASCII = slice.allSatisfy { $0 < 0x80 }
            var word = String(decoding: isASCII ? slice.map { $0 | (0x41...0x5A).contains($0).bit } : Array(slice), as: UTF8.self)
            if !isASCII { word = word.lowercased() }
            guard word.unicodeScalars.count >= 3, words.count < limit, !seen.contains(word) else { return }
            seen.insert(word)
            words.append(word)
        }
        while index < bytes.count {
            let byte = bytes[index]
            let length = Self.length(ofScalarStartingWith: byte)
            if byte == UInt8(ascii: "<") {
                // An HTML tag or an autolink: skipped whole.
                finish(index)
                index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
            } else if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") {
                // A link's or image's target.
                finish(index)
                index = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ")")).map { $0 + 1 } ?? bytes.count
            } else if isWordPart(bytes, at: index, length: length) {
                if start == nil {
                    // An address written out: skipped to the next space.
                    if bytes[index...].starts(with: Array("http".utf8)) || bytes[index...].starts(with: Array("www.".utf8)) {
                        index = bytes[index...].firstIndex { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 } ?? bytes.count
                        continue
                    }
                    start = index
                }
                index += length
            } else {
                finish(index)
                index += length
            }
        }
        return words
    }

    /// ASCII letters and digits, and every non-ASCII letter; the spaces, quotes, dashes and marks
    /// of Unicode's punctuation blocks, and Arabic punctuation, end a word.
    private static func isWordPart(_ bytes: [UInt8], at index: Int, length: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        guard length > 1, index + length <= bytes.count else { return false }
        var value = UInt32(byte) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        switch value {
        case 0x00A0...0x00BF, 0x00D7, 0x00F7, 0x2000...0x206F, 0x3000...0x303F, 0xFEFF,
            0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4:
            return false
        default:
            return true
        }
    }

    private static func length(ofScalarStartingWith byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}

private extension Bool {
    /// 0x20 for true: the bit that makes an ASCII capital small.
    var bit: UInt8 { self ? 0x20 : 0 }
}
