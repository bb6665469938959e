package import Drivers
import Foundation

/// A label unique to one test, put on everything the test creates so cleanup finds exactly those things.
///
/// ```swift
/// let scope = DockerTestScope()
/// try await scope.withCleanUp(docker) {
///     spec.labels = scope.labels
///     ...
/// }
/// ```
package struct DockerTestScope: Sendable {
    package static let labelKey = "berth-test.scope"

    /// A fresh random value for ``labelKey``.
    package let id: String

    /// Suffixes of named volumes the test creates (through ``name(_:)``), removed by ``cleanUp(_:)``.
    package let volumeSuffixes: [String]

    package init(volumes volumeSuffixes: [String] = []) {
        id = UUID().uuidString.lowercased().prefix(12).description
        self.volumeSuffixes = volumeSuffixes
    }

    /// `[berth-test.scope: <id>]`, to merge into labels.
    package var labels: [String: String] { [Self.labelKey: id] }

    /// A name unique to this scope: `berth-test-<id>-<suffix>`.
    package func name(_ suffix: String) -> String { "berth-test-\(id)-\(suffix)" }

    /// Runs `body`, then cleans up whether it threw or not.
    @discardableResult
    package func withCleanUp<T>(_ docker: DockerClient, _ body: () async throws -> T) async throws -> T {
        let result: T
        do {
            result = try await body()
        } catch {
            await cleanUp(docker)
            throw error
        }
        await cleanUp(docker)
        return result
    }

    /// Removes the scope's containers (forced, with anonymous volumes), its images, and named volumes whose
    /// names ``name(_:)`` made.
    package func cleanUp(_ docker: DockerClient) async {
        for container in (try? await docker.listContainers(labels: labels)) ?? [] {
            try? await docker.removeContainer(container.id, force: true, removeVolumes: true)
        }
        for image in (try? await docker.listImages(labels: labels)) ?? [] {
            try? await docker.removeImage(image.id, force: true)
        }
        for volume in volumeSuffixes {
            try? await docker.removeVolume(name(volume))
        }
    }
}
