import ArgumentParser
import Foundation

/// `berth bench soak`: whether `berth run` holds its memory, file descriptors and threads flat over many no-op passes
/// and rollouts driven by webhooks.
struct SoakBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soak",
        abstract: "Memory, fd and thread growth of berth run over no-op passes and rollouts (targets: < 2 MB, < 4 MB, flat).",
        discussion: """
            Sets up what `berth bench controller` does (N in-sync sleep deployments plus bench-app, built from an
            app repository) and starts `berth run` as a child process on a free 127.0.0.1 port. Warm-up: --warmup
            no-op passes and --warmup rollouts. Then --passes no-op passes, one at a time: a signed push webhook for
            the config repository without a new commit, waiting (30 s at most) until the child logs that the pass
            ended. Then --rollouts rollouts, one at a time: a commit to the app repository and its push webhook,
            waiting (120 s at most) until the child logs how the rollout ended.

            Each phase is measured from one settled sample to the next: a no-op pass (which hands freed heap back
            to the kernel) and a second's quiet, then the child's RssAnon, open file descriptors (/proc/PID/fd)
            and threads (/proc/PID/status). noop_anon_growth_bytes and rollout_anon_growth_bytes are the RssAnon
            growth over each phase; fd_growth_count and thread_growth_count are measured from after the warm-up to
            the end. A rollout that fails is counted in rollout_failures_count, not retried. Cleans up after
            itself (containers, images berth built past imageRetention, the temp directory).

            A rollout takes about 4 s here (a build, a start, a 1 s settle, a stop) and a no-op pass about 0.6 s,
            so the defaults run for about 30 minutes; --passes 100 --rollouts 20 is a quick look.

            To see where memory grows, profile the child with heaptrack (a debug build names every frame):
              DUMP_HEAPTRACK_OUTPUT=/tmp/soak.raw berth bench soak --passes 200 --rollouts 0 \\
                --child-preload /usr/lib/heaptrack/libheaptrack_preload.so
              /usr/lib/heaptrack/libexec/heaptrack_interpret < /tmp/soak.raw | zstd > /tmp/soak.zst
              heaptrack_print --print-leaks 1 /tmp/soak.zst
            """
    )

    @Option(help: "No-op passes measured after the warm-up.")
    var passes = 1000

    @Option(help: "Rollouts measured after the no-op passes.")
    var rollouts = 200

    @Option(help: "No-op passes and rollouts, each, run before measuring starts (caches and pools fill up).")
    var warmup = 20

    @Option(help: "How many in-sync deployments the controller manages besides bench-app.")
    var deployments = 10

    @Option(help: ArgumentHelp("A shared library the berth run child preloads: a heap profiler's.", valueName: "path"))
    var childPreload: String?

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard passes >= 0, rollouts >= 0, warmup >= 0, deployments >= 0 else {
            throw ValidationError("--passes, --rollouts, --warmup and --deployments must be ≥ 0")
        }
    }

    /// The child's resources at one moment.
    private struct Sample {
        let anonymousBytes: Int
        let fileDescriptors: Int
        let threads: Int
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let metrics = try await BenchController.with(deployments: deployments, preload: childPreload) { controller in
            var driver = SoakDriver(controller: controller)
            for _ in 0..<warmup { try await driver.noopPass() }
            for _ in 0..<warmup { try await driver.rollout() }
            let afterWarmup = try await driver.settledSample()
            driver.progress("warm-up done", afterWarmup)

            let passTimes = try await driver.repeatTimed(passes, label: "no-op passes") { try await $0.noopPass() }
            let afterPasses = try await driver.settledSample()
            driver.progress("\(passes) no-op passes done", afterPasses)

            let rolloutTimes = try await driver.repeatTimed(rollouts, label: "rollouts") { try await $0.rollout() }
            let afterRollouts = try await driver.settledSample()
            driver.progress("\(rollouts) rollouts done", afterRollouts)

            let metrics: [(name: String, value: Double)] = [
                ("deployments_count", Double(deployments + 1)),
                ("warmup_count", Double(warmup)),
                ("warmup_anon_rss_bytes", Double(afterWarmup.anonymousBytes)),
                ("noop_passes_count", Double(passes)),
                ("noop_anon_growth_bytes", Double(afterPasses.anonymousBytes - afterWarmup.anonymousBytes)),
                ("noop_pass_median_ms", passTimes.isEmpty ? 0 : median(passTimes)),
                ("rollouts_count", Double(rollouts)),
                ("rollout_failures_count", Double(driver.rolloutFailures)),
                ("rollout_anon_growth_bytes", Double(afterRollouts.anonymousBytes - afterPasses.anonymousBytes)),
                ("rollout_median_ms", rolloutTimes.isEmpty ? 0 : median(rolloutTimes)),
                ("final_anon_rss_bytes", Double(afterRollouts.anonymousBytes)),
                ("fd_growth_count", Double(afterRollouts.fileDescriptors - afterWarmup.fileDescriptors)),
                ("thread_growth_count", Double(afterRollouts.threads - afterWarmup.threads)),
            ]
            return metrics
        }
        BenchReport(bench: "soak", metrics: metrics + [("elapsed_ms", (clock.now - started).milliseconds)])
            .print(as: options.output)
    }

    /// Drives the child one pass or one rollout at a time and samples it.
    private struct SoakDriver {
        let controller: BenchController
        private(set) var rolloutFailures = 0

        init(controller: BenchController) {
            self.controller = controller
        }

        /// A push webhook for the config repository, waiting for the pass it starts to end.
        func noopPass() async throws {
            let child = controller.child
            let marker = child.lineCount
            try await controller.pushConfig()
            guard try await child.waitForLine(containing: "pass at", after: marker, timeout: .seconds(30)) != nil else {
                throw CommandFailure.failed("a no-op pass did not end within 30 s: \(child.output.suffix(2000))")
            }
        }

        /// A commit to the app repository and its push webhook, waiting for the controller to log how the rollout
        /// ended (`bench-app: succeeded: …`).
        mutating func rollout() async throws {
            let child = controller.child
            let marker = child.lineCount
            try await controller.pushAppCommit()
            let prefix = "\(BenchController.appName): "
            let outcomes = ["succeeded", "failed", "blocked"].map { prefix + $0 + ":" }
            var failed = false
            let ended = try await child.waitForLine(after: marker, timeout: .seconds(120)) { line in
                guard let outcome = outcomes.first(where: line.contains) else { return false }
                failed = !outcome.hasSuffix("succeeded:")
                return true
            }
            guard ended != nil else {
                throw CommandFailure.failed("a rollout did not end within 120 s: \(child.output.suffix(2000))")
            }
            if failed { rolloutFailures += 1 }
        }

        /// Runs `step` `count` times, reporting progress every tenth; the milliseconds each took.
        mutating func repeatTimed(
            _ count: Int, label: String, _ step: (inout SoakDriver) async throws -> Void
        ) async throws -> [Double] {
            var times: [Double] = []
            for index in 0..<count {
                let start = ContinuousClock.now
                try await step(&self)
                times.append((ContinuousClock.now - start).milliseconds)
                if (index + 1) % max(1, count / 10) == 0 {
                    progress("\(index + 1)/\(count) \(label)", sample())
                }
            }
            return times
        }

        /// A sample after a no-op pass (which returns freed heap to the kernel) and a second without work.
        func settledSample() async throws -> Sample {
            try await noopPass()
            try await Task.sleep(for: .seconds(1))
            return sample()
        }

        func sample() -> Sample {
            let child = controller.child
            return Sample(
                anonymousBytes: child.statusBytes("RssAnon"), fileDescriptors: child.openFileDescriptorCount,
                threads: child.status("Threads")
            )
        }

        func progress(_ what: String, _ sample: Sample) {
            let line = "bench: \(what): RssAnon \(sample.anonymousBytes / 1024) kB, \(sample.fileDescriptors) fds, "
                + "\(sample.threads) threads\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
