import Foundation
import Glibc
import Manifest
import TestSupport
import Testing

@testable import Reconciler

/// The host path check before container creation, against real directories, symbolic links and sockets.
@Suite struct HostPathCheckTests {
    /// `<tmp>/allowed` (the policy's only entry, holding `data/`) and `<tmp>/outside` (holding `secret/`).
    final class Layout {
        let directory: TemporaryDirectory
        private var links: [String] = []
        var allowed: String { directory.url.appendingPathComponent("allowed").path }
        var outside: String { directory.url.appendingPathComponent("outside").path }

        init() throws {
            directory = try TemporaryDirectory(prefix: "berth-host-path")
            for folder in ["allowed/data/logs", "outside/secret"] {
                try FileManager.default.createDirectory(
                    atPath: directory.url.appendingPathComponent(folder).path, withIntermediateDirectories: true)
            }
        }

        /// Removes the links first, so that removing the directory never reaches what a link points at.
        deinit {
            for link in links { unlink(link) }
        }

        func link(_ path: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
            links.append(path)
        }

        func check(allow: [String]? = nil, dockerHost: String = DockerEndpoint.default.host) -> HostPathCheck {
            var controller = ControllerConfig.default
            controller.policy = Policy(allowHostPaths: allow ?? [allowed])
            controller.docker.host = dockerHost
            return HostPathCheck(controller: controller)
        }
    }

    @Test func aRealDirectoryUnderAnAllowedOneIsMountable() throws {
        let layout = try Layout()
        #expect(layout.check().problem(layout.allowed) == nil)
        #expect(layout.check().problem(layout.allowed + "/data/logs") == nil)
    }

    @Test func aSymbolicLinkAtTheLeafIsRefusedWhereverItPoints() throws {
        let layout = try Layout()
        try layout.link(layout.allowed + "/rootlink", to: "/")
        try layout.link(layout.allowed + "/alias", to: layout.allowed + "/data")
        try layout.link(layout.allowed + "/relative", to: "../outside")
        for (name, target) in [("rootlink", "/"), ("alias", layout.allowed + "/data"), ("relative", "../outside")] {
            let problem = layout.check().problem(layout.allowed + "/" + name)
            #expect(
                problem
                    == "\(layout.allowed)/\(name) is a symbolic link (to \(target)); berth mounts no path through a "
                    + "symbolic link: name the real path, if policy.allowHostPaths allows it")
        }
    }

    @Test func aSymbolicLinkInTheMiddleIsRefused() throws {
        let layout = try Layout()
        try layout.link(layout.allowed + "/middle", to: layout.outside)
        let problem = layout.check().problem(layout.allowed + "/middle/secret")
        #expect(problem?.hasPrefix("\(layout.allowed)/middle is a symbolic link (to \(layout.outside))") == true)
    }

    @Test func anAllowedDirectoryReachedThroughALinkIsRefused() throws {
        let layout = try Layout()
        let linked = layout.directory.url.appendingPathComponent("linked").path
        try layout.link(linked, to: layout.allowed)
        let problem = layout.check(allow: [linked]).problem(linked + "/data")
        #expect(problem?.hasPrefix("\(linked) is a symbolic link (to \(layout.allowed))") == true)
    }

    @Test func aMissingComponentIsNamed() throws {
        let layout = try Layout()
        let problem = layout.check().problem(layout.allowed + "/missing/deeper")
        #expect(problem == "\(layout.allowed)/missing does not exist; berth mounts only paths that exist")
    }

    @Test func aPathThePolicyNoLongerAllowsIsRefused() throws {
        let layout = try Layout()
        #expect(
            layout.check().problem(layout.outside)
                == "is not allowed by the controller policy (policy.allowHostPaths: \(layout.allowed))")
        #expect(layout.check(allow: []).problem(layout.allowed)?.hasSuffix("(policy.allowHostPaths: none)") == true)
    }

    @Test func aSocketIsMountableOnlyWhereThePolicyNamesItsExactPath() throws {
        let layout = try Layout()
        let socket = layout.allowed + "/data/app.sock"
        try bindSocket(at: socket)
        #expect(
            layout.check().problem(socket)
                == "is a Unix socket, mountable only when policy.allowHostPaths names this exact path")
        #expect(layout.check(allow: [layout.allowed + "/data/*.sock"]).problem(socket) != nil)
        #expect(layout.check(allow: [layout.allowed, socket]).problem(socket) == nil)
    }

    @Test func aDirectoryHoldingTheEngineSocketIsMountableOnlyByItsExactPath() throws {
        let layout = try Layout()
        let engine = "unix://\(layout.allowed)/data/docker.sock"
        #expect(
            layout.check(dockerHost: engine).problem(layout.allowed + "/data")
                == "holds the Docker engine's socket \(layout.allowed)/data/docker.sock; mountable only when "
                + "policy.allowHostPaths names this exact path")
        #expect(layout.check(dockerHost: engine).problem(layout.allowed + "/data/logs") == nil)
        #expect(
            layout.check(allow: [layout.allowed, layout.allowed + "/data"], dockerHost: engine)
                .problem(layout.allowed + "/data") == nil)
        #expect(layout.check(allow: ["/"]).problem("/run") != nil, "/run holds /run/docker.sock")
        #expect(layout.check(allow: ["/"]).problem("/var/run")?.contains("is a symbolic link") == true)
    }

    @Test func verifyFailsTheStartStageNamingTheVolume() throws {
        let layout = try Layout()
        try layout.link(layout.allowed + "/rootlink", to: "/")
        var controller = ControllerConfig.default
        controller.policy = Policy(allowHostPaths: [layout.allowed])
        let manifest = """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              image: nginx
              volumes:
                - {hostPath: \(layout.allowed)/data, mountPath: /data}
                - {hostPath: \(layout.allowed)/rootlink, mountPath: /host}
            """
        let state = ManifestParser.parse(
            [SourceFile(path: "deployments/web.yaml", contents: Data(manifest.utf8))], controller: controller)
        let deployment = try #require(state.deployments.first, "\(state.diagnostics)")
        #expect {
            try HostPathCheck(controller: controller).verify(deployment)
        } throws: { error in
            guard let failure = error as? StageFailure else { return false }
            return failure.stage == .start && failure.reason == "HostPathRefused"
                && failure.message
                    == "deployments/web.yaml: spec.volumes[mountPath=/host].hostPath: \(layout.allowed)/rootlink: "
                    + "\(layout.allowed)/rootlink is a symbolic link (to /); berth mounts no path through a symbolic "
                    + "link: name the real path, if policy.allowHostPaths allows it"
        }
    }

    /// Leaves a Unix socket file at `path`, as a server that bound it would.
    private func bindSocket(at path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: Array(path.utf8.prefix(buffer.count - 1)))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0, "bind \(path): \(String(cString: strerror(errno)))")
    }
}
