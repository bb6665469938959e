import Drivers
import Foundation
import Synchronization
import TestSupport
import Testing

/// Tagging and pushing an image to a real registry (Debian's `docker-registry` on 127.0.0.1, htpasswd login), as the
/// swarm runtime does before a service on several nodes refers to the image by digest.
@Suite(
    .serialized,
    .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)),
    .enabled(if: RegistryServer.isAvailable, Comment(rawValue: RegistryServer.skipReason)))
struct SwarmImagePushTests {
    let docker = DockerTestEnvironment.client()

    @Test func aTaggedImageIsPushedAndItsDigestIsTheRegistrys() async throws {
        let registry = try RegistryServer()
        defer { registry.stop() }
        let scope = DockerTestScope()
        let reference = "\(registry.host)/berth-test/swarm-\(scope.id):1"
        try await docker.tagImage(DockerTestEnvironment.baseImage, as: reference)
        do {
            let lines = Mutex<[String]>([])
            let digest = try await docker.pushImage(reference, auth: registry.auth) { line in
                lines.withLock { $0.append(line) }
            }
            #expect(digest.hasPrefix("sha256:") && digest.count == 71, "\(digest)")
            #expect(try await docker.registryDigest(of: reference, auth: registry.auth) == digest)
            #expect(lines.withLock { $0.contains { $0.hasSuffix(": Pushed") } }, "\(lines.withLock { $0 })")
            // Again: the layers are there already, the digest is the same.
            #expect(try await docker.pushImage(reference, auth: registry.auth) { _ in } == digest)

            let refused = await #expect(throws: ContainerEngineError.self) {
                try await docker.pushImage(
                    reference,
                    auth: RegistryAuth(username: registry.username, password: "wrong", serverAddress: registry.host)
                ) { _ in }
            }
            #expect(refused?.message.contains("unauthorized") == true, "\(String(describing: refused))")
        } catch {
            try? await docker.removeImage(reference, force: false)
            throw error
        }
        try await docker.removeImage(reference, force: false)

        let untagged = await #expect(throws: ContainerEngineError.self) {
            try await docker.pushImage(reference, auth: registry.auth) { _ in }
        }
        #expect(untagged?.message.contains("does not exist locally") == true, "\(String(describing: untagged))")
        let byDigest = await #expect(throws: ContainerEngineError.self) {
            try await docker.pushImage("\(registry.host)/x@sha256:\(String(repeating: "0", count: 64))", auth: nil) {
                _ in
            }
        }
        #expect(byDigest?.code == .badRequest)
    }
}
