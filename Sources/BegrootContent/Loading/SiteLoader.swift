import BegrootCore

/// The first stage of a build: a site folder in, the model and every problem found while reading out.
public enum SiteLoader {
    /// Only `content/site.yaml`: for `begroot new`, which writes a file per language of the site.
    public static func loadConfig(siteFolder root: String) -> (config: SiteConfig?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        var texts: [TranslatableText] = []
        let config = SiteConfigLoader.load(root: root, texts: &texts, diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    /// Loads everything, drafts included; `Site.publishing(includeDrafts:)` leaves them out later.
    /// With `memory`, buurten it still holds are taken from it instead of read again (`serve`).
    public static func load(siteFolder root: String, memory: BuurtMemory? = nil) -> (site: Site?, diagnostics: Diagnostics) {
        CheckedFolders.shared.startLoad()
        var diagnostics = Diagnostics()
        var texts: [TranslatableText] = []
        let listing = FolderListing(root: root)
        guard let config = SiteConfigLoader.load(root: root, texts: &texts, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let pages = PageLoader.load(root: root, config: config, texts: &texts, diagnostics: &diagnostics)

        var buurtSlugs = listing.entries("content/buurten").filter { listing.isFolder("content/buurten/" + $0) }
        for slug in buurtSlugs where listing.leadsOutside("content/buurten/" + slug) {
            diagnostics.error(SiteBoundary.outsideMessage, at: SourceLocation(file: "content/buurten/" + slug))
        }
        buurtSlugs.removeAll { listing.leadsOutside("content/buurten/" + $0) }
        let loader = BuurtLoader(root: root, config: config, memory: memory)
        let loaded = buurtSlugs.parallelMap { slug in
            memory.map { $0.buurt(slug) { loader.load(slug: slug) } } ?? loader.load(slug: slug)
        }
        var buurten: [Buurt] = []
        for (buurt, problems) in loaded {
            diagnostics.merge(problems)
            if let buurt { buurten.append(buurt) }
        }
        let staticFiles = listing.allFiles(below: "content/static", diagnostics: &diagnostics).map {
            AssetFile(sourcePath: root + "/content/static/" + $0, outputPath: $0)
        }
        let strings = InterfaceStringsLoader.load(root: root, config: config, diagnostics: &diagnostics)
        let site = Site(
            config: config, pages: pages, buurten: buurten, staticFiles: staticFiles, interfaceStrings: strings, root: root, texts: texts)
        return (site, diagnostics)
    }
}
