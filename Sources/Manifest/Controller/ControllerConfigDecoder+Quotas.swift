import Yams

extension ControllerConfigDecoder {
    static let quotaFields = FieldSet("rollouts", "cpus", "memory")

    /// `quotas: {<team>: {rollouts: N, cpus: X, memory: Y}}`: per team (a deployment's `metadata.labels.team`) the
    /// rollouts running at once and the CPU and memory its deployments may declare together. A team needs at least
    /// one limit.
    func decodeQuotas(_ node: Node) -> [String: TeamQuota] {
        guard let entries = reader.entries(node, "quotas") else { return [:] }
        var quotas: [String: TeamQuota] = [:]
        for entry in entries {
            let path = Shown.path("quotas", entry.key)
            if entry.key.isEmpty {
                sink.report(entry.keyNode, path, "a team is named by a deployment's metadata.labels.team; not empty")
            }
            guard let fields = reader.mapping(entry.value, path, Self.quotaFields) else { continue }
            var quota = TeamQuota()
            if let node = fields["rollouts"] {
                quota.rollouts = reader.int(node, fields.path("rollouts"), 1...64, what: "a number of rollouts at once")
            }
            if let node = fields["cpus"] { quota.nanoCPUs = reader.cpus(node, fields.path("cpus")) }
            if let node = fields["memory"] { quota.memoryBytes = reader.memory(node, fields.path("memory")) }
            if !Self.quotaFields.names.contains(where: fields.has) {
                sink.report(
                    entry.value, path, "needs at least one limit: rollouts, cpus or memory (e.g. {rollouts: 1})")
            }
            quotas[entry.key] = quota
        }
        return quotas
    }
}
