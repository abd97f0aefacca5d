import Foundation
import TestSupport

/// A site folder written from a dictionary of files, for loader tests.
struct TemporarySite {
    let root: String

    init(_ files: [String: String]) throws {
        root = Scratch.folder("site").path
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static let siteYAML = """
        title: {nl: Test, en: Test}
        defaultLanguage: nl
        languages:
          - {code: nl, name: Nederlands}
          - {code: en, name: English}

        """

    static let buurtYAML = """
        name: Buurt
        budget: 1000
        model: challenge

        """
}
