package import Drivers
package import Foundation
import Synchronization

/// One handle on a ``FakeContainerWorld``: an in-memory ``ContainerEngine`` (and ``HealthProber``) that records
/// every call, and can throw an engine error at call N or "kill" the process at call N.
///
/// After a kill every call on this handle hangs until its task is cancelled or the handle is buried, then throws, so
/// nothing the dead process would have done after the killing call happens; the world stays as the kill left it for
/// another handle (the restarted berth) to converge. Bury the handle when the test is done with the dead process:
/// its hung calls end, and what they held (history, files, descriptors) is released.
package final class FakeContainerEngine: ContainerEngine, HealthProber, Sendable {
    /// Whether the killing call's effect reached the engine before the process died.
    package enum KillEffect: Sendable {
        /// The engine carried the call out; the process died before it learnt so.
        case happened
        /// The process died before the engine saw the call.
        case didNotHappen
    }

    private struct Control {
        var calls: [FakeEngineCall] = []
        var stopTimeouts: [String: Duration?] = [:]
        var failures: [Int: ContainerEngineError] = [:]
        var kill: (index: Int, effect: KillEffect)?
        var dead = false
        var buried = false
        var deathHandlers: [@Sendable () -> Void] = []
        var buildTime: (duration: Duration, clock: any Clock<Duration>)?
    }

    private enum Decision {
        case proceed
        case fail(ContainerEngineError)
        case die(effect: KillEffect, handlers: [@Sendable () -> Void])
        case hang
    }

    package let world: FakeContainerWorld
    private let control = Mutex(Control())

    init(world: FakeContainerWorld) {
        self.world = world
    }

    // MARK: faults

    /// The calls received so far (a dead handle records no more).
    package var calls: [FakeEngineCall] { control.withLock { $0.calls } }

    /// The timeout of the last stop of each container (by the id or name it was called with); `nil`: the
    /// container's own stop grace period.
    package var stopTimeouts: [String: Duration?] { control.withLock { $0.stopTimeouts } }

    /// Call `index` throws `error` instead of reaching the world.
    package func fail(atCall index: Int, with error: ContainerEngineError) {
        control.withLock { $0.failures[index] = error }
    }

    /// Builds run `duration` on `clock` before their image appears, like a Dockerfile step that sleeps; a build
    /// cancelled meanwhile throws `CancellationError` and makes no image.
    package func buildsTake(_ duration: Duration, on clock: any Clock<Duration>) {
        control.withLock { $0.buildTime = (duration, clock) }
    }

    /// The process dies in call `index`.
    package func kill(atCall index: Int, effect: KillEffect) {
        control.withLock { $0.kill = (index, effect) }
    }

    /// The process dies now, outside any engine call (in a call to the router, say): every later call on this
    /// handle hangs, and the death handlers run.
    package func die() {
        let handlers = control.withLock { control -> [@Sendable () -> Void] in
            guard !control.dead else { return [] }
            control.dead = true
            defer { control.deathHandlers = [] }
            return control.deathHandlers
        }
        for handler in handlers { handler() }
    }

    /// Whether the process has died.
    package var isDead: Bool { control.withLock { $0.dead } }

    /// Runs `handler` when the process dies (at once when it has).
    package func onDeath(_ handler: @escaping @Sendable () -> Void) {
        let deadAlready = control.withLock { control in
            if !control.dead { control.deathHandlers.append(handler) }
            return control.dead
        }
        if deadAlready { handler() }
    }

    /// An error like the ones a failing engine answers with.
    package static func failure(_ message: String = "the engine failed (injected)") -> ContainerEngineError {
        ContainerEngineError(code: .failed, request: "fake engine", message: message)
    }

    /// Records the call, then fails, dies, hangs or carries out `effect` on the world.
    private func call<Value: Sendable>(
        _ operation: String, _ target: String, _ effect: (inout FakeWorldState) throws -> Value
    ) async throws -> Value {
        let decision = control.withLock { control -> Decision in
            guard !control.dead else { return .hang }
            let index = control.calls.count
            control.calls.append(FakeEngineCall(index: index, operation: operation, target: target))
            if let kill = control.kill, kill.index == index {
                control.dead = true
                defer { control.deathHandlers = [] }
                return .die(effect: kill.effect, handlers: control.deathHandlers)
            }
            return control.failures[index].map(Decision.fail) ?? .proceed
        }
        switch decision {
        case .proceed:
            return try world.mutate(effect)
        case .fail(let error):
            throw error
        case .die(let killEffect, let handlers):
            if killEffect == .happened { _ = try? world.mutate(effect) }
            for handler in handlers { handler() }
            try await hang()
        case .hang:
            try await hang()
        }
    }

    /// A call of the dead process: suspends until its task is cancelled or the handle is buried, then throws
    /// `CancellationError`.
    package func hang() async throws -> Never {
        while !control.withLock({ $0.buried }) { try await Task.sleep(for: .milliseconds(20)) }
        throw CancellationError()
    }

    /// Ends the dead process's hung calls (they throw); call once the test no longer looks at what it left.
    package func bury() {
        control.withLock { $0.buried = true }
    }

    // MARK: ContainerEngine

    package func listContainers(labels: [String: String]) async throws -> [ContainerSummary] {
        try await call("listContainers", labels.keys.sorted().joined(separator: ",")) {
            $0.listContainers(labels: labels)
        }
    }

    package func inspectContainer(_ idOrName: String) async throws -> ContainerDetails {
        try await call("inspectContainer", idOrName) { try $0.inspectContainer(idOrName) }
    }

    package func createContainer(_ spec: ContainerSpec) async throws -> String {
        try await call("createContainer", spec.name) { try $0.createContainer(spec) }
    }

    package func startContainer(_ idOrName: String) async throws {
        try await call("startContainer", idOrName) { try $0.startContainer(idOrName) }
    }

    package func stopContainer(_ idOrName: String, timeout: Duration?) async throws {
        control.withLock { $0.stopTimeouts[idOrName] = .some(timeout) }
        try await call("stopContainer", idOrName) { try $0.stopContainer(idOrName) }
    }

    package func killContainer(_ idOrName: String, signal: String) async throws {
        try await call("killContainer", idOrName) { try $0.killContainer(idOrName) }
    }

    package func removeContainer(_ idOrName: String, force: Bool, removeVolumes: Bool) async throws {
        try await call("removeContainer", idOrName) { try $0.removeContainer(idOrName, force: force) }
    }

    package func renameContainer(_ idOrName: String, to newName: String) async throws {
        try await call("renameContainer", "\(idOrName) → \(newName)") {
            try $0.renameContainer(idOrName, to: newName)
        }
    }

    /// The exit code of a container that is not running; a running one throws (nothing in the fake ever exits on
    /// its own after starting).
    package func waitContainer(_ idOrName: String) async throws -> Int {
        try await call("waitContainer", idOrName) { world in
            let details = try world.inspectContainer(idOrName)
            guard !details.isRunning else {
                throw FakeWorldState.error(
                    .failed, "wait \(idOrName)", "the fake engine cannot wait for a running container")
            }
            return details.exitCode
        }
    }

    /// No container in the fake writes output.
    package func containerLogs(_ idOrName: String, options: LogOptions) async throws -> EngineStream<LogLine> {
        try await call("containerLogs", idOrName) { world in
            _ = try world.inspectContainer(idOrName)
            return EngineStream(AsyncThrowingStream<LogLine, any Error> { $0.finish() })
        }
    }

    /// Keeps the files on the container (``FakeContainer/files``, by full path).
    package func copyFiles(_ files: [String: Data], into directory: String, of container: String) async throws {
        try await call("copyFiles", "\(container):\(directory)") {
            try $0.copyFiles(files, into: directory, of: container)
        }
    }

    /// Sets the container's limits (those given; nil keeps what it has, as the engine does) and restart policy.
    package func updateContainer(
        _ idOrName: String, resources: ResourceLimits, restartPolicy: ContainerRestartPolicy
    ) async throws {
        try await call("updateContainer", idOrName) {
            try $0.updateContainer(idOrName, resources: resources, restartPolicy: restartPolicy)
        }
    }

    package func containerChanges(_ idOrName: String) async throws -> [FilesystemChange] {
        try await call("containerChanges", idOrName) {
            $0.containers[try $0.index(ofContainer: idOrName, "changes \(idOrName)")].changes
        }
    }

    package func inspectImage(_ reference: String) async throws -> ImageInfo {
        try await call("inspectImage", reference) {
            FakeWorldState.info(try $0.image(reference, "inspect \(reference)"))
        }
    }

    package func listImages(labels: [String: String]) async throws -> [ImageInfo] {
        try await call("listImages", labels.keys.sorted().joined(separator: ",")) { $0.listImages(labels: labels) }
    }

    package func removeImage(_ reference: String, force: Bool) async throws {
        try await call("removeImage", reference) { try $0.removeImage(reference, force: force) }
    }

    /// Builds nothing (after ``buildsTake(_:on:)``'s time, if set): tags a new image with `options.tags` and
    /// `options.labels`, without reading the context.
    package func buildImage(
        context: some AsyncSequence<[UInt8], any Error> & Sendable, options: BuildOptions,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> BuildResult {
        if let time = control.withLock({ $0.buildTime }) { try await time.clock.sleep(for: time.duration) }
        return try await call("buildImage", options.tags.joined(separator: ",")) { world in
            let image = world.addImage(tags: options.tags, labels: options.labels, behaviour: .serves)
            return BuildResult(imageID: image.id, logTail: [])
        }
    }

    /// Pulls from the world's registry: one progress line per layer state, like the real engine's condensed output.
    package func pullImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> ImageInfo {
        let image = try await call("pullImage", reference) { try $0.pull(reference, auth: auth) }
        progress("\(image.id.dropFirst(7).prefix(12)): Pull complete")
        return FakeWorldState.info(image)
    }

    package func registryDigest(of reference: String, auth: RegistryAuth?) async throws -> String {
        try await call("registryDigest", reference) { try $0.registryDigest(of: reference, auth: auth) }
    }

    /// The fake publishes no events: the stream ends at once.
    package func events(_ filter: EventFilter) async throws -> EngineStream<EngineEvent> {
        try await call("events", filter.types.joined(separator: ",")) { _ in
            EngineStream(AsyncThrowingStream<EngineEvent, any Error> { $0.finish() })
        }
    }

    package func createVolume(name: String, labels: [String: String]) async throws -> VolumeInfo {
        try await call("createVolume", name) { $0.createVolume(name: name, labels: labels) }
    }

    package func listVolumes(labels: [String: String]) async throws -> [VolumeInfo] {
        try await call("listVolumes", labels.keys.sorted().joined(separator: ",")) { $0.listVolumes(labels: labels) }
    }

    package func inspectVolume(_ name: String) async throws -> VolumeInfo {
        try await call("inspectVolume", name) { try $0.inspectVolume(name) }
    }

    package func removeVolume(_ name: String) async throws {
        try await call("removeVolume", name) { try $0.removeVolume(name) }
    }

    package func inspectNetwork(_ idOrName: String) async throws -> NetworkInfo {
        try await call("inspectNetwork", idOrName) { _ in
            guard ["bridge", "host", "none"].contains(idOrName) else {
                throw FakeWorldState.error(.notFound, "inspect network \(idOrName)", "network \(idOrName) not found")
            }
            return NetworkInfo(
                id: idOrName, name: idOrName, driver: idOrName == "none" ? "null" : idOrName,
                scope: "local", labels: [:])
        }
    }

    // MARK: HealthProber

    /// Passes when a running container whose image serves holds `port`; a dead process's probe never returns
    /// until cancelled.
    package func check(_ probe: HealthProbe, host: String, port: Int, timeout: Duration) async -> HealthProbe.Outcome {
        do {
            let answers = try await call("probe", "\(host):\(port)") { $0.answersProbe(onPort: port) }
            return answers ? .passed : .failed("connect \(host):\(port): connection refused")
        } catch {
            return .failed("\(error)")
        }
    }
}
