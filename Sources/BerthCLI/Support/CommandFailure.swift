/// A command that ran and failed: the message goes to stderr, the process exits with `exitCode`.
struct CommandFailure: Error {
    /// 1: a finding or a failed operation. 2: a usage or configuration error.
    let exitCode: Int32
    let message: String

    /// A failed operation or a finding (exit 1).
    static func failed(_ message: String) -> CommandFailure { CommandFailure(exitCode: 1, message: message) }

    /// A usage or configuration error (exit 2).
    static func usage(_ message: String) -> CommandFailure { CommandFailure(exitCode: 2, message: message) }
}
