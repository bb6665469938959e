import Foundation
import TestSupport
import Testing

/// `berth init` (issue 17): a skeleton that plans as it is once committed, secrets a state dir keeps private, and a
/// second init that changes nothing and names what exists. `berth completion` and `berth version` beside it.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct InitEndToEndTests {
    @Test func anInitRepositoryPlansOnceCommittedAndASecondInitChangesNothing() throws {
        let work = try TemporaryDirectory(prefix: "berth-init")
        let repo = work.url.appendingPathComponent("config").path
        let state = work.url.appendingPathComponent("state").path
        let first = try BerthBinary.run([
            "init", repo, "--state-dir", state, "--example-image", DockerTestEnvironment.baseImage,
        ])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("Next:") && first.stdout.contains("berth run --config \(repo)/berth.yaml"))
        let files = ["berth.yaml", "deployments/hello.yaml", ".gitignore"].map { repo + "/" + $0 }
            + ["webhook-secret", "api-token", "secret.key", "secret.key.pub"].map { state + "/" + $0 }
        var before: [String: Data] = [:]
        for file in files {
            before[file] = try Data(contentsOf: URL(fileURLWithPath: file))
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            let private_ = file.hasPrefix(state) && !file.hasSuffix(".pub")
            #expect(mode == (private_ ? 0o600 : 0o644), "\(file): \(String(mode ?? 0, radix: 8))")
        }
        for secret in ["webhook-secret", "api-token", "secret.key"] {
            #expect(!first.output.contains(String(decoding: before[state + "/" + secret]!, as: UTF8.self)))
        }

        let git = GitCommand.environment
        for arguments in [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "berth: start"]] {
            try GitCommand.run("/usr/bin/git", arguments, in: URL(fileURLWithPath: repo), environment: git)
        }
        let url = URL(fileURLWithPath: repo).absoluteString
        let plan = try BerthBinary.run(["plan", "--repo", url, "--state-dir", state, "--output", "json"])
        #expect(plan.status == 0, "\(plan)")
        let document = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let entries = document?["deployments"] as? [[String: Any]] ?? []
        #expect(entries.map { $0["name"] as? String } == ["hello"], "berth.yaml at the root is no manifest: \(plan)")
        #expect(entries.first?["action"] as? String == "create", "\(plan)")
        let validate = try BerthBinary.run(["validate", "--config", repo + "/berth.yaml"])
        #expect(validate.status == 0, "\(validate)")

        let second = try BerthBinary.run(["init", repo, "--state-dir", state])
        #expect(second.status == 2, "\(second)")
        #expect(second.output.contains("changes nothing") && second.output.contains(repo + "/berth.yaml"), "\(second)")
        for file in files {
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before[file], "\(file) changed")
        }
    }

    @Test func completionScriptsAndTheVersionDocument() throws {
        for (shell, marker) in [("bash", "-F _berth berth"), ("zsh", "#compdef berth"), ("fish", "complete -c 'berth'")] {
            let run = try BerthBinary.run(["completion", shell])
            #expect(run.status == 0 && run.stdout.contains(marker), "\(shell): \(run.stdout.prefix(200))")
            #expect(run.stdout.contains("rollback"), "\(shell) completes subcommands")
        }
        let version = try BerthBinary.run(["version", "--output", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(version.stdout.utf8)) as? [String: Any]
        #expect((document?["historySchemaVersion"] as? Int ?? 0) >= 4, "\(version)")
        #expect(document?["version"] as? String != nil)
    }
}
