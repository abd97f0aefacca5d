/// Escaping for text that goes into HTML, in one place.
public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as character references. Works on the UTF-8 bytes (all five are
    /// ASCII) and returns the text itself when there is nothing to escape, which is most of the time.
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        let needsEscaping = utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || isControl(byte) { return true }
            return false
        } ?? utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || isControl($0) }
        guard needsEscaping else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A C0 control character other than tab, line feed and carriage return: invalid in XML and an
    /// error in HTML, so escaping drops it (a form feed pasted from a word processor, say).
    @inline(__always) static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    /// Appends UTF-8 `bytes` (HTML from cmark, say), escaped, to `output`: for HTML inside XML.
    static func escape(bytes: [UInt8], into output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { escape($0, into: &output) }
    }

    /// Appends `text`, escaped, to `output`: runs without a special character are copied whole.
    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &output) }
    }

    /// For each byte, whether escaping must look at it: the five specials and the control characters.
    private static let special: [Bool] = (0...255).map { byte in
        [0x26, 0x3C, 0x3E, 0x22, 0x27].contains(byte) || isControl(UInt8(byte))
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var runStart = 0
        special.withUnsafeBufferPointer { special in
        for index in 0..<bytes.count where special[Int(bytes[index])] {
            let entity: StaticString
            switch bytes[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: entity = ""  // a control character, not allowed in HTML or XML: dropped
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            runStart = index + 1
        }
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }
}
