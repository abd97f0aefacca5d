import Foundation
import PackagePlugin

/// Writes `BuildInfo.swift` for the command line: the commit the binary was built from, so that
/// `begroot --version` can say it. The command runs again whenever the checked-out commit changes
/// (its inputs are git's `HEAD` and the branch it names); built from a folder without git, the
/// commit is "unknown".
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildInfo.swift")
        var inputs: [URL] = []
        let git = root.appending(path: ".git")
        let head = git.appending(path: "HEAD")
        if FileManager.default.fileExists(atPath: head.path) {
            inputs.append(head)
            let packed = git.appending(path: "packed-refs")
            if FileManager.default.fileExists(atPath: packed.path) { inputs.append(packed) }
            if let text = try? String(contentsOf: head, encoding: .utf8), text.hasPrefix("ref: ") {
                let branch = git.appending(path: text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
                if FileManager.default.fileExists(atPath: branch.path) { inputs.append(branch) }
            }
        }
        return [.buildCommand(
            displayName: "Recording the commit for begroot --version",
            executable: try context.tool(named: "BuildInfoTool").url,
            arguments: [git.path, output.path],
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
