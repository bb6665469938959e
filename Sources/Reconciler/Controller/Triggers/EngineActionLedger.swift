public import Drivers
import Foundation
import Synchronization

/// Remembers the container events berth's own calls will cause (its stops, removes and kills), so the event watcher
/// can tell them from drift (DESIGN §6): an event berth caused is consumed here and ignored; anything else is
/// drift and requeues the deployment.
///
/// A stop causes `die` and `stop`, a remove `die` (when it ran) and `destroy`, a kill `die`. Events are matched by
/// container id or name, each expected event once, and forgotten after ``lifetime`` if it never came (a container
/// that was not running has no `die`).
package final class EngineActionLedger: Sendable {
    private struct Expectation {
        let target: String
        var actions: Set<String>
        let expires: ContinuousClock.Instant
    }

    /// How long an expected event is waited for.
    package static let lifetime = Duration.seconds(600)

    private let expected = Mutex<[Expectation]>([])

    package init() {}

    /// Notes that berth is about to act on `target` (an id or a name) in a way that causes `actions`.
    package func expect(_ actions: Set<String>, from target: String) {
        let now = ContinuousClock.now
        expected.withLock { list in
            list.removeAll { $0.expires < now || $0.actions.isEmpty }
            list.append(Expectation(target: target, actions: actions, expires: now + Self.lifetime))
        }
    }

    /// Drops what was expected from `target`: berth starts it again, so its next `die` is news.
    package func forget(_ target: String) {
        expected.withLock { list in list.removeAll { $0.target == target || Self.sameContainer($0.target, target) } }
    }

    /// Whether berth's own call caused `event`; consumes the expectation it matches.
    package func consume(_ event: EngineEvent) -> Bool {
        let now = ContinuousClock.now
        let name = event.attributes["name"]
        return expected.withLock { list in
            guard
                let index = list.firstIndex(where: { expectation in
                    expectation.expires >= now && expectation.actions.contains(event.action)
                        && (Self.sameContainer(expectation.target, event.actorID) || expectation.target == name)
                })
            else { return false }
            list[index].actions.remove(event.action)
            return true
        }
    }

    /// Ids are matched by prefix either way: berth may hold a short id, the engine reports the full one.
    private static func sameContainer(_ target: String, _ id: String) -> Bool {
        target.count >= 12 && (id.hasPrefix(target) || target.hasPrefix(id))
    }
}

/// A ``ContainerEngine`` that tells an ``EngineActionLedger`` about every stop, remove and kill before forwarding
/// it: how the controller recognises the events its own rollouts, heals and prunes cause.
package struct LedgeredEngine: ContainerEngine {
    let base: any ContainerEngine
    let ledger: EngineActionLedger

    package init(_ base: any ContainerEngine, ledger: EngineActionLedger) {
        self.base = base
        self.ledger = ledger
    }

    package func stopContainer(_ idOrName: String, timeout: Duration?) async throws {
        ledger.expect(["die", "stop"], from: idOrName)
        try await base.stopContainer(idOrName, timeout: timeout)
    }

    package func killContainer(_ idOrName: String, signal: String) async throws {
        ledger.expect(["die"], from: idOrName)
        try await base.killContainer(idOrName, signal: signal)
    }

    package func removeContainer(_ idOrName: String, force: Bool, removeVolumes: Bool) async throws {
        ledger.expect(["die", "destroy"], from: idOrName)
        try await base.removeContainer(idOrName, force: force, removeVolumes: removeVolumes)
    }

    // The rest is forwarded as it is.

    package func listContainers(labels: [String: String]) async throws -> [ContainerSummary] {
        try await base.listContainers(labels: labels)
    }

    package func inspectContainer(_ idOrName: String) async throws -> ContainerDetails {
        try await base.inspectContainer(idOrName)
    }

    package func createContainer(_ spec: ContainerSpec) async throws -> String {
        try await base.createContainer(spec)
    }

    package func startContainer(_ idOrName: String) async throws {
        ledger.forget(idOrName)
        try await base.startContainer(idOrName)
    }

    package func renameContainer(_ idOrName: String, to newName: String) async throws {
        try await base.renameContainer(idOrName, to: newName)
    }

    package func waitContainer(_ idOrName: String) async throws -> Int {
        try await base.waitContainer(idOrName)
    }

    package func containerLogs(_ idOrName: String, options: LogOptions) async throws -> EngineStream<LogLine> {
        try await base.containerLogs(idOrName, options: options)
    }

    package func inspectImage(_ reference: String) async throws -> ImageInfo {
        try await base.inspectImage(reference)
    }

    package func listImages(labels: [String: String]) async throws -> [ImageInfo] {
        try await base.listImages(labels: labels)
    }

    package func removeImage(_ reference: String, force: Bool) async throws {
        try await base.removeImage(reference, force: force)
    }

    package func buildImage(
        context: some AsyncSequence<[UInt8], any Error> & Sendable, options: BuildOptions,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> BuildResult {
        try await base.buildImage(context: context, options: options, progress: progress)
    }

    package func events(_ filter: EventFilter) async throws -> EngineStream<EngineEvent> {
        try await base.events(filter)
    }

    package func createVolume(name: String, labels: [String: String]) async throws -> VolumeInfo {
        try await base.createVolume(name: name, labels: labels)
    }

    package func inspectVolume(_ name: String) async throws -> VolumeInfo {
        try await base.inspectVolume(name)
    }

    package func removeVolume(_ name: String) async throws {
        try await base.removeVolume(name)
    }

    package func inspectNetwork(_ idOrName: String) async throws -> NetworkInfo {
        try await base.inspectNetwork(idOrName)
    }
}
