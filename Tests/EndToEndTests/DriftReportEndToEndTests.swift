import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `berth drift` against the real engine: `docker update --memory`, a container re-created by hand with other env
/// and another secret, a file edited inside, and an unlabelled container publishing a port.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DriftReportEndToEndTests {
    @Test func handChangesShowFieldByFieldWithDesiredAndLiveValuesAndTheSecretNowhere() async throws {
        let keys = try TemporaryDirectory(prefix: "berth-e2e-keys")
        let keyFile = keys.url.appendingPathComponent("secret.key").path
        try await Scenario.run(controllerExtra: "secrets: {keyFile: \(keyFile)}") { scenario in
            #expect(try BerthBinary.run(["secret", "keygen", "--out", keyFile]).status == 0)
            let name = scenario.name("d")
            let seal = try BerthBinary.run([
                "secret", "seal", "--public-key", keyFile + ".pub", "--deployment", name, "--name", "API_TOKEN",
                "s3cret-original",
            ])
            let sealed = seal.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try scenario.commitConfig([
                "d.yaml": """
                    apiVersion: berth/v1
                    kind: Deployment
                    metadata: {name: \(name)}
                    spec:
                      image: \(DockerTestEnvironment.baseImage)
                      pull: never
                      command: [sleep, "86400"]
                      env: {LOG_LEVEL: info}
                      secretEnv: {API_TOKEN: "\(sealed)"}
                      resources: {memory: 256Mi}
                      drift: {mode: report, files: true}
                    """
            ])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)")
            let container = try #require(await scenario.onlyContainer("d"))

            let untouched = try scenario.berth("drift", "--output", "json")
            let cleanFindings = try Self.findings(untouched)
            // Tests run one at a time and remove what they made: an untouched host has nothing to report.
            #expect(cleanFindings.isEmpty, "\(untouched)")
            #expect(untouched.status == 0, "\(untouched)")

            // Re-create by hand with the same name and labels, other LOG_LEVEL and API_TOKEN.
            let details = try await scenario.docker.inspectContainer(container.id)
            try Self.docker(["rm", "-f", details.name])
            var create = ["create", "--name", details.name, "--memory", "256m", "--restart", "unless-stopped"]
            for (key, value) in details.labels.sorted(by: { $0.key < $1.key }) { create += ["--label", "\(key)=\(value)"] }
            for entry in details.environment {
                if entry.hasPrefix("LOG_LEVEL=") {
                    create += ["--env", "LOG_LEVEL=debug"]
                } else if entry.hasPrefix("API_TOKEN=") {
                    create += ["--env", "API_TOKEN=hand-typed-token"]
                } else {
                    create += ["--env", entry]
                }
            }
            create += [DockerTestEnvironment.baseImage, "sleep", "86400"]
            try Self.docker(create)
            try Self.docker(["start", details.name])
            try Self.docker(["update", "--memory", "128m", details.name])
            // A file of the image edited, and one added.
            try Self.docker(["exec", details.name, "sh", "-c", "echo 'intruder:x:0:0::/:/bin/sh' >> /etc/passwd"])
            try Self.docker(["exec", details.name, "sh", "-c", "echo edited > /etc/drift-edited.conf"])
            let squatter = "\(name)-squatter"
            try Self.docker(["run", "-d", "--name", squatter, "-p", "127.0.0.1::80", DockerTestEnvironment.baseImage, "sleep", "600"])
            defer { try? Self.docker(["rm", "-f", squatter]) }

            let drifted = try scenario.berth("drift", "--output", "json")
            #expect(drifted.status == 1, "\(drifted)")
            let findings = try Self.findings(drifted)
            func finding(_ field: String) -> [String: Any]? {
                findings.first { ($0["field"] as? String) == field && ($0["deployment"] as? String) == name }
            }
            #expect(finding("spec.resources.memory")?["desired"] as? String == "256Mi", "\(drifted)")
            #expect(finding("spec.resources.memory")?["live"] as? String == "128Mi")
            #expect(finding("spec.env.LOG_LEVEL")?["desired"] as? String == "info")
            #expect(finding("spec.env.LOG_LEVEL")?["live"] as? String == "debug")
            #expect(finding("spec.secretEnv.API_TOKEN")?["desired"] as? String == "(sealed)")
            #expect(finding("spec.secretEnv.API_TOKEN")?["live"] as? String == "(changed)")
            #expect(finding("files:/etc/passwd")?["desired"] as? String == "as in the image", "\(drifted)")
            #expect(finding("files:/etc/passwd")?["live"] as? String == "modified", "\(drifted)")
            #expect(finding("files:/etc/drift-edited.conf")?["live"] as? String == "added", "\(drifted)")
            #expect(finding("files:/etc") == nil, "a parent directory is not a finding of its own")
            let host = findings.first { ($0["container"] as? String) == squatter }
            #expect(host?["field"] as? String == "host.container")
            #expect((host?["live"] as? String)?.contains(":80/tcp") == true, "\(String(describing: host))")

            let markdown = try scenario.berth("drift", "--output", "markdown")
            #expect(markdown.status == 1)
            #expect(markdown.stdout.contains("`spec.resources.memory` | `256Mi` | `128Mi`"), "\(markdown)")
            for run in [drifted, markdown, try scenario.berth("drift")] {
                for secret in ["s3cret-original", "hand-typed-token", sealed] {
                    #expect(!run.output.contains(secret), "stdout and the log on stderr")
                }
            }
            // History keeps the sealed text of what it created, never a value in the clear.
            for file in try FileManager.default.subpathsOfDirectory(atPath: scenario.stateDir) {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: scenario.stateDir + "/" + file))) ?? Data()
                for secret in ["s3cret-original", "hand-typed-token"] {
                    #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(file) holds a secret in the clear")
                }
            }
        }
    }

    private static func findings(_ run: BerthBinary.Run) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    private static func docker(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/local/bin/docker")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.featureUnsupported, userInfo: ["docker": arguments.joined(separator: " ")])
        }
    }
}
