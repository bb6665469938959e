import ArgumentParser

/// `berth bench controller`: idle memory of `berth run` managing N in-sync deployments, and how soon a push webhook
/// starts a rollout.
struct ControllerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controller",
        abstract: "Idle RSS of berth run with N in-sync deployments, and webhook-to-rollout latency (targets: 2000 deployments add < 16 MB over 0; < 50 ms).",
        discussion: """
            Sets up a config repository with N sleep deployments plus one built from an app repository, applies it,
            then starts `berth run` as a child process on a free 127.0.0.1 port. idle_rss_bytes is the child's
            VmRSS after its first pass and a few idle seconds; idle_anon_rss_bytes is the part that is not shared
            file pages of the binary and its libraries (RssAnon). Then, --pushes times: a commit to the app
            repository and a signed GitHub push webhook for it; webhook_to_start_ms (median) is the time from the
            202 answer to the child logging that the rollout's first stage started. Cleans up after itself.

            The child is this binary: measure the build operators install, `swift build -c release`.
            """
    )

    @Option(help: "How many in-sync deployments the controller manages.")
    var deployments = 200

    @Option(help: "Timed webhook pushes; the median is reported.")
    var pushes = 5

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard deployments >= 0, pushes > 0 else { throw ValidationError("--deployments ≥ 0 and --pushes > 0") }
    }

    func run() async throws {
        let (rss, anonymous, latencies) = try await BenchController.with(deployments: deployments) { controller in
            let child = controller.child
            try await Task.sleep(for: .seconds(3))
            let rss = child.statusBytes("VmRSS")
            let anonymous = child.statusBytes("RssAnon")
            var latencies: [Double] = []
            for push in 1...pushes {
                let marker = child.lineCount
                let accepted = try await controller.pushAppCommit()
                guard let started = try await child.waitForLine(containing: "resolve started", after: marker, timeout: .seconds(30))
                else { throw CommandFailure.failed("no rollout started after push \(push): \(child.output.suffix(2000))") }
                latencies.append((started - accepted).milliseconds)
                guard try await child.waitForLine(containing: "bench-app: succeeded", after: marker, timeout: .seconds(60)) != nil else {
                    throw CommandFailure.failed("rollout \(push) did not finish: \(child.output.suffix(2000))")
                }
            }
            return (rss, anonymous, latencies)
        }
        BenchReport(
            bench: "controller",
            metrics: [
                ("deployments", Double(deployments)), ("idle_rss_bytes", Double(rss)),
                ("idle_anon_rss_bytes", Double(anonymous)),
                ("webhook_to_start_ms", median(latencies)),
            ]
        ).print(as: options.output)
    }
}
