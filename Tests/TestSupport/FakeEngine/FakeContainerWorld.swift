package import Drivers
import Synchronization

/// The state a fake Docker engine keeps in memory: containers (names, labels, state, image ids, ports), images with
/// labels and volumes. Several ``FakeContainerEngine`` handles share one world, the way a berth killed mid-rollout
/// and the berth restarted after it share one Docker engine.
///
/// ```swift
/// let world = FakeContainerWorld()
/// world.addImage("registry.example.com/web:1")
/// let engine = world.engine()
/// engine.kill(atCall: 7, effect: .happened)      // the process dies in its eighth engine call
/// ... run berth on `engine`, then converge with `world.engine()` ...
/// #expect(world.containers.count == 1)
/// ```
package final class FakeContainerWorld: Sendable {
    private let state = Mutex(FakeWorldState())

    package init() {}

    /// A new handle on this world, with its own call record and faults.
    package func engine() -> FakeContainerEngine { FakeContainerEngine(world: self) }

    /// Every container, in creation order.
    package var containers: [FakeContainer] { state.withLock { $0.containers } }

    package var images: [FakeImage] { state.withLock { $0.images } }

    package var volumes: [VolumeInfo] { state.withLock { Array($0.volumes.values) } }

    /// Adds an image tagged `reference` and `more` (taking the tags from any image that had them).
    @discardableResult
    package func addImage(
        _ reference: String, alsoTagged more: [String] = [], labels: [String: String] = [:],
        behaviour: FakeImage.Behaviour = .serves
    ) -> FakeImage {
        state.withLock { $0.addImage(tags: [reference] + more, labels: labels, behaviour: behaviour) }
    }

    /// Pushes a new image to the registry `reference` names (not onto the engine); returns the digest it got.
    @discardableResult
    package func push(_ reference: String, behaviour: FakeImage.Behaviour = .serves) -> String {
        state.withLock { $0.push(reference, behaviour: behaviour) }
    }

    /// Makes the registry at `host` accept only this login.
    package func requireLogin(_ auth: RegistryAuth, forRegistry host: String) {
        state.withLock { $0.registry.logins[host] = auth }
    }

    /// The logins pulls and digest requests sent, in order (nil where none was sent).
    package var registryLoginsSent: [RegistryAuth?] { state.withLock { $0.registry.loginsSent } }

    /// Adds a container as if someone had created it outside berth; returns its id.
    @discardableResult
    package func addContainer(_ spec: ContainerSpec, running: Bool) throws -> String {
        try state.withLock { world in
            let id = try world.createContainer(spec)
            if running {
                try world.startContainer(id)
            } else {
                world.containers[try world.index(ofContainer: id, "add")].state = .exited
            }
            return id
        }
    }

    /// Changes a container in place, the way `docker update` or a hand edit would (tests of drift).
    package func editContainer(_ idOrName: String, _ body: (inout FakeContainer) -> Void) throws {
        try state.withLock { world in body(&world.containers[try world.index(ofContainer: idOrName, "edit")]) }
    }

    /// Sets the environment defaults of `reference`'s image.
    package func setEnvironment(_ environment: [String: String], ofImage reference: String) throws {
        try state.withLock { world in
            let id = try world.image(reference, "set environment").id
            for index in world.images.indices where world.images[index].id == id {
                world.images[index].environment = environment
            }
        }
    }

    /// Creates a named volume, as `docker volume create` would.
    package func addVolume(_ name: String, labels: [String: String]) {
        state.withLock { _ = $0.createVolume(name: name, labels: labels) }
    }

    /// Changes how containers of `reference`'s image behave from now on.
    package func setBehaviour(_ behaviour: FakeImage.Behaviour, ofImage reference: String) throws {
        try state.withLock { world in
            let id = try world.image(reference, "set behaviour").id
            for index in world.images.indices where world.images[index].id == id {
                world.images[index].behaviour = behaviour
            }
        }
    }

    /// Runs `body` on the state under its lock: one engine call's effect, atomic as Docker's own.
    func mutate<Value: Sendable>(_ body: (inout FakeWorldState) throws -> Value) throws -> Value {
        try state.withLock { try body(&$0) }
    }
}
