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
        for diagnostic in diagnostics.sorted {
            var location = diagnostic.location
            if sourcePrefix != ".", !sourcePrefix.isEmpty, !location.file.hasPrefix("(") {
                location.file = (sourcePrefix.hasSuffix("/") ? sourcePrefix : sourcePrefix + "/") + location.file
            }
            let severity = diagnostic.severity.rawValue
            let coloured = useColour ? (diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m") + severity + "\u{1B}[0m" : severity
            // Content (a quoted key, a CSV header with a line break, an escape sequence) never splits
            // a diagnostic over lines nor reaches the terminal as control characters.
            location.file = PrintableText.escaped(location.file)
            text += "\(location): \(coloured): \(PrintableText.escaped(diagnostic.message))\n"
        }
        text += diagnostics.summary + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func fail(_ message: String) {
        FileHandle.standardError.write(Data("begroot: error: \(PrintableText.escaped(message))\n".utf8))
    }

    func done(_ message: String) {
        FileHandle.standardError.write(Data("begroot: \(message)\n".utf8))
    }
}
