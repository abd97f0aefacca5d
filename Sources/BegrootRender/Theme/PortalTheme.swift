import BegrootContent
import BegrootCore
import Foundation

/// The look of the portal: Mustache templates, interface strings per language and assets (CSS).
/// Starts from the built-in theme compiled into begroot; a site's `themes/<name>/` replaces it file by file.
public struct PortalTheme: Sendable {
    /// Per language code: template name (`layout`, `plan`, `partials/video`) to template, with the
    /// language's interface strings already written in where the template says `{{t.key}}`.
    let libraries: [String: [String: Template]]
    /// Interface strings per language code, site overrides applied.
    public let strings: [String: InterfaceStrings]
    /// Files copied to the output's `assets/` folder, by path below it.
    public let assets: [String: ThemeFile]

    /// A theme file: text from the built-in theme, or a file on disk from the site's theme folder.
    public enum ThemeFile: Sendable, Hashable {
        case text(String)
        case file(path: String)
    }

    static let referenceLanguage = "en"

    /// Loads the theme named in site.yaml over the built-in one, with the site's string overrides.
    public static func load(site: Site) -> (PortalTheme?, Diagnostics) {
        var diagnostics = Diagnostics()
        var files = BuiltinTheme.files.mapValues { ThemeFile.text($0) }
        let name = site.config.theme ?? "default"
        let folder = "themes/" + name
        let folderPath = site.root + "/" + folder
        var isDirectory: ObjCBool = false
        let boundary = SiteBoundary(root: site.root)
        if FileManager.default.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue {
            if boundary.leadsOutside(folderPath) {
                diagnostics.error(SiteBoundary.outsideMessage, at: SourceLocation(file: folder))
                return (nil, diagnostics)
            }
            let enumerator = FileManager.default.enumerator(atPath: folderPath)
            while let relative = enumerator?.nextObject() as? String {
                var isFolder: ObjCBool = false
                let full = folderPath + "/" + relative
                guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                // Every theme file, templates and assets alike, under the one rule for what begroot reads.
                if boundary.leadsOutside(full) {
                    diagnostics.error(SiteBoundary.outsideMessage, at: SourceLocation(file: folder + "/" + relative))
                    continue
                }
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                files[relative] = .file(path: full)
            }
        } else if site.config.theme != nil, name != "default" {
            diagnostics.error("the theme '\(name)' is not in themes/", at: SourceLocation(file: "content/site.yaml"))
        }

        var templates: [(name: String, text: String, shownPath: String)] = []
        var stringFiles: [String: [String: String]] = [:]
        var assets: [String: ThemeFile] = [:]
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            let shownPath = describe(path, file, folder: folder)
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                guard let text = text(of: file, shownPath, &diagnostics) else { continue }
                templates.append((String(path.dropFirst("templates/".count).dropLast(".mustache".count)), text, shownPath))
            } else if path.hasPrefix("i18n/"), path.hasSuffix(".yaml") {
                guard let text = text(of: file, shownPath, &diagnostics) else { continue }
                let (strings, problems) = InterfaceStringsFile.parse(text, path: shownPath)
                diagnostics.merge(problems)
                stringFiles[String(path.dropFirst("i18n/".count).dropLast(".yaml".count))] = strings
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = file
            }
        }
        let strings = StringTable.build(
            themeStrings: stringFiles, siteStrings: site.interfaceStrings, languages: site.config.languageCodes,
            themeFolder: folder, diagnostics: &diagnostics)
        var libraries: [String: [String: Template]] = [:]
        for (index, language) in site.config.languageCodes.enumerated() {
            var library: [String: Template] = [:]
            for template in templates {
                do {
                    library[template.name] = try Template(template.text, strings: strings[language]?.strings ?? [:])
                } catch {
                    // Reported once, not once per language.
                    if index == 0 { diagnostics.error("this template does not parse: \(error)", at: SourceLocation(file: template.shownPath)) }
                }
            }
            if index == 0 {
                for cycle in PartialCycles.find(in: library) {
                    let shownPath = templates.first { $0.name == cycle[0] }?.shownPath ?? cycle[0]
                    diagnostics.error("this partial includes itself (" + cycle.joined(separator: " → ")
                        + "); a partial may not include itself, directly or through others", at: SourceLocation(file: shownPath))
                }
            }
            libraries[language] = library
        }
        return (PortalTheme(libraries: libraries, strings: strings, assets: assets), diagnostics)
    }

    private static func describe(_ path: String, _ file: ThemeFile, folder: String) -> String {
        switch file {
        case .text: return "(built-in theme)/" + path
        case .file: return folder + "/" + path
        }
    }

    private static func text(of file: ThemeFile, _ shownPath: String, _ diagnostics: inout Diagnostics) -> String? {
        switch file {
        case .text(let text): return text
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path), String(validating: data, as: UTF8.self) != nil else {
                diagnostics.error("cannot read this theme file as UTF-8 text", at: SourceLocation(file: shownPath))
                return nil
            }
            return String(decoding: TextCleaning.removingForbiddenCharacters([UInt8](data)), as: UTF8.self)
        }
    }

    /// Renders `template` in `language` with `values`; an unknown template name renders nothing.
    /// An empty text counts as absent, so `{{#summary}}…{{/summary}}` leaves out the whole block.
    func render(_ template: String, language: String, _ values: TemplateValues) -> [UInt8] {
        guard let library = libraries[language], let found = library[template] else { return [] }
        return found.render(values, partials: library)
    }
}
