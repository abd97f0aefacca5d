import BegrootCore
import Yams

/// A Markdown document and its translations, read and split, ready for a type-specific loader.
struct LoadedDocument {
    var slug: String
    /// Front matter of the default-language file (empty fields when it has none).
    var fields: Fields
    /// Front matter of each translation, by language code.
    var translations: [String: Fields]
    var body: LocalizedMarkdown
    var location: SourceLocation
    private var readers: [NodeReader]

    /// The diagnostics of all the document's files, complete once the caller has read its fields.
    var diagnostics: Diagnostics {
        var all = Diagnostics()
        for reader in readers { all.merge(reader.diagnostics) }
        return all
    }

    /// The document itself and every per-language text in its front matter, for the translation rules.
    var texts: [TranslatableText] {
        let isDraft = fields.values["draft"]?.value.scalar?.string == "true"
        let all = [TranslatableText(kind: .document(slug: slug), languages: Set(body.byLanguage.keys), location: location)]
            + readers.flatMap(\.texts)
        return all.map {
            var text = $0
            text.isDraft = isDraft
            return text
        }
    }

    /// Sets the translations' values of the text field `key` on `text`.
    func translated(_ text: LocalizedText, field key: String, defaultLanguage: String) -> LocalizedText {
        var result = text
        for (language, fields) in translations.sorted(by: { $0.key < $1.key }) {
            if let value = fields.text(key)?.value.resolve(language, defaultLanguage: defaultLanguage)?.text {
                result = result.setting(value, for: language, defaultLanguage: defaultLanguage)
            }
        }
        return result
    }

    /// Reads every file of `group` in `folder`. `known` are the front-matter fields of the document
    /// type; a translation may set only the `translatable` ones and inherits the rest.
    static func load(
        _ group: MarkdownFileGroup, folder: String, root: String, known: [String], translatable: [String],
        what: String, languages: [String], defaultLanguage: String, diagnostics: inout Diagnostics
    ) -> LoadedDocument? {
        var readers: [NodeReader] = []
        var body = LocalizedMarkdown()
        var defaultFields: Fields?
        var translations: [String: Fields] = [:]
        for (language, name) in group.files.sorted(by: { $0.key < $1.key }) {
            let path = folder + "/" + name
            let file: ContentFile
            switch ContentFile.read(path, in: root) {
            case .success(let read): file = read
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            let split: FrontMatter
            switch FrontMatter.split(file.text, file: path) {
            case .success(let value): split = value
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            body.byLanguage[language] = split.body
            let reader = NodeReader(file: path, lineOffset: split.yamlLineOffset, languages: Set(languages))
            readers.append(reader)
            var node = Node.mapping([:])
            if let yaml = split.yaml {
                switch YAMLDocument.parse(yaml, file: path, lineOffset: split.yamlLineOffset) {
                case .success(let parsed): node = parsed ?? .mapping([:])
                case .failure(let problem):
                    diagnostics.append(problem)
                    continue
                }
            }
            guard let fields = reader.fields(node, "the front matter", known: known) else { continue }
            if language == defaultLanguage {
                defaultFields = fields
            } else {
                for key in fields.values.keys.sorted() where !translatable.contains(key) {
                    reader.warning("'\(key)' in a translation is ignored: it is taken from '\(group.slug).md'; a translation sets only "
                        + translatable.joined(separator: ", ") + " and the text", at: fields.values[key]!.key)
                }
                translations[language] = fields
            }
        }
        guard let defaultFields else { return nil }
        return LoadedDocument(
            slug: group.slug, fields: defaultFields, translations: translations, body: body,
            location: SourceLocation(file: folder + "/" + group.files[defaultLanguage]!), readers: readers)
    }
}
