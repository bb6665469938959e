import Drivers
import Manifest

/// The build guardrails of the controller's `limits` (DESIGN §14): sizes refused before building, and the build's
/// time limit.
extension Pipeline {
    /// Refuses a build whose app repository mirror (`limits.repoBytes`) or build context (`limits.contextBytes`) is
    /// over its limit, before the engine sees anything; names the size and the limit.
    func checkSizes(of source: ResolvedDeployment.SourceBuild, context: some AsyncSequence<[UInt8], any Error>)
        async throws
    {
        let limits = environment.controller.limits
        if let limit = limits.repoBytes {
            let size = try await environment.repositories.mirrorBytes(of: source.remote)
            guard size <= limit else {
                throw StageFailure(
                    .build, reason: "RepositoryTooLarge",
                    "the repository \(source.remote) is \(Self.bytes(size)), over limits.repoBytes "
                        + "(\(Self.bytes(limit))): nothing was built")
            }
        }
        if let limit = limits.contextBytes {
            var size = 0
            for try await chunk in context { size += chunk.count }
            guard size <= limit else {
                throw StageFailure(
                    .build, reason: "ContextTooLarge",
                    "the build context at \(source.path.isEmpty ? "." : source.path) is \(Self.bytes(size)), over "
                        + "limits.contextBytes (\(Self.bytes(limit))): nothing was built; leave files out with "
                        + ".dockerignore or raise the limit")
            }
        }
    }

    /// Runs `build` for at most `limit` on the environment's clock; past it the build is cancelled and the stage
    /// fails naming the limit and the `setting` it came from. A build that completes all the same (it was done as
    /// the limit passed) is kept: the limit and the build's end can meet, and only a build cut short is a failure.
    func withinBuildTimeout(
        _ limit: Duration, setting: String, _ build: @escaping @Sendable () async throws -> BuildResult
    ) async throws -> BuildResult {
        let clock = environment.clock
        let finished = try await withThrowingTaskGroup(of: BuildResult?.self, returning: BuildResult?.self) { group in
            group.addTask { try await build() }
            group.addTask {
                try await clock.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            if let result = try await group.next() ?? nil { return result }
            group.cancelAll()
            return try? await group.next() ?? nil
        }
        guard let finished else {
            throw StageFailure(
                .build, reason: "BuildTimedOut",
                "build exceeded its \(CanonicalManifest.duration(limit)) timeout (\(setting))")
        }
        return finished
    }

    /// `12.5 MiB (13107200 bytes)`, `512 bytes`.
    static func bytes(_ count: Int) -> String {
        guard count >= 1024 else { return "\(count) bytes" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let shown = (value * 10).rounded() / 10
        let number = shown == shown.rounded() ? String(Int(shown)) : String(shown)
        return "\(number) \(units[unit]) (\(count) bytes)"
    }
}
