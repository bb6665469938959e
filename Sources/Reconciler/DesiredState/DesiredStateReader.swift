package import Drivers
import Foundation
package import Manifest

/// Where desired state comes from: a config repository's branch (read through its mirror, never checked out) or,
/// for trying things out, a local directory of manifests.
package enum DesiredSource: Sendable, Hashable, CustomStringConvertible {
    case repository(GitRemote, branch: String, path: String)
    case directory(String)

    package var description: String {
        switch self {
        case .repository(let remote, let branch, let path): "\(remote) \(branch):\(path)"
        case .directory(let path): path
        }
    }
}

/// Desired state as one pass sees it.
package struct DesiredSnapshot: Sendable {
    /// The config commit (`local` for a directory).
    package let configCommit: String
    package let state: DesiredState
}

/// Reads desired state from a ``DesiredSource``; keeps parsed files between reads of a repository.
package final class DesiredStateReader: Sendable {
    package let source: DesiredSource
    private let controller: ControllerConfig
    private let secretKey: SecretKeyPair?
    private let repositoryReader: ConfigRepositoryReader?

    /// Reads the controller's key (`secrets.keyFile`) once when this process may: sealed values are then checked
    /// against their deployment and variable as manifests are read, and a wrong one reported at its place.
    package init(source: DesiredSource, repositories: any SourceRepository, controller: ControllerConfig) {
        self.source = source
        self.controller = controller
        secretKey = SecretKeyPair(readableAt: controller.secretKeyFile)
        if case .repository(let remote, let branch, let path) = source {
            repositoryReader = ConfigRepositoryReader(
                repositories: repositories, remote: remote, branch: branch, path: path, controller: controller,
                secretKey: secretKey
            )
        } else {
            repositoryReader = nil
        }
    }

    /// The desired state now (at the branch head), or at `ref` of a repository.
    /// - Throws: when the repository cannot be reached or the directory read: never an empty desired state.
    package func read(at ref: String? = nil) async throws -> DesiredSnapshot {
        switch source {
        case .repository(_, let branch, _):
            let snapshot = try await repositoryReader!.read(at: ref ?? branch)
            return DesiredSnapshot(configCommit: snapshot.commit.hex, state: snapshot.state)
        case .directory(let path):
            return DesiredSnapshot(
                configCommit: "local",
                state: try LocalManifests.desiredState(at: path, controller: controller, secretKey: secretKey)
            )
        }
    }
}
