import ArgumentParser

/// `berth secret`: keys and sealed values for `secretEnv`.
struct Secret: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Make keys and seal values for secretEnv.")
}
