/// The address a command sends to, when it is a variable or a secret: `curl … "$SLACK_WEBHOOK_URL"`,
/// `wget … "${{ secrets.DISCORD_WEBHOOK }}"`. A webhook URL kept as a secret goes to its own service there, which is
/// how it is meant to be used; the same secret in the data a command sends leaves with the request.
enum SenderAddress {
    /// Options whose value is data the command sends, or reads to send: an argument after one is never the address.
    private static let dataOptions: Set<Substring> = [
        "-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "--json", "-F", "--form",
        "--form-string", "--url-query", "-T", "--upload-file", "--post-data", "--post-file", "--body-data",
        "--body-file", "-b", "--cookie", "-A", "--user-agent", "-e", "--referer", "<", "<<<",
    ]

    /// `command` without its arguments that begin with a variable or a secret expression (`"$URL"`,
    /// `${HOOK}/release`, `"${{ secrets.X }}"`) and follow no data option; its other arguments as they are.
    static func removingAddresses(from command: Substring) -> String {
        let arguments = self.arguments(of: command)
        return arguments.indices.filter { index in
            let unquoted = arguments[index].drop { $0 == "\"" || $0 == "'" }
            guard unquoted.hasPrefix("$") else { return true }
            return index > 0 && dataOptions.contains(arguments[index - 1])
        }.map { arguments[$0] }.joined(separator: " ")
    }

    /// The arguments of `command` split at whitespace outside quotes and outside `${{ … }}` expressions, quotes and
    /// backslash escapes kept.
    private static func arguments(of command: Substring) -> [Substring] {
        var arguments: [Substring] = []
        var start: Substring.Index?
        var quote: Character?
        var expressionDepth = 0
        var index = command.startIndex
        while index < command.endIndex {
            let character = command[index]
            let rest = command[index...]
            if quote == nil, expressionDepth == 0, character.isWhitespace {
                if let open = start { arguments.append(command[open..<index]) }
                start = nil
            } else {
                if start == nil { start = index }
                if character == "\\", quote != "'", command.index(after: index) < command.endIndex {
                    index = command.index(after: index)
                } else if rest.hasPrefix("${{") {
                    expressionDepth += 1
                } else if rest.hasPrefix("}}"), expressionDepth > 0 {
                    expressionDepth -= 1
                } else if expressionDepth == 0, character == "\"" || character == "'" {
                    quote = quote == nil ? character : (quote == character ? nil : quote)
                }
            }
            index = command.index(after: index)
        }
        if let open = start { arguments.append(command[open...]) }
        return arguments
    }
}
