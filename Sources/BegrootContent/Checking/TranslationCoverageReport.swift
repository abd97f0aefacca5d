import BegrootCore

extension TranslationCoverage {
    /// One line per language for `begroot check`:
    /// `English (en): 114 of 120 texts translated (95%); not complete: k-buurt 80%, site pages 50%`.
    /// Empty for a site with one language.
    public func report(config: SiteConfig) -> [String] {
        languages.map { code in
            let name = config.language(code).map { "\($0.name) (\(code))" } ?? code
            let count = overall[code] ?? Count()
            var line = "\(name): \(count.translated) of \(count.total) texts translated (\(count.percent)%)"
            var incomplete: [String] = []
            if let site = site[code], !site.isComplete { incomplete.append("site pages \(site.percent)%") }
            for buurt in perBuurt.keys.sorted() {
                if let buurtCount = perBuurt[buurt]?[code], !buurtCount.isComplete { incomplete.append("\(buurt) \(buurtCount.percent)%") }
            }
            if !incomplete.isEmpty { line += "; not complete: " + incomplete.joined(separator: ", ") }
            return line
        }
    }
}
