package import Drivers
package import Foundation

/// One call berth makes to the engine: which method, and the container or image it names (when one).
package struct EngineCall: Sendable, Hashable {
    package enum Method: String, Sendable, Hashable, CaseIterable {
        case listContainers, inspectContainer, createContainer, startContainer, stopContainer, killContainer
        case removeContainer, renameContainer, waitContainer, containerLogs, copyFiles, inspectImage, listImages
        case removeImage
        case buildImage, pullImage, registryDigest, events, createVolume, inspectVolume, removeVolume, inspectNetwork
        /// Limits and restart policy changed in place: causes only an `update` event, which is not drift.
        case updateContainer
        case containerChanges, listVolumes
    }

    package let method: Method
    package let target: String?

    package init(method: Method, target: String?) {
        self.method = method
        self.target = target
    }
}

/// A ``ContainerEngine`` that reports every call to `observer` and then forwards it, taking a slot of
/// ``EngineSlots`` for it when given: how the controller learns which events its own calls cause
/// (``EngineActionLedger``), how the benches count engine calls, and how berth bounds the engine work in flight.
package struct ObservedEngine: ContainerEngine {
    let base: any ContainerEngine
    let slots: EngineSlots?
    let observer: @Sendable (EngineCall) -> Void

    /// - Parameter slots: bounds on calls in flight and builds; nil forwards every call at once.
    package init(
        _ base: any ContainerEngine, slots: EngineSlots? = nil,
        observer: @escaping @Sendable (EngineCall) -> Void = { _ in }
    ) {
        self.base = base
        self.slots = slots
        self.observer = observer
    }

    private func forward<Value>(
        _ method: EngineCall.Method, _ target: String? = nil, _ call: () async throws -> Value
    ) async throws -> Value {
        observer(EngineCall(method: method, target: target))
        guard let slots = slots?.slots(for: method) else { return try await call() }
        return try await slots.run(call)
    }

    package func listContainers(labels: [String: String]) async throws -> [ContainerSummary] {
        try await forward(.listContainers) { try await base.listContainers(labels: labels) }
    }

    package func inspectContainer(_ idOrName: String) async throws -> ContainerDetails {
        try await forward(.inspectContainer, idOrName) { try await base.inspectContainer(idOrName) }
    }

    package func createContainer(_ spec: ContainerSpec) async throws -> String {
        try await forward(.createContainer) { try await base.createContainer(spec) }
    }

    package func startContainer(_ idOrName: String) async throws {
        try await forward(.startContainer, idOrName) { try await base.startContainer(idOrName) }
    }

    package func stopContainer(_ idOrName: String, timeout: Duration?) async throws {
        try await forward(.stopContainer, idOrName) { try await base.stopContainer(idOrName, timeout: timeout) }
    }

    package func killContainer(_ idOrName: String, signal: String) async throws {
        try await forward(.killContainer, idOrName) { try await base.killContainer(idOrName, signal: signal) }
    }

    package func removeContainer(_ idOrName: String, force: Bool, removeVolumes: Bool) async throws {
        try await forward(.removeContainer, idOrName) {
            try await base.removeContainer(idOrName, force: force, removeVolumes: removeVolumes)
        }
    }

    package func renameContainer(_ idOrName: String, to newName: String) async throws {
        try await forward(.renameContainer, idOrName) { try await base.renameContainer(idOrName, to: newName) }
    }

    package func waitContainer(_ idOrName: String) async throws -> Int {
        try await forward(.waitContainer, idOrName) { try await base.waitContainer(idOrName) }
    }

    package func containerLogs(_ idOrName: String, options: LogOptions) async throws -> EngineStream<LogLine> {
        try await forward(.containerLogs, idOrName) { try await base.containerLogs(idOrName, options: options) }
    }

    package func copyFiles(_ files: [String: Data], into directory: String, of container: String) async throws {
        try await forward(.copyFiles, container) { try await base.copyFiles(files, into: directory, of: container) }
    }

    package func updateContainer(
        _ idOrName: String, resources: ResourceLimits, restartPolicy: ContainerRestartPolicy
    ) async throws {
        try await forward(.updateContainer, idOrName) {
            try await base.updateContainer(idOrName, resources: resources, restartPolicy: restartPolicy)
        }
    }

    package func containerChanges(_ idOrName: String) async throws -> [FilesystemChange] {
        try await forward(.containerChanges, idOrName) { try await base.containerChanges(idOrName) }
    }

    package func inspectImage(_ reference: String) async throws -> ImageInfo {
        try await forward(.inspectImage, reference) { try await base.inspectImage(reference) }
    }

    package func listImages(labels: [String: String]) async throws -> [ImageInfo] {
        try await forward(.listImages) { try await base.listImages(labels: labels) }
    }

    package func removeImage(_ reference: String, force: Bool) async throws {
        try await forward(.removeImage, reference) { try await base.removeImage(reference, force: force) }
    }

    package func buildImage(
        context: some AsyncSequence<[UInt8], any Error> & Sendable, options: BuildOptions,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> BuildResult {
        try await forward(.buildImage) {
            try await base.buildImage(context: context, options: options, progress: progress)
        }
    }

    package func pullImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> ImageInfo {
        try await forward(.pullImage, reference) {
            try await base.pullImage(reference, auth: auth, progress: progress)
        }
    }

    package func registryDigest(of reference: String, auth: RegistryAuth?) async throws -> String {
        try await forward(.registryDigest, reference) { try await base.registryDigest(of: reference, auth: auth) }
    }

    package func events(_ filter: EventFilter) async throws -> EngineStream<EngineEvent> {
        try await forward(.events) { try await base.events(filter) }
    }

    package func createVolume(name: String, labels: [String: String]) async throws -> VolumeInfo {
        try await forward(.createVolume, name) { try await base.createVolume(name: name, labels: labels) }
    }

    package func inspectVolume(_ name: String) async throws -> VolumeInfo {
        try await forward(.inspectVolume, name) { try await base.inspectVolume(name) }
    }

    package func listVolumes(labels: [String: String]) async throws -> [VolumeInfo] {
        try await forward(.listVolumes) { try await base.listVolumes(labels: labels) }
    }

    package func removeVolume(_ name: String) async throws {
        try await forward(.removeVolume, name) { try await base.removeVolume(name) }
    }

    package func inspectNetwork(_ idOrName: String) async throws -> NetworkInfo {
        try await forward(.inspectNetwork, idOrName) { try await base.inspectNetwork(idOrName) }
    }
}

/// How much engine work berth lets run at once (DESIGN §14): calls in flight, and builds apart from them. Waiting
/// on the engine for a container to stop (its grace period), to exit, or for logs and events holds no slot.
package struct EngineSlots: Sendable {
    /// Engine calls in flight.
    package let calls: Slots
    /// Image builds and pulls at once: both are long, and both load the disk (a pull unpacks its layers).
    package let builds: Slots

    /// The default for calls in flight: enough to keep the engine busy, few enough not to swamp it.
    package static let defaultCalls = 16

    package init(calls: Int = defaultCalls, builds: Int) {
        self.calls = Slots(calls)
        self.builds = Slots(builds)
    }

    /// The slots a call of `method` takes, or nil when it only waits.
    func slots(for method: EngineCall.Method) -> Slots? {
        switch method {
        case .buildImage, .pullImage: builds
        case .stopContainer, .waitContainer, .containerLogs, .events: nil
        default: calls
        }
    }
}
