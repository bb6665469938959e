package import Drivers
package import Manifest
import Synchronization

/// Resolves each deployment's artifact to exact inputs, once per pass: every app repository is synced once and
/// every (repository, ref) resolved once, in parallel; every image reference is resolved once by its pull policy
/// (``ImageResolver``: the engine's image, or the pull the rollout will make after asking the registry).
package struct BuildInputResolver: Sendable {
    private let repositories: any SourceRepository
    private let engine: any ContainerEngine
    private let controller: ControllerConfig

    package init(repositories: any SourceRepository, engine: any ContainerEngine, controller: ControllerConfig) {
        self.repositories = repositories
        self.engine = engine
        self.controller = controller
    }

    /// The resolved deployments, and for each one that could not be resolved, why.
    package func resolve(_ deployments: [Deployment]) async -> (
        resolved: [ResolvedDeployment], failed: [String: String]
    ) {
        let commits = await resolveRefs(of: deployments)
        let images = await resolveImages(of: deployments)
        // Each task stores its own result (see resolveImages).
        // Sized once: a resolved deployment is large, and each doubling would move every one stored so far.
        let results = Collected<[String: Result<ResolvedDeployment, ResolveFailure>]>(
            Dictionary(minimumCapacity: deployments.count))
        await withTaskGroup(of: Void.self) { group in
            for deployment in deployments {
                switch deployment.spec.artifact {
                case .image(let image):  // already inspected: nothing left to wait for
                    results.update { $0[deployment.name] = Self.resolve(deployment, image: image, images: images) }
                case .source(let source, let build, _):
                    group.addTask {
                        let result = await resolve(deployment, source: source, build: build, commits: commits)
                        results.update { $0[deployment.name] = result }
                    }
                }
            }
        }
        let byName = results.value
        var resolved: [ResolvedDeployment] = []
        resolved.reserveCapacity(byName.count)
        var failed: [String: String] = [:]
        for name in byName.keys.sorted() {  // in name order; sorting the names moves less than sorting the results
            switch byName[name]! {
            case .success(let value): resolved.append(value)
            case .failure(let failure): failed[name] = failure.message
            }
        }
        return (resolved, failed)
    }

    private struct ResolveFailure: Error {
        let message: String
    }

    private struct ImageKey: Hashable {
        let reference: String
        let pull: PullPolicy
    }

    private struct RefKey: Hashable {
        let url: String
        let ref: String
    }

    private static func resolve(
        _ deployment: Deployment, image: ImageSpec, images: [ImageKey: Result<ImageResolver.Resolved, ResolveFailure>]
    ) -> Result<ResolvedDeployment, ResolveFailure> {
        let key = ImageKey(reference: image.reference, pull: image.pull)
        return images[key, default: .failure(ResolveFailure(message: "image not inspected"))].map { resolved in
            ResolvedDeployment(
                deployment: deployment, image: image.reference, imageID: resolved.imageID, pull: resolved.pull)
        }
    }

    private func resolve(
        _ deployment: Deployment, source: SourceSpec, build: BuildSpec,
        commits: [RefKey: Result<CommitID, ResolveFailure>]
    ) async -> Result<ResolvedDeployment, ResolveFailure> {
        let key = RefKey(url: source.repo, ref: source.ref)
        guard let commitResult = commits[key] else { return .failure(ResolveFailure(message: "ref not resolved")) }
        let commit: CommitID
        switch commitResult {
        case .success(let value): commit = value
        case .failure(let failure): return .failure(failure)
        }
        let remote = GitRemote(url: source.repo, credentialName: source.credentials, in: controller)
        do {
            guard let tree = try await repositories.treeID(at: source.path, commit: commit, in: remote) else {
                return .failure(
                    ResolveFailure(
                        message: "spec.source.path: \(source.path) does not exist at \(commit.hex.prefix(12)) "
                            + "in \(remote)"
                    )
                )
            }
            let generated: GeneratedDockerfile?
            do {
                generated = try await StackResolver(repositories: repositories, images: StackImages(controller.stacks))
                    .dockerfile(for: source, commit: commit, tree: tree, in: remote)
            } catch let error as StackDetectionError {
                return .failure(ResolveFailure(message: "\(error)"))
            }
            let buildInput =
                deployment.buildInputHash(contextTree: tree.hex, generatedDockerfile: generated?.text) ?? tree.hex
            return .success(
                ResolvedDeployment(
                    deployment: deployment, specHash: deployment.specHash(buildInput: buildInput),
                    appCommit: commit.hex, image: deployment.imageTag(buildInputHash: buildInput),
                    source: .init(
                        remote: remote, commit: commit, path: source.path, dockerfile: source.dockerfile,
                        build: build, contextTree: tree, generated: generated
                    ),
                    expectedImageID: nil
                )
            )
        } catch {
            return .failure(ResolveFailure(message: "\(remote): \(error)"))
        }
    }

    /// Syncs each app repository once, then resolves each (repository, ref) once, all in parallel.
    private func resolveRefs(of deployments: [Deployment]) async -> [RefKey: Result<CommitID, ResolveFailure>] {
        var refsByRepository: [String: (remote: GitRemote, refs: Set<String>)] = [:]
        for deployment in deployments {
            guard case .source(let source, _, _) = deployment.spec.artifact else { continue }
            let remote = GitRemote(url: source.repo, credentialName: source.credentials, in: controller)
            refsByRepository[source.repo, default: (remote, [])].refs.insert(source.ref)
        }
        return await withTaskGroup(of: [RefKey: Result<CommitID, ResolveFailure>].self) { group in
            for (url, entry) in refsByRepository {
                group.addTask {
                    var results: [RefKey: Result<CommitID, ResolveFailure>] = [:]
                    do {
                        _ = try await repositories.sync(entry.remote)
                    } catch {
                        let failure = ResolveFailure(message: "cannot fetch \(entry.remote): \(error)")
                        for ref in entry.refs { results[RefKey(url: url, ref: ref)] = .failure(failure) }
                        return results
                    }
                    for ref in entry.refs {
                        do {
                            results[RefKey(url: url, ref: ref)] = .success(
                                try await repositories.resolve(ref, in: entry.remote)
                            )
                        } catch {
                            results[RefKey(url: url, ref: ref)] = .failure(
                                ResolveFailure(
                                    message: "spec.source.ref: cannot resolve \(ref) in \(entry.remote): \(error)")
                            )
                        }
                    }
                    return results
                }
            }
            return await group.reduce(into: [:]) { $0.merge($1) { first, _ in first } }
        }
    }

    /// Resolves each (image reference, pull policy) once, in parallel.
    private func resolveImages(of deployments: [Deployment]) async
        -> [ImageKey: Result<ImageResolver.Resolved, ResolveFailure>]
    {
        let keys = Set(
            deployments.compactMap { deployment -> ImageKey? in
                guard case .image(let image) = deployment.spec.artifact else { return nil }
                return ImageKey(reference: image.reference, pull: image.pull)
            })
        let images = ImageResolver(engine: engine, controller: controller)
        // Each task stores its own result: a release build (Swift 6.3) corrupted the (key, result) tuples a task
        // group handed back (a crash hashing the key, or the key missing from the result).
        let results = Collected<[ImageKey: Result<ImageResolver.Resolved, ResolveFailure>]>([:])
        await withTaskGroup(of: Void.self) { group in
            for key in keys {
                group.addTask {
                    let result: Result<ImageResolver.Resolved, ResolveFailure>
                    do {
                        result = .success(try await images.resolve(key.reference, pull: key.pull))
                    } catch {
                        result = .failure(ResolveFailure(message: "\(error)"))
                    }
                    results.update { $0[key] = result }
                }
            }
        }
        return results.value
    }
}

/// A value tasks of a group add to under a lock.
private final class Collected<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>

    init(_ value: Value) {
        storage = Mutex(value)
    }

    func update(_ body: (inout Value) -> Void) { storage.withLock { body(&$0) } }

    var value: Value { storage.withLock { $0 } }
}
