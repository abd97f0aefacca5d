import ArgumentParser
import BegrootCore

/// `begroot` alone and `begroot bulid`: the commands, one line each, read from their own
/// configurations so that the list cannot drift from what the parser accepts.
enum CommandList {
    /// `  begroot build        Build the portal into the output folder.`, for every command below `command`.
    static func lines(of command: ParsableCommand.Type, path: [String] = []) -> [String] {
        command.configuration.subcommands.flatMap { sub -> [String] in
            let name = sub.configuration.commandName ?? String(describing: sub).lowercased()
            let words = path + [name]
            guard sub.configuration.subcommands.isEmpty else { return lines(of: sub, path: words) }
            let usage = (["begroot"] + words).joined(separator: " ")
            return ["  " + usage.padding(toLength: 22, withPad: " ", startingAt: 0) + " " + sub.configuration.abstract]
        }
    }

    /// What `begroot` alone prints.
    static var overview: String {
        Begroot.configuration.abstract + "\n\n" + lines(of: Begroot.self).joined(separator: "\n")
            + "\n\n`begroot help COMMAND` (or COMMAND --help) tells about a command's options.\n"
    }

    /// For arguments whose first word, where a command is expected, names no command: the message
    /// with the nearest command, and the list of commands.
    static func unknownCommand(in arguments: [String]) -> String? {
        var command: ParsableCommand.Type = Begroot.self
        var path: [String] = []
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return nil }
            let names = subcommands.map { $0.configuration.commandName ?? String(describing: $0).lowercased() }
            guard let index = names.firstIndex(of: word) else {
                guard word != "help" || !path.isEmpty else { return nil }
                let typed = (["begroot"] + path + [word]).joined(separator: " ")
                let suggestion = Suggestion.nearest(to: word, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                return "begroot: error: '\(typed)' is not a command\(suggestion)\n\n"
                    + lines(of: command, path: path).joined(separator: "\n") + "\n"
            }
            command = subcommands[index]
            path.append(word)
        }
        return nil
    }
}
