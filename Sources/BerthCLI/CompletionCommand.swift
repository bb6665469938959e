import ArgumentParser

/// `berth completion bash|zsh|fish`: the shell completion script argument-parser generates for every command.
struct CompletionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completion",
        abstract: "Print the completion script for a shell.",
        discussion: """
            bash: berth completion bash > /etc/bash_completion.d/berth
            zsh:  berth completion zsh > "${fpath[1]}/_berth"
            fish: berth completion fish > ~/.config/fish/completions/berth.fish
            """
    )

    /// The shells argument-parser writes scripts for.
    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
    }

    @Argument(help: "bash, zsh or fish.")
    var shell: Shell

    func run() {
        print(Berth.completionScript(for: CompletionShell(rawValue: shell.rawValue)!))
    }
}
