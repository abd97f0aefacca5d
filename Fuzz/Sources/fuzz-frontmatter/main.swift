// A plan file (`plans/<slug>.md`): FrontMatter.split, then the front matter's YAML through
// YAMLDocument.parse and every field read as PlanLoader reads it (NodeReader / Fields).
// Also checks that the fast LF-only split and the line-by-line split agree.
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let path = "content/buurten/fuzz/plans/plan.md"
let languages: Set<String> = ["nl", "en", "tr", "ar"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = contentText(data, size) else { return 0 }
    let split = FrontMatter.split(text, file: path)
    if let fast = FrontMatter.splitWithLineFeeds(text, file: path) {
        let slow = FrontMatter.splitLineByLine(text, file: path)
        if describe(fast) != describe(slow) {
            fatalError("FrontMatter.splitWithLineFeeds and splitLineByLine disagree:\n  fast: \(describe(fast))\n  slow: \(describe(slow))")
        }
    }
    guard case .success(let frontMatter) = split, let yaml = frontMatter.yaml else { return 0 }
    guard case .success(let parsed) = YAMLDocument.parse(yaml, file: path, lineOffset: frontMatter.yamlLineOffset) else { return 0 }
    let reader = NodeReader(file: path, lineOffset: frontMatter.yamlLineOffset, languages: languages)
    if let fields = reader.fields(parsed ?? .mapping([:]), "the front matter", known: PlanLoader.known) {
        _ = fields.text("title", required: true)
        _ = fields.choice("status", as: PlanStatus.self, required: true)
        for milestone in fields.list("milestones") ?? [] {
            guard let item = reader.fields(milestone, "a milestone", known: ["date", "title", "done"]) else { continue }
            _ = (item.date("date", required: true), item.text("title", required: true), item.bool("done"))
        }
        if let image = fields.string("image") { MediaPath.check(image, reader: reader) }
        _ = (fields.text("summary"), fields.string("theme"), fields.money("requested"), fields.money("awarded"))
        _ = (fields.strings("proposers"), fields.date("submitted"), fields.integer("progress", in: 0...100), fields.bool("draft"))
    }
    _ = reader.diagnostics.sorted.map(\.description)
    return 0
}

private func describe(_ result: Result<FrontMatter, Diagnostic>) -> String {
    switch result {
    case .success(let split):
        return "yaml \(split.yaml.map { "\($0.debugDescription)" } ?? "nil") at +\(split.yamlLineOffset), "
            + "body \(split.body.text.debugDescription) at \(split.body.location)"
    case .failure(let problem):
        return "failure \(problem)"
    }
}
