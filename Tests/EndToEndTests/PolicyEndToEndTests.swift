import Drivers
import Foundation
import Glibc
import Reconciler
import TestSupport
import Testing

/// The controller policy against the attacks it exists for (DESIGN §9), through `berth apply` on the real engine.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct PolicyEndToEndTests {
    @Test func dotSegmentsCannotLeaveTheRepositoriesAllowRepos() async throws {
        let root = try TemporaryDirectory(prefix: "berth-e2e-repos")
        let apps = root.url.appendingPathComponent("apps")
        let other = root.url.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: apps, withIntermediateDirectories: true)
        let policy = "policy: {allowRepos: [\"file://\(apps.path)/*\"]}"
        try await Scenario.run(controllerExtra: policy) { scenario in
            try scenario.commitApp("ok", page: "allowed")
            try scenario.commitApp("evil", page: "outside allowRepos")
            try GitCommand.git(["clone", "--quiet", "--bare", try scenario.app("ok").bare.path, apps.path + "/ok.git"])
            try GitCommand.git([
                "clone", "--quiet", "--bare", try scenario.app("evil").bare.path, other.path + "/repo.git",
            ])
            // Deployment, the dot segment its repository URL climbs out of apps/ with.
            let attacks = ["plain": "..", "encoded": "%2e%2e", "mixed": ".%2E"]
            var files = ["ok.yaml": try manifest(scenario, "ok", repo: "file://\(apps.path)/ok.git")]
            for (short, dots) in attacks {
                files["\(short).yaml"] = try manifest(
                    scenario, short, repo: "file://\(apps.path)/\(dots)/other/repo.git")
            }
            try scenario.commitConfig(files)

            let apply = try scenario.berth("apply")
            #expect(apply.status == 1, "\(apply)")
            #expect(try await scenario.onlyContainer("ok") != nil, "the allowed repository still rolls out: \(apply)")
            for (short, dots) in attacks {
                let refusal = apply.stdout.split(separator: "\n").first {
                    $0.hasPrefix(scenario.name(short) + " ")
                        && $0.contains("│ invalid: deployments/\(short).yaml:5:18: spec.source.repo: ")
                }
                #expect(refusal?.contains("has the dot segment \"\(dots)\" in its path") == true, "\(apply)")
                #expect(try await scenario.containers().allSatisfy { $0.deployment != scenario.name(short) })
                #expect(try await scenario.history(short).isEmpty, "\(short) never rolled out")
            }
            let mirrors = try FileManager.default.contentsOfDirectory(atPath: scenario.stateDir + "/mirrors")
            #expect(mirrors.count == 2, "only the config repository and ok were fetched: \(mirrors)")
            #expect(scenario.page(at: try await scenario.onlyContainer("ok")?.port) == "allowed")
        }
    }

    @Test func aSymbolicLinkInAnAllowedDirectoryNeverMountsItsTarget() async throws {
        let allowed = try TemporaryDirectory(prefix: "berth-e2e-allowed")
        let rootlink = allowed.url.appendingPathComponent("rootlink").path
        defer {
            // The link goes first, so that removing the directory never reaches the host's `/`.
            unlink(rootlink)
            withExtendedLifetime(allowed) {}
        }
        let policy = "policy: {allowHostPaths: [\"\(allowed.url.path)\"]}"
        try await Scenario.run(controllerExtra: policy) { scenario in
            try scenario.commitApp("a", page: "a")
            let mountsAllowed = "  volumes: [{hostPath: \"\(allowed.url.path)\", mountPath: /shared}]"
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: mountsAllowed)])
            let first = try scenario.berth("apply")
            #expect(first.status == 0, "mounting the allowed directory itself works: \(first)")
            let running = try #require(await scenario.onlyContainer("a"))

            // What the first manifest's container could do: `ln -s / /shared/rootlink`.
            try FileManager.default.createSymbolicLink(atPath: rootlink, withDestinationPath: "/")
            let mountsLink = "  volumes: [{hostPath: \"\(rootlink)\", mountPath: /host}]"
            try scenario.commitConfig([
                "a.yaml": try scenario.manifest("a", extra: mountsAllowed),
                "b.yaml": try scenario.manifest("b", app: "a", extra: mountsLink),
            ])
            let attack = try scenario.berth("apply")
            #expect(attack.status == 1, "\(attack)")
            #expect(
                try await scenario.containers().allSatisfy { $0.deployment != scenario.name("b") }, "no container for b"
            )
            let failed = try #require(try await scenario.history("b").first)
            #expect(failed.result == .failed && failed.failingStage == "start", "\(failed)")
            #expect(
                failed.error?.contains(
                    "deployments/b.yaml: spec.volumes[mountPath=/host].hostPath: \(rootlink): \(rootlink) is a "
                        + "symbolic link (to /)") == true, "\(failed)")
            #expect(try await scenario.onlyContainer("a")?.id == running.id, "a is untouched")

            // The running deployment itself asking for the link: its rollout fails, generation 1 keeps serving.
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: mountsLink)])
            let update = try scenario.berth("apply")
            #expect(update.status == 1, "\(update)")
            let kept = try #require(await scenario.onlyContainer("a"), "no candidate left: \(update)")
            #expect(kept.id == running.id && kept.state == .running)
            #expect(scenario.page(at: kept.port) == "a")
            let refused = try #require(try await scenario.history("a").first)
            #expect(refused.generation == 2 && refused.failingStage == "start", "\(refused)")
        }
    }

    /// `scenario`'s manifest for `short`, built from `repo` instead of its own app repository.
    private func manifest(_ scenario: Scenario, _ short: String, repo: String) throws -> String {
        try scenario.manifest(short, app: "ok").replacingOccurrences(
            of: "repo: \"\(try scenario.app("ok").fileURL)\"", with: "repo: \"\(repo)\"")
    }
}
