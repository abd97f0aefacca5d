import BegrootCore
import Yams

/// Reads a site's overrides of interface strings, `content/i18n/<lang>.yaml`: flat `key: text` maps.
enum InterfaceStringsLoader {
    static func load(root: String, config: SiteConfig, diagnostics: inout Diagnostics) -> [String: [String: String]] {
        let folder = "content/i18n"
        var result: [String: [String: String]] = [:]
        for name in FolderListing(root: root).entries(folder) where name.hasSuffix(".yaml") {
            let code = String(name.dropLast(5))
            let path = folder + "/" + name
            guard config.language(code) != nil else {
                diagnostics.warning("'\(code)' is not a language of this site; these strings are not used", at: SourceLocation(file: path))
                continue
            }
            let file: ContentFile
            switch ContentFile.read(path, in: root) {
            case .success(let read): file = read
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            let (strings, problems) = InterfaceStringsFile.parse(file.text, path: path)
            diagnostics.merge(problems)
            result[code] = strings
        }
        return result
    }
}

/// The format of interface-string files, shared by themes and sites: a flat YAML map of `key: text`.
public enum InterfaceStringsFile {
    public static func parse(_ text: String, path: String) -> ([String: String], Diagnostics) {
        var diagnostics = Diagnostics()
        let node: Node?
        switch YAMLDocument.parse(text, file: path) {
        case .success(let parsed): node = parsed
        case .failure(let problem): return ([:], Diagnostics([problem]))
        }
        guard let node, !node.isNull else { return ([:], diagnostics) }
        let reader = NodeReader(file: path, languages: nil)
        guard case .mapping(let mapping) = node else {
            reader.error("an interface-strings file must be a mapping of `key: text`", at: node)
            return ([:], reader.diagnostics)
        }
        var strings: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, let text = reader.scalar(value, "'\(key.scalar?.string ?? "")'") else { continue }
            if isRetiredFormatKey(name) {
                reader.warning("'\(name)' is no longer used: numbers, money and dates are written as CLDR writes this language; "
                    + "leave it out (for another region's way, give the language a 'region:' in site.yaml)", at: key)
                continue
            }
            strings[name] = text
        }
        diagnostics.merge(reader.diagnostics)
        return (strings, diagnostics)
    }

    /// `format.money`, `month.10` …: the hand-written formats of earlier versions, now read from CLDR.
    static func isRetiredFormatKey(_ name: String) -> Bool {
        if ["format.decimal", "format.group", "format.money", "format.percent", "format.date"].contains(name) { return true }
        guard name.hasPrefix("month."), let number = Int(name.dropFirst(6)) else { return false }
        return (1...12).contains(number)
    }
}
