import ArgumentParser

/// `--output text|json`: text for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension OutputFormat {
    /// The `--output` the command line asks for, read from the raw arguments so that even a command line that does
    /// not parse gets its error in the format it asked for; nil when none is given.
    static func requested(in arguments: [String]) -> OutputFormat? {
        var requested: OutputFormat?
        var remaining = arguments.dropFirst()[...]
        while let argument = remaining.popFirst(), argument != "--" {
            if argument == "--output", let value = remaining.first {
                requested = OutputFormat(rawValue: value) ?? requested
            } else if argument.hasPrefix("--output=") {
                requested = OutputFormat(rawValue: String(argument.dropFirst("--output=".count))) ?? requested
            }
        }
        return requested
    }
}
