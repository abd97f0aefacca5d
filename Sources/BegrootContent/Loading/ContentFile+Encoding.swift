import BegrootCore
import Foundation

extension ContentFile {
    /// The error for a file that is not UTF-8, at its first unreadable byte, with how to save it as
    /// UTF-8: a spreadsheet saves CSV in the older Windows encoding unless told otherwise.
    static func notUTF8(_ bytes: [UInt8], path: String) -> Diagnostic? {
        guard let offset = firstInvalidUTF8Byte(bytes) else { return nil }
        let before = String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.reversed().prefix { $0 != "\n" }.count + 1
        let byte = bytes[offset]
        var character = ""
        // What the byte is in Windows-1252 (é, ë, €), the likely encoding: a hint at the character meant.
        if let windows = String(data: Data([byte]), encoding: .windowsCP1252), windows.unicodeScalars.allSatisfy({ $0.value >= 0xA0 }) {
            character = ", '\(windows)' in the older Windows encoding"
        }
        let how = path.hasSuffix(".csv")
            ? "in Excel with \"Save as…\" and the type \"CSV UTF-8\", in LibreOffice with the character set \"Unicode (UTF-8)\""
            : "in your editor's \"Save as…\", choose the encoding \"UTF-8\""
        return .error(
            "this file is not saved as UTF-8: the character here cannot be read (byte \(String(format: "%02X", byte))\(character)); save it as UTF-8: \(how)",
            at: SourceLocation(file: path, line: line, column: column))
    }

    /// The offset of the first byte that does not belong to a UTF-8 character, or nil for UTF-8 text.
    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
