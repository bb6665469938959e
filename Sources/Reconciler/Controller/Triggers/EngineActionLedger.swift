package import Drivers
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

    /// Notes the events `call` will cause; what an ``ObservedEngine`` of the controller reports here.
    package func record(_ call: EngineCall) {
        guard let target = call.target else { return }
        switch call.method {
        case .stopContainer: expect(["die", "stop"], from: target)
        case .killContainer: expect(["die"], from: target)
        case .removeContainer: expect(["die", "destroy"], from: target)
        case .startContainer: forget(target)
        // An in-place update (limits, restart policy) causes an `update` event only, which the watcher does not
        // watch: nothing to expect.
        case .updateContainer: break
        default: break
        }
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

