/// One team's share of the host (`quotas.<team>`, DESIGN §14), the team being a deployment's
/// `metadata.labels.team`; deployments without that label are not limited.
///
/// ```yaml
/// quotas:
///   storefront: {rollouts: 1, cpus: 2, memory: 1Gi}
/// ```
package struct TeamQuota: Sendable, Hashable {
    /// The label naming a deployment's team.
    package static let label = "team"

    /// Rollouts of the team's deployments running at once; the rest wait (`QuotaWait`). `nil`: not limited.
    package var rollouts: Int?
    /// The most CPUs, in billionths, that the team's deployments may declare in `spec.resources.cpus` together.
    package var nanoCPUs: Int?
    /// The most memory, in bytes, that the team's deployments may declare in `spec.resources.memory` together.
    package var memoryBytes: Int?

    package init(rollouts: Int? = nil, nanoCPUs: Int? = nil, memoryBytes: Int? = nil) {
        self.rollouts = rollouts
        self.nanoCPUs = nanoCPUs
        self.memoryBytes = memoryBytes
    }

    /// The `spec.resources` fields a deployment of this team must declare: those its quota limits.
    package var requiredResources: [String] {
        (nanoCPUs == nil ? [] : ["cpus"]) + (memoryBytes == nil ? [] : ["memory"])
    }
}
