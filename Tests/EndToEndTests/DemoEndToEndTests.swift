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

    /// Runs `scripts/demo` on the examples in `examples` (a copy the test may edit); returns its status and output.
    private func demo(_ examples: URL) throws -> (status: Int32, printed: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["BERTH_BIN"] = BerthBinary.path
        environment["BERTH_SKIP_BOOTSTRAP"] = "1"
        environment["BERTH_DEMO_EXAMPLES"] = examples.path
        let demo = try GitCommand.runAllowingFailure(
            "/bin/bash", [Self.root.appendingPathComponent("scripts/demo").path], environment: environment
        )
        return (demo.status, String(decoding: demo.stdout, as: UTF8.self) + demo.stderr)
    }

    private func runDemo(_ docker: some ContainerEngine) async throws {
        let copy = try TemporaryDirectory(prefix: "berth-demo-examples")
        let examples = copy.url.appendingPathComponent("examples")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("examples"), to: examples)
        let (status, printed) = try demo(examples)
        #expect(status == 0, "\(printed)")
        #expect(printed.contains("Hello from berth"), "web answers: \(printed)")
        #expect(printed.contains("demo: curl http://web.localhost:8000/"), "the stable URL through the router: \(printed)")
        #expect(printed.contains("demo: curl http://127.0.0.1:18080/"), "\(printed)")
        let clock = try await docker.listContainers(labels: BerthLabel.owned(by: Self.demoStateDir))
            .compactMap(ActualContainer.init).filter { $0.deployment == "clock" }
        #expect(clock.count == 1 && clock.first?.state == .running, "\(clock)")

        let validate = try BerthBinary.run(["validate", Self.root.appendingPathComponent("examples/desired-state").path])
        #expect(validate.status == 0, "validate checks the controller config it finds: \(validate)")
        #expect(validate.stdout.contains("controller config"), "\(validate)")

        // Rerun after an edit: generation 2 rolls out while the demo's request loop runs through the router.
        let page = examples.appendingPathComponent("apps/web/site/index.html")
        try "Hello again from berth\n".write(to: page, atomically: true, encoding: .utf8)
        let (again, rerun) = try demo(examples)
        #expect(again == 0, "\(rerun)")
        #expect(rerun.contains("Hello again from berth"), "the stable URL serves the new version: \(rerun)")
        let figure = rerun.split(separator: "\n").first { $0.contains("requests through the router during the apply") }
        #expect(figure?.hasSuffix(", 0 failed") == true, "\(rerun)")
        #expect(figure.flatMap { Int($0.split(separator: " ")[1]) }.map { $0 > 0 } == true, "\(figure ?? "")")
    }

    /// Removes what a demo left: its containers and `/var/lib/berth-demo` (repositories and state), so each run
    /// starts as on a fresh machine.
    private func removeDemoContainers(_ docker: some ContainerEngine) async {
        for container in (try? await docker.listContainers(labels: BerthLabel.owned(by: Self.demoStateDir))) ?? [] {
            try? await docker.removeContainer(container.id, force: true, removeVolumes: false)
        }
        try? await docker.removeVolume(ManagedRouter.volumeName)
        try? FileManager.default.removeItem(atPath: "/var/lib/berth-demo")
    }
}
