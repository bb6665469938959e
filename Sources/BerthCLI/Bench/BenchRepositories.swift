import Foundation
import Drivers
import Manifest
import Reconciler

/// What the benchmarks set up (git repositories in a temp dir) and how they clean up (containers, a few at a time).
enum BenchRepositories {
    /// A bare config repository whose `deployments/` holds `deployments` sleep-container deployments of the test
    /// base image, plus `extra` manifests (file name → YAML).
    static func configRepository(in directory: URL, deployments: Int, extra: [String: String] = [:]) throws -> URL {
        var files = extra
        for index in 0..<deployments {
            let name = String(format: "bench-%04d", index)
            files["\(name).yaml"] = """
                apiVersion: berth/v1
                kind: Deployment
                metadata: {name: \(name)}
                spec:
                  image: berth-test/busybox:latest
                  pull: never
                  network: host
                  command: [sleep, "86400"]
                  stopGracePeriod: 1s
                  env: {INDEX: "\(index)"}
                """
        }
        return try repository(in: directory, named: "config", files: files.mapKeys { "deployments/\($0)" })
    }

    /// The controller config a benchmark runs with: `repository`'s `deployments/` on `main`, its state dir under
    /// `directory`, the review gate off, and `extra` lines of YAML.
    static func controllerConfig(repository: URL, in directory: URL, extra: String = "") throws -> ControllerConfig {
        var controller = try ControllerConfig.parse(
            SourceFile(
                path: "bench.yaml",
                contents: Data(
                    """
                    apiVersion: berth/v1
                    kind: Controller
                    configRepo: {url: "file://\(repository.path)", branch: main, path: deployments}
                    stateDir: \(directory.appendingPathComponent("state").path)
                    \(extra)
                    """.utf8)
            )
        )
        controller.review.minimumPolicy = .off
        return controller
    }

    /// Desired state as a benchmark's controller config names it: `repository`'s `deployments/` on `main`.
    static func source(_ repository: URL) -> DesiredSource {
        .repository(GitRemote(url: "file://\(repository.path)"), branch: "main", path: "deployments")
    }

    /// A bare repository `<name>.git` in `directory` whose `main` holds `files` (path → contents).
    static func repository(in directory: URL, named name: String, files: [String: String]) throws -> URL {
        let bare = directory.appendingPathComponent("\(name).git")
        let work = directory.appendingPathComponent("\(name)-work")
        if !FileManager.default.fileExists(atPath: bare.path) {
            try runGit(["init", "--quiet", "--bare", "--initial-branch=main", bare.path])
            try runGit(["init", "--quiet", "--initial-branch=main", work.path])
        }
        for (path, contents) in files {
            let file = work.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
        let identity = ["-c", "user.name=berth bench", "-c", "user.email=bench@berth.invalid"]
        try runGit(["add", "-A"], in: work)
        try runGit(identity + ["commit", "--quiet", "--allow-empty", "-m", "bench"], in: work)
        try runGit(["push", "--quiet", bare.path, "HEAD:refs/heads/main"], in: work)
        return bare
    }

    /// Force-removes the containers carrying `labels`, with their volumes, eight at a time: hundreds of forced
    /// removals at once have left dockerd 20.10 unresponsive.
    static func removeContainers(labeled labels: [String: String], from docker: DockerClient) async {
        let listed = (try? await docker.listContainers(labels: labels)) ?? []
        await withTaskGroup(of: Void.self) { group in
            for (index, container) in listed.enumerated() {
                if index >= 8 { await group.next() }
                group.addTask { try? await docker.removeContainer(container.id, force: true, removeVolumes: true) }
            }
        }
    }

    /// Removes the containers of the controller at `runtime`'s state dir, blocking until done (runs from `defer`).
    static func removeContainers(of runtime: Runtime) {
        let (engine, labels) = (runtime.engine, BerthLabel.owned(by: runtime.controller.stateDir))
        let done = DispatchSemaphore(value: 0)
        Task {
            await removeContainers(labeled: labels, from: engine)
            done.signal()
        }
        done.wait()
    }

    /// Plans and applies, as `berth apply` does, and fails unless `count` deployments ended `result`.
    static func apply(
        _ reconciliation: Reconciliation, expecting count: Int, _ result: ApplyReport.Item.Result, prune: Bool = false
    ) async throws {
        let report = await reconciliation.apply(
            try await reconciliation.plan(allowEmpty: prune), options: ApplyOptions(prune: prune))
        let matching = report.items.filter { $0.result == result }
        let others = report.items.filter { $0.result != result && $0.result != .unchanged }
        guard matching.count == count, others.isEmpty else {
            throw CommandFailure.failed(
                "expected \(count) \(result.rawValue), got \(matching.count); others: "
                    + others.prefix(3).map { "\($0.name): \($0.result.rawValue) \($0.message)" }
                    .joined(separator: "; "))
        }
    }
}

extension Dictionary {
    fileprivate func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
