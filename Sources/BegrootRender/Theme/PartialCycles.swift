/// Finds partials that include themselves, directly or through others (`a → b → a`): rendering one
/// would never end, so the theme check reports each cycle once instead.
enum PartialCycles {
    /// Each cycle as the names along it, starting and ending with the same template, found from the
    /// templates in name order so the report is the same every build.
    static func find(in library: [String: Template]) -> [[String]] {
        var cycles: [[String]] = []
        var finished: Set<String> = []
        var path: [String] = []
        func visit(_ name: String) {
            if let start = path.firstIndex(of: name) {
                cycles.append(Array(path[start...]) + [name])
                return
            }
            guard !finished.contains(name), let template = library[name] else { return }
            path.append(name)
            for partial in template.partialNames { visit(partial) }
            path.removeLast()
            finished.insert(name)
        }
        for name in library.keys.sorted() { visit(name) }
        return cycles
    }
}
