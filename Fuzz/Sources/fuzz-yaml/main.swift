// YAML as every loader parses it (YAMLDocument.parse, the one place that calls Yams), walked node
// by node as the loaders do, and an interface-strings file (InterfaceStringsFile.parse, i18n/*.yaml).
@testable import BegrootContent
import BegrootCore
import FuzzSupport
import Yams

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = contentText(data, size) else { return 0 }
    let (strings, problems) = InterfaceStringsFile.parse(text, path: "content/i18n/en.yaml")
    _ = (strings.count, problems.sorted.map(\.description))
    if case .success(let root?) = YAMLDocument.parse(text, file: "content/x.yaml", lineOffset: 3) {
        let reader = NodeReader(file: "content/x.yaml", lineOffset: 3, languages: ["nl", "en"])
        walk(root, reader: reader, depth: 0)
        _ = reader.diagnostics.sorted.map(\.description)
    }
    return 0
}

private func walk(_ node: Node, reader: NodeReader, depth: Int) {
    _ = (node.kindDescription, node.isNull, reader.location(node))
    guard depth < 64 else { return }
    switch node {
    case .mapping(let mapping):
        _ = reader.fields(node, "a mapping", known: ["title", "name", "nl", "en"])?.text("title")
        _ = reader.localizedText(node, "a text", field: "title")
        for (key, value) in mapping {
            walk(key, reader: reader, depth: depth + 1)
            walk(value, reader: reader, depth: depth + 1)
        }
    case .sequence(let sequence):
        for item in sequence { walk(item, reader: reader, depth: depth + 1) }
    case .scalar:
        _ = reader.scalar(node, "a value")
    case .alias:
        break
    }
}
