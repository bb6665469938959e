import ArgumentParser

/// `berth bench manifests`: parse + validate + hash time for many manifests.
struct ManifestsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifests",
        abstract: "Parse, validate and hash generated manifests (target: 10,000 in under 1,000 ms)."
    )

    @Option(help: "How many manifests to generate and process.")
    var count = 10_000

    @OptionGroup var options: BenchOutputOptions

    func run() throws {
        throw CommandFailure.failed("not wired yet")
    }
}
