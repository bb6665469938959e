package import Drivers

/// One call berth makes to the engine: which method, and the container or image it names (when one).
package struct EngineCall: Sendable, Hashable {
    package enum Method: String, Sendable, Hashable, CaseIterable {
        case listContainers, inspectContainer, createContainer, startContainer, stopContainer, killContainer
        case removeContainer, renameContainer, waitContainer, containerLogs, inspectImage, listImages, removeImage
        case buildImage, events, createVolume, inspectVolume, removeVolume, inspectNetwork
    }

    package let method: Method
    package let target: String?

    package init(method: Method, target: String?) {
        self.method = method
        self.target = target
    }
}

/// A ``ContainerEngine`` that reports every call to `observer` before forwarding it: how the controller learns
/// which events its own calls cause (``EngineActionLedger``) and how the benches count engine calls.
package struct ObservedEngine: ContainerEngine {
    let base: any ContainerEngine
    let observer: @Sendable (EngineCall) -> Void

    package init(_ base: any ContainerEngine, observer: @escaping @Sendable (EngineCall) -> Void) {
        self.base = base
        self.observer = observer
    }

    private func observe(_ method: EngineCall.Method, _ target: String? = nil) {
        observer(EngineCall(method: method, target: target))
    }

    package func listContainers(labels: [String: String]) async throws -> [ContainerSummary] {
        observe(.listContainers)
        return try await base.listContainers(labels: labels)
    }

    package func inspectContainer(_ idOrName: String) async throws -> ContainerDetails {
        observe(.inspectContainer, idOrName)
        return try await base.inspectContainer(idOrName)
    }

    package func createContainer(_ spec: ContainerSpec) async throws -> String {
        observe(.createContainer)
        return try await base.createContainer(spec)
    }

    package func startContainer(_ idOrName: String) async throws {
        observe(.startContainer, idOrName)
        try await base.startContainer(idOrName)
    }

    package func stopContainer(_ idOrName: String, timeout: Duration?) async throws {
        observe(.stopContainer, idOrName)
        try await base.stopContainer(idOrName, timeout: timeout)
    }

    package func killContainer(_ idOrName: String, signal: String) async throws {
        observe(.killContainer, idOrName)
        try await base.killContainer(idOrName, signal: signal)
    }

    package func removeContainer(_ idOrName: String, force: Bool, removeVolumes: Bool) async throws {
        observe(.removeContainer, idOrName)
        try await base.removeContainer(idOrName, force: force, removeVolumes: removeVolumes)
    }

    package func renameContainer(_ idOrName: String, to newName: String) async throws {
        observe(.renameContainer, idOrName)
        try await base.renameContainer(idOrName, to: newName)
    }

    package func waitContainer(_ idOrName: String) async throws -> Int {
        observe(.waitContainer, idOrName)
        return try await base.waitContainer(idOrName)
    }

    package func containerLogs(_ idOrName: String, options: LogOptions) async throws -> EngineStream<LogLine> {
        observe(.containerLogs, idOrName)
        return try await base.containerLogs(idOrName, options: options)
    }

    package func inspectImage(_ reference: String) async throws -> ImageInfo {
        observe(.inspectImage, reference)
        return try await base.inspectImage(reference)
    }

    package func listImages(labels: [String: String]) async throws -> [ImageInfo] {
        observe(.listImages)
        return try await base.listImages(labels: labels)
    }

    package func removeImage(_ reference: String, force: Bool) async throws {
        observe(.removeImage, reference)
        try await base.removeImage(reference, force: force)
    }

    package func buildImage(
        context: some AsyncSequence<[UInt8], any Error> & Sendable, options: BuildOptions,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> BuildResult {
        observe(.buildImage)
        return try await base.buildImage(context: context, options: options, progress: progress)
    }

    package func events(_ filter: EventFilter) async throws -> EngineStream<EngineEvent> {
        observe(.events)
        return try await base.events(filter)
    }

    package func createVolume(name: String, labels: [String: String]) async throws -> VolumeInfo {
        observe(.createVolume, name)
        return try await base.createVolume(name: name, labels: labels)
    }

    package func inspectVolume(_ name: String) async throws -> VolumeInfo {
        observe(.inspectVolume, name)
        return try await base.inspectVolume(name)
    }

    package func removeVolume(_ name: String) async throws {
        observe(.removeVolume, name)
        try await base.removeVolume(name)
    }

    package func inspectNetwork(_ idOrName: String) async throws -> NetworkInfo {
        observe(.inspectNetwork, idOrName)
        return try await base.inspectNetwork(idOrName)
    }
}
