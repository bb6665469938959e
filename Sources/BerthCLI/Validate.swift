import ArgumentParser

/// `berth validate`: checks manifests (and a controller config) and prints every error.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check manifests and print every error with its place.")

    func run() throws {
        throw CommandFailure.failed("not wired yet")
    }
}
