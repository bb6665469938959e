package import Foundation

/// The container runtime as the reconciler sees it: containers, images, builds, events, volumes, networks.
///
/// ``DockerClient`` implements it against the Docker Engine API; tests of the planner and pipeline use a fake.
/// Failures are ``ContainerEngineError``s whose ``ContainerEngineError/Code`` says what happened.
/// ```swift
/// let engine: any ContainerEngine = DockerClient(logger: logger)
/// let managed = try await engine.listContainers(labels: ["berth.managed": "true"])
/// ```
package protocol ContainerEngine: Sendable {
    /// All containers (running or not) carrying every one of `labels`; one call, no per-container inspect.
    func listContainers(labels: [String: String]) async throws -> [ContainerSummary]
    /// One container by id or name. - Throws: ``ContainerEngineError/Code/notFound``.
    func inspectContainer(_ idOrName: String) async throws -> ContainerDetails
    /// Creates (does not start) a container and returns its id. - Throws: ``ContainerEngineError/Code/conflict``
    /// when the name is taken.
    func createContainer(_ spec: ContainerSpec) async throws -> String
    /// Starts a container; starting a running one is not an error.
    func startContainer(_ idOrName: String) async throws
    /// Stops a container, killing it after `timeout`; stopping a stopped one is not an error.
    func stopContainer(_ idOrName: String, timeout: Duration?) async throws
    /// Sends a signal (`SIGKILL`, `SIGTERM`, ...). - Throws: ``ContainerEngineError/Code/conflict`` if not running.
    func killContainer(_ idOrName: String, signal: String) async throws
    /// Removes a container; `force` kills a running one first, `removeVolumes` drops its anonymous volumes.
    func removeContainer(_ idOrName: String, force: Bool, removeVolumes: Bool) async throws
    func renameContainer(_ idOrName: String, to newName: String) async throws
    /// Waits until the container is not running and returns its exit code.
    func waitContainer(_ idOrName: String) async throws -> Int
    /// The container's output, stdout and stderr apart, line by line.
    func containerLogs(_ idOrName: String, options: LogOptions) async throws -> EngineStream<LogLine>
    /// Writes `files` (path relative to `directory` → contents, mode 0644, owned by root) into a container, created
    /// or running (`PUT /containers/{id}/archive?path=DIR` with a tar body); existing files are replaced.
    /// - Throws: ``ContainerEngineError/Code/notFound`` when the container or `directory` in it does not exist.
    func copyFiles(_ files: [String: Data], into directory: String, of container: String) async throws
    /// Changes a container's limits and restart policy in place (`docker update`), created or running, without a
    /// restart. A limit that is nil in `resources` is left as the container has it: the engine cannot lift one.
    /// - Throws: ``ContainerEngineError/Code/notFound`` when the container does not exist.
    func updateContainer(
        _ idOrName: String, resources: ResourceLimits, restartPolicy: ContainerRestartPolicy
    ) async throws
    /// What changed in the container's filesystem against its image (`GET /containers/{id}/changes`).
    /// - Throws: ``ContainerEngineError/Code/notFound``.
    func containerChanges(_ idOrName: String) async throws -> [FilesystemChange]

    /// One image by reference or id. - Throws: ``ContainerEngineError/Code/notFound``.
    func inspectImage(_ reference: String) async throws -> ImageInfo
    /// Images carrying every one of `labels`.
    func listImages(labels: [String: String]) async throws -> [ImageInfo]
    /// Removes an image (its tag, and its layers when nothing else uses them).
    func removeImage(_ reference: String, force: Bool) async throws
    /// Pulls `reference` from its registry (`POST /images/create`), logging in with `auth` when given, and returns
    /// the image now on the engine.
    /// - Parameter progress: called with each condensed line of pull output (a layer's status as it changes).
    /// - Throws: ``ContainerEngineError`` carrying the registry's message (``ContainerEngineError/Code/notFound``
    ///   for a tag or repository the registry does not hold).
    func pullImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> ImageInfo
    /// The manifest digest (`sha256:...`) the registry holds for `reference` (`GET /distribution/{name}/json`),
    /// asked through the engine without pulling. - Throws: ``ContainerEngineError`` carrying the registry's message.
    func registryDigest(of reference: String, auth: RegistryAuth?) async throws -> String
    /// Builds an image from a tar context streamed from `context` (never held whole in memory).
    /// - Parameter progress: called with each line of build output as it arrives.
    /// - Throws: ``ContainerEngineError/Code/buildFailed`` with the log tail when a step fails.
    func buildImage(
        context: some AsyncSequence<[UInt8], any Error> & Sendable, options: BuildOptions,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> BuildResult

    /// Engine events from now on, as they happen, filtered by `filter`.
    func events(_ filter: EventFilter) async throws -> EngineStream<EngineEvent>

    /// Creates a named volume (or returns the existing one of that name).
    func createVolume(name: String, labels: [String: String]) async throws -> VolumeInfo
    func inspectVolume(_ name: String) async throws -> VolumeInfo
    /// Named volumes carrying every one of `labels`, by name.
    func listVolumes(labels: [String: String]) async throws -> [VolumeInfo]
    /// Removes a named volume (only on an explicit command: prune never deletes volumes).
    /// - Throws: ``ContainerEngineError/Code/conflict`` while a container uses it.
    func removeVolume(_ name: String) async throws
    func inspectNetwork(_ idOrName: String) async throws -> NetworkInfo
}

extension ContainerEngine {
    /// Whether the engine holds an image with this reference or id.
    package func imageExists(_ reference: String) async throws -> Bool {
        do {
            _ = try await inspectImage(reference)
            return true
        } catch let error as ContainerEngineError where error.code == .notFound {
            return false
        }
    }

    /// Whether a container with this id or name exists.
    package func containerExists(_ idOrName: String) async throws -> Bool {
        do {
            _ = try await inspectContainer(idOrName)
            return true
        } catch let error as ContainerEngineError where error.code == .notFound {
            return false
        }
    }
}
