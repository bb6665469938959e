import Foundation
import Manifest
import ManifestSamples
import Testing

/// The spec hash is a function of meaning, not of text.
@Suite struct SpecHashPropertyTests {
    static let sampleCount = 1_000

    /// Parses one document and returns its hash, recording the diagnostics when it is not valid.
    private func hash(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let state = ManifestParser.parse([SourceFile(path: "sample.yaml", contents: Data(text.utf8))])
        guard state.deployments.count == 1, state.diagnostics.isEmpty else {
            Issue.record("sample did not validate: \(state.diagnostics)\n\(text)", sourceLocation: sourceLocation)
            return nil
        }
        return state.deployments[0].specHash
    }

    @Test func randomSpecsKeepTheirHashWhenRewrittenOrSteeredAndChangeItOnAnySemanticChange() throws {
        var random = SampleRandom(seed: 2026)
        var failures = 0
        for index in 0..<Self.sampleCount where failures < 5 {
            let hostPort = random.chance(0.3) ? 20_000 + index : nil
            let sample = SampleDeployment.random(name: "app-\(index)", hostPort: hostPort, using: &random)
            var canonical = SampleYAMLWriter(seed: 0, varied: false)
            var shuffled = SampleYAMLWriter(seed: random.next())
            let plainText = canonical.document(sample.node)
            let variedText = shuffled.document(sample.node)
            guard let base = hash(plainText), let rewritten = hash(variedText) else {
                failures += 1
                continue
            }
            if base != rewritten {
                failures += 1
                Issue.record("hash changed under rewriting:\n\(plainText)\n---- versus ----\n\(variedText)")
            }
            let steered = sample.steered(random: &random)
            var steeredWriter = SampleYAMLWriter(seed: random.next())
            let steeredText = steeredWriter.document(steered.node)
            if let steeredHash = hash(steeredText), steeredHash != base {
                failures += 1
                Issue.record(
                    "a route or rollout change moved the hash:\n\(plainText)\n---- versus ----\n\(steeredText)")
            }
            for kind in 0..<SampleDeployment.liveChangeCount {
                let live = sample.liveChanged(kind)
                var writer = SampleYAMLWriter(seed: random.next())
                let liveText = writer.document(live.node)
                if let liveHash = hash(liveText), liveHash != base {
                    failures += 1
                    Issue.record(
                        "live change \(kind) moved the hash:\n\(plainText)\n---- versus ----\n\(liveText)")
                }
            }
            for kind in 0..<SampleDeployment.mutationCount {
                let changed = sample.mutated(kind, random: &random)
                var writer = SampleYAMLWriter(seed: random.next())
                let changedText = writer.document(changed.node)
                if let changedHash = hash(changedText), changedHash == base {
                    failures += 1
                    Issue.record("mutation \(kind) kept the hash:\n\(plainText)\n---- versus ----\n\(changedText)")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test func controllerOnlyFieldsDoNotChangeTheHash() throws {
        let base = web("  image: nginx\n  ports: [{container: 80, host: 8080}]\n")
        let steered = base + "  suspend: true\n  drift: report\n  strategy: stop-first\n  pull: always\n"
        #expect(hash(base) == hash(steered))
    }

    @Test func liveFieldsDoNotChangeTheHash() throws {
        let base = web("  image: nginx\n")
        let limited = base + "  resources: {cpus: 0.5, memory: 128Mi}\n"
        #expect(hash(base) == hash(limited), "resources are applied in place")
        #expect(hash(limited) == hash(base + "  resources: {cpus: 2, memory: 1Gi}\n"))
        for policy in ["no", "always", "on-failure", "unless-stopped"] {
            #expect(hash(base) == hash(base + "  restartPolicy: \(policy)\n"), "restartPolicy \(policy)")
        }
    }

    /// Hashes of wave 1 (before the live fields left the hash): a deployment without limits and with the default
    /// restart policy keeps its hash, so it is not restarted by the upgrade.
    /// `web` with `image: nginx` as wave 1 hashed it, live fields and all.
    static let waveOneHashOfNginx = "2918643b98d9299d692bd8d3e77fadf70d913e8576dedaf75a00581a49de0b50"

    @Test func liveFieldsAtTheirDefaultsKeepTheHashesOfWaveOne() throws {
        #expect(hash(web("  image: nginx\n")) == Self.waveOneHashOfNginx)
    }

    @Test func fieldsAddedAfterV1KeepExistingHashesAtTheirDefaultAndSettleNeverCounts() throws {
        let base = web("  image: nginx\n")
        #expect(hash(base) == hash(base + "  init: false\n"), "init at its default: no restart on upgrade")
        #expect(hash(base) != hash(base + "  init: true\n"), "init changes what the container runs as PID 1")
        #expect(hash(base) != hash(base + "  user: app\n"), "user changes who the process runs as")
        #expect(hash(base) == hash(base + "  health: {settle: 5s}\n"), "settle only steers the rollout")
    }

    @Test func buildInputsChangeTheCombinedHash() throws {
        let state = ManifestParser.parse([SourceFile(path: "a.yaml", contents: Data(web("  image: nginx\n").utf8))])
        let deployment = try #require(state.deployments.first)
        let first = deployment.specHash(buildInput: "sha256:aaaa")
        #expect(first == deployment.specHash(buildInput: "sha256:aaaa"))
        #expect(first != deployment.specHash(buildInput: "sha256:bbbb"))
        #expect(first != deployment.specHash)
        #expect(first.count == 64 && deployment.specHash.count == 64)
    }
}
