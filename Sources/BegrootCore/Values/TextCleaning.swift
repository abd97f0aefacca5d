/// Characters that no page, feed or data file may carry, removed from text as it is read: C0
/// controls other than tab, line feed and carriage return, DEL, the C1 controls (U+0080–U+009F) and
/// the Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE,
/// U+FFFF …). XML forbids several of them (an Atom feed holding U+FFFF does not parse), HTML calls
/// them parse errors, and on a page they show as nothing or as boxes. A volunteer cannot see them
/// in an editor either: they arrive with text pasted from a word processor or a PDF.
public enum TextCleaning {
    /// `bytes` (valid UTF-8) without those characters; the same array when there are none, which
    /// is almost always, found with one pass over the bytes.
    public static func removingForbiddenCharacters(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let first = firstForbidden(buffer) else { return bytes }
            var output = Array(buffer[..<first])
            output.reserveCapacity(buffer.count)
            var index = first
            while index < buffer.count {
                let length = sequenceLength(buffer[index])
                if !isForbidden(buffer, at: index) { output.append(contentsOf: buffer[index..<min(index + length, buffer.count)]) }
                index += length
            }
            return output
        }
    }

    /// `text` without those characters; the same string when there are none.
    public static func removingForbiddenCharacters(_ text: String) -> String {
        var text = text
        let found = text.withUTF8 { firstForbidden($0) }
        guard found != nil else { return text }
        return String(decoding: removingForbiddenCharacters(Array(text.utf8)), as: UTF8.self)
    }

    private static func firstForbidden(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        // Only a few bytes can start a forbidden character (`mayStartForbidden`); every other byte,
        // continuation bytes included, is passed over with one table look-up.
        mayStartForbidden.withUnsafeBufferPointer { table in
            for index in buffer.indices where table[Int(buffer[index])] && isForbidden(buffer, at: index) {
                return index
            }
            return nil
        }
    }

    /// The bytes that may start a forbidden character: the C0 controls but tab, line feed and
    /// carriage return; DEL; C2 (the C1 controls); EF (U+FDD0–U+FDEF, U+FFFE/F); F0–FF (the other
    /// planes' last two code points, and bytes that are not UTF-8 at all).
    private static let mayStartForbidden: [Bool] = (0...255).map { byte in
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xEF || byte >= 0xF0
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private static func isForbidden(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
        if byte == 0x7F { return true }
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        if byte == 0xC2 { return next(1) < 0xA0 }
        if byte == 0xEF {
            // U+FDD0–U+FDEF: EF B7 90–AF; U+FFFE, U+FFFF: EF BF BE–BF.
            return (next(1) == 0xB7 && (0x90...0xAF).contains(next(2))) || (next(1) == 0xBF && next(2) >= 0xBE)
        }
        if byte >= 0xF0 {
            // U+nFFFE and U+nFFFF of the other planes: the last three bytes are ?F BF BE–BF.
            return next(1) & 0x0F == 0x0F && next(2) == 0xBF && next(3) >= 0xBE
        }
        return false
    }
}
