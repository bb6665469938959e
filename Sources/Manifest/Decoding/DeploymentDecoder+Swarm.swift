import Yams

extension DeploymentDecoder {
    static let placementFields = FieldSet("constraints", "maxPerNode")
    /// The most replicas a deployment may ask for.
    static let maximumReplicas = 1000

    /// `spec.replicas`: how many tasks run (runtime `swarm`); 0 scales the service to none.
    func decodeReplicas(_ node: Node) -> Int? {
        reader.int(node, "spec.replicas", 0...Self.maximumReplicas, what: "a number of replicas")
    }

    /// `spec.placement`: Swarm constraints and a limit of tasks per node.
    func decodePlacement(_ node: Node) -> Placement? {
        guard let fields = reader.mapping(node, "spec.placement", Self.placementFields) else { return nil }
        var placement = Placement.anywhere
        var valid = true
        if let listNode = fields["constraints"] {
            if let items = reader.stringList(listNode, "spec.placement.constraints") {
                for (index, item) in items.enumerated() {
                    if let problem = Placement.constraintProblem(item.value) {
                        sink.report(
                            item.node, "spec.placement.constraints[\(index)]", "\(Shown.quoted(item.value)) \(problem)")
                        valid = false
                    }
                }
                placement.constraints = items.map(\.value)
            } else {
                valid = false
            }
        }
        if let limitNode = fields["maxPerNode"] {
            if let limit = reader.int(
                limitNode, "spec.placement.maxPerNode", 0...Placement.maximumPerNode,
                what: "a number of tasks per node (0 for no limit)")
            {
                placement.maxPerNode = limit
            } else {
                valid = false
            }
        }
        return valid ? placement : nil
    }

    /// Refuses the fields that only the other runtime can honour, each at its key (DESIGN §13): replicas, placement
    /// and Swarm's update settings on `docker`; devices, privileged containers, Docker's bridge and the watch after
    /// cutover on `swarm`, where a fixed host port also allows only one task per node.
    func checkRuntime(_ fields: MappingFields, replicas: Int, placement: Placement, ports: [PortMapping]) {
        switch controller.runtime {
        case .docker:
            var swarmOnly = ["replicas", "placement"].compactMap { name in fields.key(name).map { (name, $0) } }
            if let rolloutNode = fields["rollout"] {
                let rollout = MappingFields(node: rolloutNode, path: "spec.rollout", root: rolloutNode)
                swarmOnly += RolloutPolicy.swarmFields.compactMap { name in
                    rollout.key(name).map { ("rollout." + name, $0) }
                }
            }
            for (name, node) in swarmOnly {
                sink.report(
                    node, "spec." + name,
                    "applies only to runtime: swarm (this controller's runtime is docker; set runtime: swarm in the "
                        + "controller config to run deployments as Swarm services)")
            }
        case .swarm:
            if let node = fields.key("devices") {
                sink.report(node, "spec.devices", "Swarm services cannot map host devices (runtime: swarm)")
            }
            if let node = fields["privileged"], node.scalar?.string == "true" {
                sink.report(node, "spec.privileged", "Swarm services cannot run privileged (runtime: swarm)")
            }
            if let rolloutNode = fields["rollout"] {
                let rollout = MappingFields(node: rolloutNode, path: "spec.rollout", root: rolloutNode)
                for name in RolloutPolicy.dockerFields {
                    guard let node = rollout.key(name) else { continue }
                    sink.report(
                        node, "spec.rollout." + name,
                        "applies only to runtime: docker (the watch after cutover); on a swarm, Swarm watches each "
                            + "updated task for spec.rollout.monitor and rolls back with failureAction: rollback")
                }
            }
            if let node = fields["network"], node.scalar?.string == NetworkMode.bridge.name {
                sink.report(
                    node, "spec.network",
                    "runtime: swarm has no bridge network for services; leave network out to join berth's overlay "
                        + "network \"berth\", or use host or an attachable overlay network's name")
            }
            let fixedPort = ports.firstIndex { $0.host != nil }
            if let index = fixedPort, replicas > 1, placement.maxPerNode != 1 {
                let item = fields["ports"].flatMap { $0.sequence?[index] }
                let node = item.flatMap { MappingFields(node: $0, path: "", root: $0)["host"] } ?? fields.key("ports")
                if let node {
                    sink.report(
                        node, "spec.ports[\(index)].host",
                        "a fixed host port lets only one task run per node, but spec.replicas is \(replicas); set "
                            + "spec.placement.maxPerNode: 1, or leave host out so each task gets a port of its own")
                }
            }
        }
    }
}
