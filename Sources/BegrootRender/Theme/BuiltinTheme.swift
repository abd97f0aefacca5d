/// The default theme, compiled in from `themes/default/` (see `BuiltinTheme+Files.swift`).
public enum BuiltinTheme {
    /// Path below the theme folder (`templates/plan.mustache`) to its text.
    public static var allFiles: [String: String] { files }
}
