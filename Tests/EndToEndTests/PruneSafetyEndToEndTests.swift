import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// Prune safety against the real engine and real git (DESIGN §4): a broken file, a wrong `configRepo.path` or an
/// emptied repository never takes down what runs.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct PruneSafetyEndToEndTests {
    /// A deployment from the test base image, serving on a port berth allocates; no build, no health check.
    private static func imageManifest(_ scenario: Scenario, _ short: String, name: String? = nil) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name ?? scenario.name(short))}
        spec:
          image: \(DockerTestEnvironment.baseImage)
          pull: never
          network: host
          command: [sh, -c, 'mkdir -p /www && echo \(short) > /www/index.html && exec httpd -f -p "$PORT" -h /www']
          stopGracePeriod: 1s
        """
    }

    private func deployTwo(_ scenario: Scenario) async throws {
        try scenario.commitConfig([
            "a.yaml": Self.imageManifest(scenario, "a"), "b.yaml": Self.imageManifest(scenario, "b"),
        ])
        let first = try scenario.berth("apply")
        try #require(first.status == 0, "\(first)")
        try #require(try await scenario.containers().count == 2)
    }

    /// Each broken form of b's file leaves b running through `apply --prune`, which exits 1 and says why.
    @Test(arguments: [
        ("a tab", "apiVersion: berth/v1\nkind: Deployment\nmetadata:\n\tname: NAME\nspec: {image: x}\n"),
        ("a name that is not a DNS label", "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: NAME_}\nspec: {image: x}\n"),
        ("no name at all", "apiVersion: berth/v1\nkind: Deployment\nspec: {image: x}\n"),
    ])
    func aBrokenManifestNeverPrunesItsRunningDeployment(_ why: String, _ broken: String) async throws {
        try await Scenario.run { scenario in
            try await deployTwo(scenario)
            let running = try await scenario.containers()
            try scenario.commitConfig([
                "a.yaml": Self.imageManifest(scenario, "a"),
                "b.yaml": broken.replacingOccurrences(of: "NAME", with: scenario.name("b")),
            ])
            let apply = try scenario.berth("apply", "--prune")
            #expect(apply.status == 1, "\(why): \(apply)")
            #expect(apply.output.contains("prune withheld") || apply.output.contains("invalid"), "\(apply)")
            let after = try await scenario.containers()
            #expect(Set(after.map(\.id)) == Set(running.map(\.id)), "\(why): nothing was removed")
            #expect(after.allSatisfy { $0.state == .running })
        }
    }

    @Test func aConfigPathMissingAtTheCommitIsAnErrorThatChangesNothing() async throws {
        try await Scenario.run { scenario in
            try await deployTwo(scenario)
            let running = try await scenario.containers()
            let wrong = try String(contentsOfFile: scenario.controllerFile, encoding: .utf8)
                .replacingOccurrences(of: "path: deployments", with: "path: deploymnts")
            try wrong.write(toFile: scenario.controllerFile, atomically: true, encoding: .utf8)
            let apply = try scenario.berth("apply", "--prune", "--allow-empty")
            #expect(apply.status == 2, "\(apply)")
            #expect(apply.output.contains("configRepo.path \"deploymnts\" does not exist"), "\(apply)")
            let plan = try scenario.berth("plan")
            #expect(plan.status == 2, "\(plan)")
            #expect(Set(try await scenario.containers().map(\.id)) == Set(running.map(\.id)))
        }
    }

    /// Argo CD's allowEmpty: an emptied repository prunes nothing until it is allowed explicitly.
    @Test func pruningEveryDeploymentNeedsAllowEmpty() async throws {
        try await Scenario.run { scenario in
            try await deployTwo(scenario)
            try scenario.commitConfig(["README.md": "nothing here yet\n"])
            let refused = try scenario.berth("apply", "--prune")
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.output.contains("allowEmpty"), "\(refused)")
            #expect(try await scenario.containers().count == 2)

            let allowed = try scenario.berth("apply", "--prune", "--allow-empty")
            #expect(allowed.status == 0, "\(allowed)")
            #expect(try await scenario.containers().isEmpty)
        }
    }

    /// A complete repository still prunes what left it, stopping it with its own grace period.
    @Test func aDeploymentThatLeftIsPrunedWhenDesiredStateIsComplete() async throws {
        try await Scenario.run { scenario in
            try await deployTwo(scenario)
            try scenario.commitConfig(["a.yaml": Self.imageManifest(scenario, "a")])
            let apply = try scenario.berth("apply", "--prune")
            #expect(apply.status == 0, "\(apply)")
            #expect(try await scenario.containers().map(\.deployment) == [scenario.name("a")])
        }
    }
}
