import BegrootCore
import Foundation
import Testing
import TestSupport
@testable import BegrootContent

/// A file saved in another encoding than UTF-8 is reported at its first unreadable character, with
/// how to save it as UTF-8 (issue 14).
@Suite struct ContentFileEncodingTests {
    func problem(_ bytes: [UInt8], named path: String) throws -> String? {
        let root = Scratch.folder("encoding").path
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        guard case .failure(let problem) = ContentFile.read(path, in: root) else { return nil }
        return problem.description
    }

    @Test func aSpreadsheetInTheWindowsEncodingIsToldHowToSaveAsUTF8() throws {
        // "Café" in Windows-1252 on the third line, after a UTF-8-looking start.
        let csv = Array("date;plan;description;amount\n2021-03-01;;Koffie;12,50\n2021-03-02;;Caf".utf8) + [0xE9] + Array(";4,00\n".utf8)
        #expect(try problem(csv, named: "content/buurten/b/spending.csv")
            == "content/buurten/b/spending.csv:3:16: error: this file is not saved as UTF-8: the character here cannot be read "
            + "(byte E9, 'é' in the older Windows encoding); save it as UTF-8: in Excel with \"Save as…\" and the type \"CSV UTF-8\", "
            + "in LibreOffice with the character set \"Unicode (UTF-8)\"")
    }

    @Test func anotherFileIsToldToChooseUTF8InTheEditor() throws {
        let markdown = Array("---\ntitle: Tuin\n---\nDe ".utf8) + [0x80] + Array(" 40\n".utf8)
        #expect(try problem(markdown, named: "content/pages/over.md")
            == "content/pages/over.md:4:4: error: this file is not saved as UTF-8: the character here cannot be read "
            + "(byte 80, '€' in the older Windows encoding); save it as UTF-8: in your editor's \"Save as…\", choose the encoding \"UTF-8\"")
    }

    @Test func theColumnCountsCharactersNotBytes() throws {
        // "ë" is two bytes in UTF-8 and one column; a cut-off sequence is unreadable too.
        let yaml = Array("name: Zuidoost ë ".utf8) + [0xC3]
        #expect(try problem(yaml, named: "content/buurten/b/buurt.yaml")?.hasPrefix("content/buurten/b/buurt.yaml:1:18: error: ") == true)
        #expect(ContentFile.firstInvalidUTF8Byte(Array("ë€ok".utf8)) == nil)
        #expect(ContentFile.firstInvalidUTF8Byte([0x61, 0xFF]) == 1)
    }
}
