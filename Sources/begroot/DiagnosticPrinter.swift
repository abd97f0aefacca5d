import BegrootCore
import Foundation

/// Prints diagnostics one a line, `path:line:col: error: message`, then a summary, to standard error.
/// Colour only when standard error is a terminal.
struct DiagnosticPrinter {
    /// The `--source` folder as the user gave it, put before content paths so they open from the shell.
    let sourcePrefix: String
    let useColour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func print(_ diagnostics: Diagnostics) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        // A file with thousands of bad rows (a whole ledger in the wrong format) shows its first
        // screenful and then one line that says how many more there are.
        var shownPerFile: [String: Int] = [:]
        var hiddenPerFile: [String: (first: SourceLocation, count: Int)] = [:]
        for diagnostic in diagnostics.sorted {
            let shown = shownPerFile[diagnostic.location.file, default: 0]
            guard shown < Self.linesPerFile else {
                hiddenPerFile[diagnostic.location.file, default: (diagnostic.location, 0)].count += 1
                continue
            }
            shownPerFile[diagnostic.location.file] = shown + 1
            var location = diagnostic.location
            location.file = prefixed(location.file)
            let severity = diagnostic.severity.rawValue
            let coloured = useColour ? (diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m") + severity + "\u{1B}[0m" : severity
            // Content (a quoted key, a CSV header with a line break, an escape sequence) never splits
            // a diagnostic over lines nor reaches the terminal as control characters.
            location.file = PrintableText.escaped(location.file)
            text += "\(location): \(coloured): \(PrintableText.escaped(diagnostic.message))\n"
        }
        for (_, hidden) in hiddenPerFile.sorted(by: { $0.key < $1.key }) {
            var location = hidden.first
            location.file = PrintableText.escaped(prefixed(location.file))
            text += "\(location): note: \(hidden.count) more problems in this file are not shown; mend these first and run again\n"
        }
        text += diagnostics.summary + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// How many diagnostics of one file are printed before the rest are counted.
    static let linesPerFile = 25

    private func prefixed(_ file: String) -> String {
        guard sourcePrefix != ".", !sourcePrefix.isEmpty, !file.hasPrefix("(") else { return file }
        return (sourcePrefix.hasSuffix("/") ? sourcePrefix : sourcePrefix + "/") + file
    }

    func fail(_ message: String) {
        FileHandle.standardError.write(Data("begroot: error: \(PrintableText.escaped(message))\n".utf8))
    }

    func done(_ message: String) {
        FileHandle.standardError.write(Data("begroot: \(message)\n".utf8))
    }
}
