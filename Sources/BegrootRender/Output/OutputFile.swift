/// One file of the built portal, held in memory until the writer puts it on disk.
public struct OutputFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case text(String)
        /// A file copied as it is (media, static files, theme assets on disk).
        case copy(sourcePath: String)
    }

    /// Path below the output folder, with `/` separators.
    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
