/// The problems collected by one stage. Stages return it next to their result instead of throwing,
/// so a volunteer learns about every mistake in one run.
public struct Diagnostics: Sendable, Equatable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func error(_ message: String, at location: SourceLocation) {
        all.append(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        all.append(.warning(message, at: location))
    }

    public mutating func merge(_ other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var isEmpty: Bool { all.isEmpty }

    /// Every diagnostic once, ordered by file, line and column, so output is stable whatever order
    /// the files were read in.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }
            .sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// With `strict`, warnings count as errors, except missing translations (see `Diagnostic.Category`).
    public func promotingWarnings(_ strict: Bool) -> Diagnostics {
        guard strict else { return self }
        return Diagnostics(all.map {
            var promoted = $0
            if promoted.category != .translation { promoted.severity = .error }
            return promoted
        })
    }

    /// `3 errors, 5 warnings in 4 files`, or `no problems`.
    public var summary: String {
        let files = Set(all.map(\.location.file)).count
        if all.isEmpty { return "no problems" }
        let errors = plural(errorCount, "error")
        let warnings = plural(warningCount, "warning")
        return "\(errors), \(warnings) in \(plural(files, "file"))"
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
