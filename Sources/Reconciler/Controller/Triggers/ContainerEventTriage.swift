import Drivers

/// What a container event of berth's labels asks of the controller (`die`, `stop`, `destroy` or `oom`), before the
/// ledger of berth's own calls is asked whether berth caused it.
enum ContainerEventTriage: Equatable {
    /// The managed router went down: a pass starts it again and puts every route back.
    case router
    /// A container of the deployment's active or previous generations: its deployment is checked again.
    case deployment(String)
    /// Nothing to act on: a build's intermediate container (it carries the image's labels but no generation), or a
    /// Swarm task's container, which Swarm itself replaces; a pass looks at its service.
    case ignored

    /// Swarm's label on every task container.
    static let swarmTaskLabel = "com.docker.swarm.task.id"

    init(_ event: EngineEvent) {
        let attributes = event.attributes
        if attributes[BerthLabel.role] == BerthLabel.Role.router.rawValue {
            self = .router
        } else if attributes[Self.swarmTaskLabel] != nil {
            self = .ignored
        } else if let name = attributes[BerthLabel.deployment], attributes[BerthLabel.generation] != nil {
            self = .deployment(name)
        } else {
            self = .ignored
        }
    }
}
