/// One file of the built portal, held in memory until the writer puts it on disk.
public struct OutputFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case text(String)
        /// Text already as UTF-8 bytes, as templates render pages: written without a conversion.
        case bytes([UInt8])
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

    /// The file's text, for a text file; nil for a copied file.
    public var text: String? {
        switch content {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .copy: nil
        }
    }
}
