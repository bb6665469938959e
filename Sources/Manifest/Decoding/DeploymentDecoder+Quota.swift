import Yams

extension DeploymentDecoder {
    /// A deployment of a team with a cpu or memory quota must declare what the quota counts (DESIGN §14): each
    /// missing field is reported at `spec.resources`, or at `spec` when there is no `spec.resources`.
    /// - Parameters:
    ///   - resources: what `spec.resources` declared; nil when it is absent or was reported invalid already.
    func checkQuotaResources(_ fields: MappingFields, resources: Resources?, labels: [String: String]?) {
        guard let team = labels?[TeamQuota.label], let quota = controller.quotas[team] else { return }
        if fields.has("resources") && resources == nil { return }
        let declared = (resources?.nanoCPUs == nil ? [] : ["cpus"]) + (resources?.memoryBytes == nil ? [] : ["memory"])
        let node = fields["resources"] ?? fields.node
        for field in quota.requiredResources where !declared.contains(field) {
            let example = field == "cpus" ? "cpus: 0.5" : "memory: 256Mi"
            sink.report(
                node, "spec.resources.\(field)",
                "is required: team \(Shown.quoted(team)) has a \(field) quota (quotas.\(team).\(field) in the "
                    + "controller config), so each of its deployments declares it (e.g. \(example))")
        }
    }
}
