import ArgumentParser
import Drivers
import Foundation

/// `berth`: parses the command line, runs the command, maps failures to DESIGN §11's exit codes.
@main
struct Berth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "berth",
        abstract:
            "GitOps reconciler for Docker hosts: keeps a Docker engine in line with manifests in a git repository.",
        discussion: """
            Exit codes: 0 success, 1 a finding or a failed operation, 2 a usage or configuration error.
            Run `berth help <command>` for the options of one command.
            """,
        subcommands: [
            Validate.self, PlanCommand.self, ApplyCommand.self, StatusCommand.self, PsCommand.self, DriftCommand.self,
            HistoryCommand.self, LogsCommand.self, RollbackCommand.self, CancelCommand.self, RouterCommand.self,
            DetectCommand.self, RunCommand.self,
            Review.self, Secret.self,
            Bench.self, InitCommand.self, CompletionCommand.self, Version.self,
        ]
    )

    /// Parses the command line and runs the command; a failure exits with its DESIGN §11 code.
    static func main() async {
        unblockShutdownSignals()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(code: processExitCode(for: error), message: error)
        }
    }

    /// 0 success, 1 a finding or failure, 2 usage or configuration; argument-parser's usage errors become 2.
    static func processExitCode(for error: any Error) -> Int32 {
        if let failure = error as? CommandFailure { return failure.exitCode }
        if let exit = error as? ExitCode { return exit.rawValue }
        let code = Berth.exitCode(for: error)
        return code == .validationFailure ? 2 : code.rawValue
    }

    private static func exit(code: Int32, message error: any Error) -> Never {
        if error is ExitCode { Foundation.exit(code) }  // the command printed what it found
        let json = code != 0 && OutputFormat.requested(in: CommandLine.arguments) == .json
        let translated = (error as? any ActionableError).map { CommandFailure(exitCode: code, $0) }
        if let failure = error as? CommandFailure ?? translated {
            if json {
                try? printJSON(failure.document)
            } else if !failure.message.isEmpty {
                FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
            }
        } else if json {
            // argument-parser's usage text stays out of the message: a script wants the problem.
            let failure = CommandFailure(exitCode: code, message: Berth.message(for: error), hint: "see berth help")
            try? printJSON(failure.document)
        } else {
            // argument-parser's own text (usage, help) is printed as it is, help on stdout.
            let text = Berth.fullMessage(for: error)
            if !text.isEmpty {
                let handle = code == 0 ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((text + "\n").utf8))
            }
        }
        Foundation.exit(code)
    }

    /// A parent may start berth with SIGTERM and SIGINT blocked (children inherit the mask); `berth run` must
    /// see them to shut down gracefully.
    private static func unblockShutdownSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
