import Foundation
import Manifest
import Testing

@testable import Reconciler

/// A generation's manifest as history keeps it: a document the parser reads back into the same deployment.
@Suite struct CanonicalManifestTests {
    private func roundTrip(_ spec: String, controller: ControllerConfig = .default) throws {
        let deployment = try PlanDiffTests.deployment(spec)
        let document = CanonicalManifest.document(deployment)
        let stored = try CanonicalValue(jsonText: try document.jsonText())
        #expect(stored == document)
        let read = try CanonicalManifest.deployment(from: stored, controller: controller)
        #expect(read.spec == deployment.spec)
        #expect(read.labels == deployment.labels && read.name == deployment.name)
        #expect(read.specHash == deployment.specHash, "the same manifest, the same hash")
    }

    @Test func aSourceDeploymentWithEveryFieldReadsBackAsItself() throws {
        let secret = try PlanDiffTests.sealed("hunter2", "DB_PASSWORD")
        try roundTrip(
            """
              source: {repo: "https://git.example.com/web.git", ref: v1.2, path: app, dockerfile: build/Dockerfile}
              build: {args: {NODE_ENV: production}, target: runtime, timeout: 90s}
              review: {policy: block-high, waive: [abc123]}
              env: {LOG_LEVEL: info, EMPTY: ""}
              secretEnv: {DB_PASSWORD: "\(secret)"}
              ports: [{container: 8080, host: 8080, hostIP: 127.0.0.1}, {container: 9090}]
              volumes: [{name: data, mountPath: /data}, {name: cache, mountPath: /cache, readOnly: true}]
              resources: {cpus: 0.333333333, memory: 1536Mi}
              command: [/app/server, --port, "8080"]
              restartPolicy: on-failure
              stopGracePeriod: 1m30s
              health:
                http: {path: /healthz, port: 9090, expectStatus: 204}
                interval: 500ms
                timeout: 2s
                startPeriod: 1h
                healthyThreshold: 3
              route: {host: web.example.com, path: /api, drain: 1m30s}
              rollout: {watch: 30s, failureThreshold: 5}
              drift: report
              suspend: true
              init: true

            """)
    }

    @Test func anImageDeploymentOnTheHostNetworkReadsBackAsItself() throws {
        try roundTrip(
            """
              image: registry.example.com/redis:7.2
              pull: always
              network: host
              ports: [{container: 6379}]
              health: {tcp: {}}

            """)
        try roundTrip("  image: registry.example.com/redis:7.2\n  health: {settle: 3s}\n")
    }

    @Test func routeAndRolloutAreRecordedOnlyAwayFromTheirDefaults() throws {
        let spec = "  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: /, drain: 10s}\n"
        try roundTrip(spec)
        try roundTrip(spec + "  rollout: {watch: 1h}\n")
        try roundTrip("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, drain: 0s}\n")
        try roundTrip("  image: nginx\n  rollout: {failureThreshold: 1}\n")
        let deployment = try PlanDiffTests.deployment(spec)
        let document = CanonicalManifest.document(deployment)
        let recorded = document["spec"]
        #expect(recorded?["route"] == .map(["host": .text("web.example.com")]), "a wave-1 record reads the same")
        #expect(recorded?["rollout"] == nil)
        let watched = try PlanDiffTests.deployment(spec + "  rollout: {watch: 90s}\n")
        #expect(
            CanonicalManifest.document(watched)["spec"]?["rollout"]
                == .map(["watch": .text("1m30s")]))
    }

    @Test func valuesAreWrittenInTheirManifestForm() {
        #expect(CanonicalManifest.memory(48 << 20) == "48Mi")
        #expect(CanonicalManifest.memory(1_000_000_000) == "1G")
        #expect(CanonicalManifest.memory(6_291_457) == "6291457")
        #expect(CanonicalManifest.cpus(500_000_000) == "0.5")
        #expect(CanonicalManifest.cpus(2_000_000_000) == "2")
        #expect(CanonicalManifest.cpus(1_050_000_000) == "1.05")
        #expect(CanonicalManifest.duration(.seconds(90)) == "1m30s")
        #expect(CanonicalManifest.duration(.milliseconds(1500)) == "1s500ms")
        #expect(CanonicalManifest.duration(.zero) == "0s")
    }
}
