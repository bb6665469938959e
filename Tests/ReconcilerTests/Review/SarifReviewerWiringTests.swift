import Foundation
import Logging
import Manifest
import Reconciler
import Review
import TestSupport
import Testing

/// `type: sarif` entries through ``ReviewerFactory`` and ``ReviewRunner``: a scanner that is missing, times out or
/// crashes is a reviewer error naming it, with its stderr tail, and `failClosed` decides; the default set.
@Suite struct SarifReviewerWiringTests {
    private static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    private static let request = ReviewRequest(
        deployment: "web", repository: "file:///srv/web.git", fromCommit: String(repeating: "a", count: 40),
        toCommit: String(repeating: "b", count: 40), path: ".",
        diff:
            "diff --git a/run.sh b/run.sh\nnew file mode 100644\n--- /dev/null\n+++ b/run.sh\n@@ -0,0 +1 @@\n+echo hi\n",
        files: ["run.sh"])

    /// A `sarif` entry running `script` (a shell script written to `directory`) on `*.sh` files with a 1 s limit.
    private static func scanner(_ script: String, in directory: TemporaryDirectory) throws -> ReviewerConfig {
        let path = try directory.write("#!/bin/sh\n" + script, to: "scan.sh").path
        #expect(chmod(path, 0o755) == 0)
        return ReviewerConfig(kind: .sarif, timeout: .seconds(1), command: [path, "{files}"], files: ["*.sh"])
    }

    private static func runner(_ configs: [String: ReviewerConfig], failClosed: Bool) -> ReviewRunner {
        ReviewRunner(
            factory: ReviewerFactory(configs: configs, logger: logger),
            settings: ReviewSettings(minimumPolicy: .blockHigh, failClosed: failClosed), cache: nil, logger: logger)
    }

    @Test(arguments: [
        ("echo 'slow-scan: napping' >&2\nexec sleep 30\n", "slow did not finish within 1.0 seconds and was killed"),
        ("echo 'slow-scan: crashing' >&2\nkill -SEGV $$\n", "slow was killed by signal 11"),
    ])
    func aScannerThatTimesOutOrCrashesIsAReviewerErrorWithItsStderrTail(script: String, reason: String)
        async throws
    {
        let directory = try TemporaryDirectory()
        let configs = ["slow": try Self.scanner(script, in: directory)]
        let error = await #expect(throws: ReviewerError.self) {
            let factory = ReviewerFactory(configs: configs, logger: Self.logger)
            return try await factory.reviewer(named: "slow").review(Self.request)
        }
        #expect(error?.reviewer == "slow")
        #expect(error?.message.contains(reason) == true, "\(String(describing: error))")
        #expect(error?.message.contains("stderr: slow-scan:") == true, "\(String(describing: error))")

        let spec = ReviewSpec(policy: .blockHigh, reviewers: ["slow"], waive: [])
        switch await Self.runner(configs, failClosed: true).review(Self.request, spec: spec) {
        case .blocked(let summary, let findings):
            #expect(summary.hasPrefix("blocked: reviewer slow gave no verdict (\(reason)"), "\(summary)")
            #expect(findings.isEmpty)
        case let passed: Issue.record("failClosed lets a broken scanner through: \(passed)")
        }
        switch await Self.runner(configs, failClosed: false).review(Self.request, spec: spec) {
        case .passed(let summary, _):
            #expect(summary.contains("slow"), "the warning names the scanner: \(summary)")
        case let blocked: Issue.record("failClosed: false blocks: \(blocked)")
        }
    }

    @Test func aScannerThatIsNotInstalledIsMisconfiguredAndNamed() throws {
        let configs = [
            "gone": ReviewerConfig(kind: .sarif, command: ["no-such-scanner-berth", "{files}"], files: ["*"])
        ]
        let error = #expect(throws: ReviewerError.self) {
            try ReviewerFactory(configs: configs, logger: Self.logger).reviewer(named: "gone")
        }
        #expect(error?.kind == .misconfigured)
        #expect(error?.message.hasPrefix("gone is not installed: no executable no-such-scanner-berth in ") == true)
    }

    @Test func theConfigHashCoversTheScannersSettings() {
        let base = ReviewerConfig(kind: .sarif, preset: .bandit)
        var variants = [base]
        for change in [
            { (config: inout ReviewerConfig) in config.timeout = .seconds(5) },
            { $0.files = ["app/*.py"] },
            { $0.severity = ["B602": .low] },
            { $0.exitCodes = [0] },
            { $0.preset = .semgrep },
            { $0.preset = nil; $0.command = ["scan", "{files}"]; $0.files = ["*"] },
        ] as [(inout ReviewerConfig) -> Void] {
            var config = base
            change(&config)
            variants.append(config)
        }
        let hashes = variants.map { config in
            ReviewerFactory(configs: ["scan": config], logger: Self.logger).configHash(of: "scan")
        }
        #expect(Set(hashes).count == variants.count, "\(hashes)")
        #expect(ReviewerFactory(configs: ["scan": base], logger: Self.logger).configHash(of: "scan") == hashes[0])
    }

    @Test func theDefaultSetIsStaticAndEveryInstalledPresetUnderItsOwnName() {
        let installed = SarifPreset.installed().map(\.rawValue)
        let builtIn = ReviewerFactory(configs: ReviewerConfig.builtIn, logger: Self.logger)
        #expect(builtIn.defaultSet == ["static"] + installed)
        var configs = ReviewerConfig.builtIn
        configs["bandit"] = ReviewerConfig(kind: .webhook, url: "https://review.example.com")
        let taken = ReviewerFactory(configs: configs, logger: Self.logger)
        #expect(!taken.defaultSet.contains("bandit"), "a name the config takes is not the preset")
        let chosen = ReviewRunner(
            factory: taken,
            settings: ReviewSettings(minimumPolicy: .blockHigh, failClosed: true, defaultReviewers: ["static"]),
            cache: nil, logger: Self.logger)
        #expect(chosen.defaultReviewers == ["static"])
    }

    @Test func everyInstalledPresetBuildsWhenCIInstalledThem() throws {
        let installed = SarifPreset.installed()
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            #expect(installed.count == SarifPreset.allCases.count, "bootstrap installs every scanner")
        }
        let factory = ReviewerFactory(configs: ReviewerConfig.builtIn, logger: Self.logger)
        for preset in installed {
            let reviewer = try #require(try factory.reviewer(named: preset.rawValue) as? SarifReviewer)
            #expect(reviewer.scanner.timeout == ReviewerConfig.defaultTimeout)
        }
    }
}
