import BegrootCore

/// Updates and videos point at plans that exist; images, posters, captions, transcripts and local
/// video files point at files that exist in the buurt's `media/`.
enum MediaRules {
    static func check(_ buurt: Buurt, references: PlanReferences, _ diagnostics: inout Diagnostics) {
        let files = buurt.mediaPaths
        func requireFile(_ path: Located<String>) {
            guard path.value.hasPrefix("media/"), !files.contains(path.value) else { return }
            let hint = Suggestion.didYouMean(path.value, in: files)
            diagnostics.error("there is no file '\(path.value)' in this buurt's media folder\(hint)", at: path.location)
        }
        for plan in buurt.plans {
            if let image = plan.image { requireFile(image) }
        }
        for update in buurt.updates {
            if let plan = update.plan { references.resolve(plan, from: "this update", &diagnostics) }
        }
        for video in buurt.videos {
            for plan in video.plans { references.resolve(plan, from: "videos.yaml", &diagnostics) }
            if case .file(let path) = video.source.value { requireFile(Located(path, at: video.source.location)) }
            if let poster = video.poster { requireFile(poster) }
            for (_, file) in video.captions.sorted(by: { $0.key < $1.key }) { requireFile(file) }
            for (_, file) in video.transcripts.sorted(by: { $0.key < $1.key }) { requireFile(file) }
        }
    }
}
