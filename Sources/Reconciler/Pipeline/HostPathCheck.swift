import Foundation
import Glibc
import Manifest

/// Checks the host paths a deployment bind-mounts, right before its container is created (DESIGN §9).
///
/// Decoding already held each `hostPath` to `policy.allowHostPaths` as text. This check looks at the disk, one
/// component at a time with `lstat`: every component must exist and none may be a symbolic link (a link inside an
/// allowed directory could point anywhere, `/` included), the path must still be allowed, and a Unix socket —
/// the Docker engine's above all — is mounted only where the policy names its exact path: neither the socket
/// file itself nor a directory holding the engine's socket is mountable through a wider entry such as `/run`.
///
/// - Important: The check narrows a time-of-check-to-time-of-use window but cannot close it. The engine resolves
///   the path again when it creates and starts the container; whatever can write to an allowed directory in
///   between (a process on the host, or a container that mounts the directory writable) can put a symbolic link
///   where a checked directory stood. Allow only directories nothing untrusted can write to, or mount them
///   read-only into everything else.
///
/// ```swift
/// try HostPathCheck(controller: config).verify(deployment)   // throws StageFailure(.start, ...) naming the volume
/// ```
struct HostPathCheck {
    /// The policy the paths must satisfy.
    let policy: Policy
    /// Where the Docker engine's socket may be: `/run/docker.sock`, `/var/run/docker.sock` and the socket of the
    /// controller's `docker.host`.
    let engineSockets: [String]

    /// A check against `controller`'s policy and engine socket.
    init(controller: ControllerConfig) {
        policy = controller.policy
        let configured =
            controller.docker.host.hasPrefix("unix://") ? [String(controller.docker.host.dropFirst(7))] : []
        engineSockets = ["/run/docker.sock", "/var/run/docker.sock"] + configured
    }

    /// Checks every host-path volume of `deployment`.
    /// - Throws: ``StageFailure`` at stage `start` (reason `HostPathRefused`) naming the file, the volume's field
    ///   path and the offending component.
    func verify(_ deployment: Deployment) throws(StageFailure) {
        for volume in deployment.spec.volumes {
            guard case .hostPath(let path) = volume.source, let problem = problem(path) else { continue }
            throw StageFailure(
                .start, reason: "HostPathRefused",
                "\(deployment.file): spec.volumes[mountPath=\(volume.mountPath)].hostPath: \(path): \(problem)"
            )
        }
    }

    /// Why `path` may not be mounted now, or `nil` when it may.
    func problem(_ path: String) -> String? {
        guard policy.allowsHostPath(path) else {
            let allowed = policy.allowHostPaths.isEmpty ? "none" : policy.allowHostPaths.joined(separator: ", ")
            return "is not allowed by the controller policy (policy.allowHostPaths: \(allowed))"
        }
        var component = ""
        var info = stat()
        for segment in path.split(separator: "/") {
            component += "/" + segment
            guard lstat(component, &info) == 0 else {
                let reason =
                    errno == ENOENT ? "does not exist" : "cannot be examined (\(String(cString: strerror(errno))))"
                return "\(component) \(reason); berth mounts only paths that exist"
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: component)) ?? "?"
                return "\(component) is a symbolic link (to \(target)); berth mounts no path through a symbolic "
                    + "link: name the real path, if policy.allowHostPaths allows it"
            }
        }
        let named = policy.allowHostPaths.contains(path)
        if info.st_mode & S_IFMT == S_IFSOCK, !named {
            return "is a Unix socket, mountable only when policy.allowHostPaths names this exact path"
        }
        let below = path == "/" ? "/" : path + "/"
        if let socket = engineSockets.first(where: { $0.hasPrefix(below) }), !named {
            return "holds the Docker engine's socket \(socket); mountable only when policy.allowHostPaths names "
                + "this exact path"
        }
        return nil
    }
}
