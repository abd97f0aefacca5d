/// One problem found in a site, with the place it was found.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// What kind of rule a diagnostic comes from, where that changes how it is treated.
    public enum Category: String, Sendable {
        case general
        /// A text not yet translated into one of the site's languages. `--strict` leaves these
        /// warnings alone: a portal may go live before every translation is in, unless the site
        /// lists the language in `requireTranslations`, which makes them errors.
        case translation
        /// Something a volunteer has not filled in yet (a budget of 0, a text as `begroot new`
        /// wrote it). Only asked about once the content has no errors; `--strict` makes these
        /// errors, so an unfinished portal is not published by accident.
        case readiness
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var category: Category

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, category: Category = .general) {
        self.severity = severity
        self.message = message
        self.location = location
        self.category = category
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The one-line form printed by the command line: `file:line:col: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
