import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// The README's first command: `scripts/demo` applies `examples/desired-state` to the local engine and both
/// deployments answer. The test runs the script itself with the binary under test (no bootstrap, no build).
///
/// It uses the demo's own fixed places (`/var/lib/berth-demo`, port 18080) and removes the demo's containers and
/// that directory before and after, so it replaces a demo a developer left running on the same machine.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DemoEndToEndTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let demoStateDir = "/var/lib/berth-demo/state"

    @Test func theDemoAppliesTheExamplesAndBothDeploymentsAnswer() async throws {
        let docker = DockerTestEnvironment.client()
        await removeDemoContainers(docker)
        do {
            try await runDemo(docker)
        } catch {
            await removeDemoContainers(docker)
            throw error
        }
        await removeDemoContainers(docker)
    }

    private func runDemo(_ docker: some ContainerEngine) async throws {
        var environment = ProcessInfo.processInfo.environment
        environment["BERTH_BIN"] = BerthBinary.path
        environment["BERTH_SKIP_BOOTSTRAP"] = "1"
        let demo = try GitCommand.runAllowingFailure(
            "/bin/bash", [Self.root.appendingPathComponent("scripts/demo").path], environment: environment
        )
        let printed = String(decoding: demo.stdout, as: UTF8.self) + demo.stderr
        #expect(demo.status == 0, "\(printed)")
        #expect(printed.contains("Hello from berth"), "web answers: \(printed)")
        #expect(printed.contains("demo: curl http://127.0.0.1:18080/"), "\(printed)")
        let clock = try await docker.listContainers(labels: BerthLabel.owned(by: Self.demoStateDir))
            .compactMap(ActualContainer.init).filter { $0.deployment == "clock" }
        #expect(clock.count == 1 && clock.first?.state == .running, "\(clock)")

        let validate = try BerthBinary.run(["validate", Self.root.appendingPathComponent("examples/desired-state").path])
        #expect(validate.status == 0, "validate checks the controller config it finds: \(validate)")
        #expect(validate.stdout.contains("controller config"), "\(validate)")
    }

    /// Removes what a demo left: its containers and `/var/lib/berth-demo` (repositories and state), so each run
    /// starts as on a fresh machine.
    private func removeDemoContainers(_ docker: some ContainerEngine) async {
        for container in (try? await docker.listContainers(labels: BerthLabel.owned(by: Self.demoStateDir))) ?? [] {
            try? await docker.removeContainer(container.id, force: true, removeVolumes: false)
        }
        try? FileManager.default.removeItem(atPath: "/var/lib/berth-demo")
    }
}
