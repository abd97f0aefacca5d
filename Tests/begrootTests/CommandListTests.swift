import Foundation
import TestSupport
import Testing

/// `begroot` alone lists the commands; a misspelt command is a usage error that names the nearest.
@Suite struct CommandListTests {
    static let commands = """
          begroot build          Build the portal into the output folder.
          begroot check          Check the content for mistakes; writes nothing.
          begroot serve          Preview the portal on 127.0.0.1; open pages follow every save.
          begroot new site       Start a site in a new or empty folder.
          begroot new buurt      Start a buurt: buurt.yaml and its introduction.
          begroot new plan       Start a plan in a buurt, as submitted today.
          begroot new update     Start a news update in a buurt, dated today.
          begroot import plans   Turn a spreadsheet (CSV, one row a plan) into plan files of a buurt.

        """

    @Test func begrootAlonePrintsTheCommandsOneLineEach() throws {
        let result = try BinaryRunner.run([], in: BinaryRunner.packageRoot)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == "Builds a neighbourhood budget portal from Markdown, YAML and CSV.\n\n" + Self.commands
            + "\n`begroot help COMMAND` (or COMMAND --help) tells about a command's options.\n")
    }

    @Test func aMisspeltCommandSuggestsTheNearest() throws {
        let result = try BinaryRunner.run(["bulid", "--strict"], in: BinaryRunner.packageRoot)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "begroot: error: 'begroot bulid' is not a command (did you mean 'build'?)\n\n" + Self.commands)
        let nested = try BinaryRunner.run(["new", "plna", "b", "T"], in: BinaryRunner.packageRoot)
        #expect(nested.status == 2)
        #expect(nested.standardError.hasPrefix("begroot: error: 'begroot new plna' is not a command (did you mean 'plan'?)\n\n  begroot new site "))
    }

    /// `--version` names the release and the commit checked out when the binary was built.
    @Test func theVersionNamesTheReleaseAndTheCommit() throws {
        let result = try BinaryRunner.run(["--version"], in: BinaryRunner.packageRoot)
        #expect(result.status == 0)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", BinaryRunner.packageRoot.path, "rev-parse", "--short=12", "HEAD"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        try git.run()
        let head = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        git.waitUntilExit()
        let commit = git.terminationStatus == 0 ? head : "unknown"
        #expect(result.standardOutput == "0.1.0 (commit \(commit))\n")
    }
}
