import Drivers
import Foundation
import Manifest
import TestSupport
import Testing

@testable import Reconciler

/// Field-level drift on the fake engine with real SQLite history: each field changed by hand shows with its desired
/// and live value, secrets never.
@Suite struct DriftScannerTests {
    private static let secret = "s3cret-original"
    private static let handSecret = "hand-typed-value"

    /// `web` rolled out once with env, a sealed secret, 256Mi and on-failure:2; returns the fixture, the key and
    /// the sealed text.
    private static func rolledOut() async throws -> (RolloutFixture, SecretKeyPair, String) {
        let fixture = try RolloutFixture(strategy: .startFirst)
        let key = SecretKeyPair.generate()
        try key.privateKeyText.write(toFile: fixture.controller.secretKeyFile, atomically: true, encoding: .utf8)
        let sealed = try SealedSecret.seal(
            Data(secret.utf8), to: key.publicKey, deployment: "web", variable: "DB_PASSWORD")
        try fixture.directory.write(
            """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              image: \(RolloutFixture.image)
              ports: [{container: 8080}]
              env: {LOG_LEVEL: info, KEEP: same}
              secretEnv: {DB_PASSWORD: "\(sealed)"}
              resources: {memory: 256Mi}
              restartPolicy: on-failure
              drift: {mode: report, files: true}
              volumes: [{name: data, mountPath: /data}]
              health: \(RolloutFixture.execHealth)
            """, to: "deployments/web.yaml")
        fixture.publishImage()
        try fixture.world.setEnvironment(["PATH": "/usr/bin", "IMAGE_DEFAULT": "x"], ofImage: RolloutFixture.image)
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        return (fixture, key, sealed)
    }

    private static func scan(
        _ fixture: RolloutFixture, key: SecretKeyPair?, keep: Bool = false, now: Date = Date()
    ) async throws -> DriftReport {
        let history = try History(path: fixture.controller.stateDir + "/berth.sqlite")
        let scanner = DriftScanner(
            engine: fixture.world.engine(), history: history, stateDir: fixture.controller.stateDir, secretKey: key,
            host: "test-host")
        return try await scanner.scan(
            declared: [.init(name: "web", files: true, volumePaths: ["/data"])], configCommit: "abc",
            keepFirstSeen: keep, now: now)
    }

    private static func finding(_ report: DriftReport, _ field: String) -> DriftFinding? {
        report.findings.first { $0.field == field }
    }

    @Test func anUntouchedContainerIsClean() async throws {
        let (fixture, key, _) = try await Self.rolledOut()
        let report = try await Self.scan(fixture, key: key)
        #expect(report.findings == [])
        #expect(report.isClean)
        #expect(report.markdown().contains("No drift"))
    }

    @Test func everyFieldChangedByHandShowsWithDesiredAndLiveValues() async throws {
        let (fixture, key, _) = try await Self.rolledOut()
        let container = try #require(fixture.containers.first)
        #expect(container.name == "web-1")
        let other = fixture.world.addImage("registry.example.com/other:1")
        try fixture.world.editContainer(container.name) { c in
            c.resources.memoryBytes = 128 << 20
            c.resources.cpus = 0.5
            c.restartPolicy = .always
            c.environment["LOG_LEVEL"] = "debug"
            c.environment["KEEP"] = nil
            c.environment["ADDED"] = "by-hand"
            c.environment["DB_PASSWORD"] = Self.handSecret
            c.labels["berth.config-commit"] = "tampered"
            c.labels["extra"] = "1"
            c.user = "nobody"
            c.privileged = true
            c.capabilitiesAdded = ["NET_ADMIN"]
            c.command = ["sh", "-c", "evil"]
            c.entrypoint = ["/bin/sh"]
            c.runsInit = true
            c.networkMode = "host"
            c.ports = [PublishedPort(containerPort: 8080, hostPort: 49999)]
            c.mounts = [ContainerMount(source: .bind("/etc"), target: "/data")]
            c.imageID = other.id
            c.restartCount = 3
            c.state = .exited
            c.exitCode = 137
            c.changes = [
                FilesystemChange(path: "/etc", kind: .modified),
                FilesystemChange(path: "/etc/app.conf", kind: .modified),
                FilesystemChange(path: "/usr/bin/new", kind: .added),
                FilesystemChange(path: "/tmp/scratch", kind: .added),
                FilesystemChange(path: "/data/db", kind: .modified),
                FilesystemChange(path: "/bin/removed", kind: .deleted),
            ]
        }
        let report = try await Self.scan(fixture, key: key)
        let expected: [(String, String?, String?, Bool)] = [
            ("spec.resources.memory", "256Mi", "128Mi", true),
            ("spec.resources.cpus", nil, "0.5", true),
            ("spec.restartPolicy", "on-failure", "always", true),
            ("spec.env.LOG_LEVEL", "info", "debug", true),
            ("spec.env.KEEP", "same", nil, true),
            ("spec.env.ADDED", nil, "by-hand", true),
            ("spec.secretEnv.DB_PASSWORD", "(sealed)", "(changed)", false),
            ("labels.berth.config-commit", nil, "tampered", false),
            ("labels.extra", nil, "1", false),
            ("user", nil, "nobody", false),
            ("spec.privileged", "false", "true", false),
            ("spec.capAdd", nil, "NET_ADMIN", false),
            ("spec.command", nil, #"["sh","-c","evil"]"#, false),
            ("entrypoint", nil, #"["/bin/sh"]"#, false),
            ("spec.init", "false", "true", false),
            ("spec.network", "bridge", "host", false),
            ("spec.volumes", "berth-web-data:/data", "/etc:/data", false),
            ("restartCount", "0", "3", false),
            ("state", "running", "exited (exit 137)", false),
            ("files:/etc/app.conf", "as in the image", "modified", false),
            ("files:/usr/bin/new", nil, "added", false),
            ("files:/bin/removed", "as in the image", "deleted", false),
        ]
        for (field, desired, live, adoptable) in expected {
            let found = try #require(Self.finding(report, field), "\(field) is reported")
            if field != "labels.berth.config-commit" { #expect(found.desired == desired, "\(field) desired") }
            #expect(found.live == live, "\(field) live")
            #expect(found.adoptable == adoptable, "\(field) adoptable")
            #expect(found.deployment == "web" && found.container == "web-1")
        }
        #expect(Self.finding(report, "image")?.live == ContainerDrift.short(other.id))
        #expect(Self.finding(report, "spec.ports")?.live == "49999:8080/tcp")
        #expect(Self.finding(report, "spec.env.IMAGE_DEFAULT") == nil, "image defaults are not drift")
        #expect(Self.finding(report, "spec.env.PATH") == nil)
        #expect(Self.finding(report, "files:/etc") == nil, "a parent listed as modified is not a finding")
        #expect(Self.finding(report, "files:/tmp/scratch") == nil)
        #expect(Self.finding(report, "files:/data/db") == nil, "volumes hold data, not drift")
        #expect(!report.isClean)
    }

    @Test func aManifestsUserIsWhatDriftComparesTheLiveUserWith() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        try fixture.directory.write(
            """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              image: \(RolloutFixture.image)
              ports: [{container: 8080}]
              user: "1000:1000"
              drift: report
              health: \(RolloutFixture.execHealth)
            """, to: "deployments/web.yaml")
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        let container = try #require(fixture.containers.first)
        #expect(container.user == "1000:1000", "the container was created with spec.user")
        #expect(try await Self.scan(fixture, key: nil).findings == [])

        try fixture.world.editContainer(container.name) { $0.user = "root" }
        let finding = try #require(Self.finding(try await Self.scan(fixture, key: nil), "user"))
        #expect(finding.desired == "1000:1000" && finding.live == "root")
    }

    @Test func secretValuesAppearNowhereInTheReport() async throws {
        let (fixture, key, sealed) = try await Self.rolledOut()
        try fixture.world.editContainer("web-1") { $0.environment["DB_PASSWORD"] = Self.handSecret }
        let report = try await Self.scan(fixture, key: key, keep: true)
        #expect(Self.finding(report, "spec.secretEnv.DB_PASSWORD")?.live == "(changed)")
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        let markdown = report.markdown()
        let summaries = report.findings.map(\.summary).joined(separator: "\n")
        for text in [json, markdown, summaries] {
            for secret in [Self.secret, Self.handSecret, sealed, String(sealed.dropFirst(SealedSecret.prefix.count))] {
                #expect(!text.contains(secret))
            }
        }
        // Removed by hand: reported as removed, still without a value.
        try fixture.world.editContainer("web-1") { $0.environment["DB_PASSWORD"] = nil }
        let removed = try await Self.scan(fixture, key: key)
        let finding = try #require(Self.finding(removed, "spec.secretEnv.DB_PASSWORD"))
        #expect(finding.desired == "(sealed)" && finding.live == nil)
        // Unchanged: nothing, and without the key nothing is guessed.
        try fixture.world.editContainer("web-1") { $0.environment["DB_PASSWORD"] = Self.secret }
        #expect(try await Self.scan(fixture, key: key).isClean)
        try fixture.world.editContainer("web-1") { $0.environment["DB_PASSWORD"] = Self.handSecret }
        #expect(try await Self.scan(fixture, key: nil).isClean)
    }

    @Test func hostContainersWithoutLabelsAndOrphanedVolumesAreListed() async throws {
        let (fixture, key, _) = try await Self.rolledOut()
        var published = ContainerSpec(name: "someone-elses", image: RolloutFixture.image)
        published.ports = [PublishedPort(containerPort: 80, hostPort: 48081)]
        try fixture.world.addContainer(published, running: true)
        try fixture.world.addContainer(ContainerSpec(name: "web-7-candidate", image: RolloutFixture.image), running: false)
        try fixture.world.addContainer(ContainerSpec(name: "quiet", image: RolloutFixture.image), running: true)
        fixture.world.addVolume(
            "berth-gone-data", labels: BerthLabel.owned(by: fixture.controller.stateDir, deployment: "gone"))
        fixture.world.addVolume("berth-other-data", labels: BerthLabel.owned(by: "/elsewhere", deployment: "gone"))
        let report = try await Self.scan(fixture, key: key)
        let host = report.findings.filter { $0.deployment == nil }
        #expect(host.map(\.container) == ["berth-gone-data", "someone-elses", "web-7-candidate"])
        #expect(host.first { $0.container == "someone-elses" }?.live == "unlabelled, publishes 48081:80/tcp")
        #expect(host.first { $0.container == "web-7-candidate" }?.live == "unlabelled, named like a container of web")
        #expect(host.first { $0.container == "berth-gone-data" }?.field == "host.volume")
    }

    @Test func firstSeenIsKeptUntilTheFindingIsGone() async throws {
        let (fixture, key, _) = try await Self.rolledOut()
        try fixture.world.editContainer("web-1") { $0.resources.memoryBytes = 128 << 20 }
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        let first = try await Self.scan(fixture, key: key, keep: true, now: t0)
        #expect(Self.finding(first, "spec.resources.memory")?.firstSeen == t0)
        let later = try await Self.scan(fixture, key: key, keep: true, now: t0 + 600)
        #expect(Self.finding(later, "spec.resources.memory")?.firstSeen == t0)
        let readOnly = try await Self.scan(fixture, key: key, now: t0 + 900)
        #expect(Self.finding(readOnly, "spec.resources.memory")?.firstSeen == t0)
        try fixture.world.editContainer("web-1") { $0.resources.memoryBytes = 256 << 20 }
        #expect(try await Self.scan(fixture, key: key, keep: true, now: t0 + 1200).isClean)
        let history = try History(path: fixture.controller.stateDir + "/berth.sqlite")
        #expect(try await history.driftFirstSeen().isEmpty)
        try fixture.world.editContainer("web-1") { $0.resources.memoryBytes = 128 << 20 }
        let again = try await Self.scan(fixture, key: key, keep: true, now: t0 + 1800)
        #expect(Self.finding(again, "spec.resources.memory")?.firstSeen == t0 + 1800)
    }

    @Test func aContainerWithoutACreateRecordIsReportedOnceNotGuessed() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        fixture.publishImage()
        var spec = ContainerSpec(name: "web-4", image: RolloutFixture.image)
        spec.labels = BerthLabel.owned(by: fixture.controller.stateDir, deployment: "web").merging([
            BerthLabel.generation: "4", BerthLabel.role: "deployment",
        ]) { $1 }
        try fixture.world.addContainer(spec, running: true)
        _ = try History(path: fixture.controller.stateDir + "/berth.sqlite")
        let report = try await Self.scan(fixture, key: nil)
        #expect(report.findings.map(\.field) == ["record"])
        #expect(report.findings.first?.live?.contains("no create record") == true)
    }

    @Test func fileChangesAreCappedAndFiltered() {
        let changes = (0..<60).map { FilesystemChange(path: "/srv/f\($0)", kind: .added) }
            + [FilesystemChange(path: "/proc/x", kind: .added), FilesystemChange(path: "/run/y", kind: .added)]
        let found = ContainerDrift.fileDifferences(changes, volumePaths: [])
        #expect(found.count == ContainerDrift.fileLimit + 1)
        #expect(found.last?.live == "10 more paths changed")
        #expect(!found.contains { $0.field.hasPrefix("files:/proc") || $0.field.hasPrefix("files:/run") })
    }

    @Test func markdownIsATableAPersonCanPaste() {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        let report = DriftReport(
            host: "box-1", scannedAt: at, configCommit: "0123456789abcdef",
            findings: [
                DriftFinding(
                    deployment: "web", container: "web-3", field: "spec.resources.memory", desired: "256Mi",
                    live: "128Mi", firstSeen: at, adoptable: true, healed: "healed by re-creating generation 4"),
                DriftFinding(
                    deployment: nil, container: "x|y", field: "host.container", desired: nil, live: "unlabelled",
                    firstSeen: at),
            ])
        let text = report.markdown()
        #expect(text.hasPrefix("# Drift on box-1\n"))
        #expect(text.contains("config commit `0123456789ab`"))
        #expect(text.contains("| web | `web-3` | `spec.resources.memory` | `256Mi` | `128Mi` (healed by re-creating generation 4) | 2023-11-14 22:13:20Z | yes |"))
        #expect(text.contains("`x\\|y`"))
        #expect(DriftReport.hostLabel("Build.Box_1") == "build-box-1")
    }
}
