import Foundation
import Glibc

/// The two-node test swarm of `scripts/swarm-lab` (DESIGN §13): the test engine as manager (advertised on 10.231.0.1),
/// a second dockerd in its own network namespace as worker, and Debian's `docker-registry` answering on 127.0.0.1:P
/// on both. Tests that need more than one node bring it up and take it down again; the main engine ends outside any
/// swarm, as ``SwarmTestSwarm`` leaves it.
/// ```swift
/// let lab = try SwarmLab.up()
/// defer { lab.down() }
/// ... registry: {url: "\(lab.registry)/berth"} ...
/// ```
package struct SwarmLab: Sendable {
    /// The lab failed to come up; the script's words.
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// `127.0.0.1:P`: the registry, as every node reaches it.
    package let registry: String
    /// The worker node's address (`Status.Addr`), where its tasks' host ports answer from the host.
    package let workerAddress: String

    private static let script = Fixtures.checkout.appendingPathComponent("scripts/swarm-lab").path

    /// Runs `scripts/swarm-lab up --nodes 2` with a registry on a free port, copying only the busybox test image to
    /// the worker (every other image reaches it through the registry).
    package static func up() throws -> SwarmLab {
        let port = try GitLoopbackPort.free()
        let directory = try TemporaryDirectory(prefix: "berth-swarm-lab")
        let out = directory.url.appendingPathComponent("stdout").path
        let err = directory.url.appendingPathComponent("stderr").path
        // Run with system(3), its output in files, not with Foundation's Process: with the daemons the script leaves
        // running, Process.waitUntilExit never returned (the script's shell stayed a zombie nobody reaped).
        let status = system(
            "BERTH_LAB_IMAGES='\(DockerTestEnvironment.baseImage)' /bin/bash '\(script)' up --nodes 2 "
                + "--registry-port \(port) >'\(out)' 2>'\(err)' </dev/null")
        let output = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "swarm-lab up failed: \((try? String(contentsOfFile: err, encoding: .utf8)) ?? "")")
        }
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let registry = values["BERTH_LAB_REGISTRY"], let worker = values["BERTH_LAB_WORKER_ADDR"] else {
            throw Failure(description: "swarm-lab up printed no BERTH_LAB_REGISTRY or BERTH_LAB_WORKER_ADDR: \(output)")
        }
        return SwarmLab(registry: registry, workerAddress: worker)
    }

    /// Takes the lab apart (`scripts/swarm-lab down`); the main engine leaves the swarm.
    package func down() {
        _ = system("/bin/bash '\(Self.script)' down >/dev/null 2>&1 </dev/null")
    }
}
