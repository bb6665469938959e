import ArgumentParser

/// `berth version`.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print berth's version.")

    /// The release this build calls itself.
    static let current = "0.1.0"

    func run() {
        print("berth \(Self.current)")
    }
}
