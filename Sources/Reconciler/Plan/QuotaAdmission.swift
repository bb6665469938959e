package import Manifest

/// Which deployments fit their team's cpu and memory quota (DESIGN §14). Pure.
///
/// A deployment claims its `spec.resources` once per replica (`spec.replicas`, 1 but on a swarm). Per team with a
/// `cpus` or `memory` quota, the deployments are taken in a fixed order — those that run first,
/// then those that do not, each group by name — and each is admitted while the admitted ones' declared
/// `spec.resources` together stay within the quota. A deployment that does not fit is refused (`Stalled:
/// QuotaExceeded`) and nothing of it changes; one that runs keeps its current generation, whose resources still count
/// against the quota for those after it. Exactly at the quota is within it.
///
/// ```swift
/// let refused = QuotaAdmission.refused([web, api], quotas: config.quotas)
/// // ["web": "team a: memory 768Mi of 512Mi quota (api 512Mi, web 256Mi); web does not fit …"]
/// ```
package enum QuotaAdmission {
    /// One deployment's claim on its team's quota.
    package struct Claim: Sendable, Hashable {
        package var name: String
        package var team: String
        /// What its manifest declares, for all its replicas.
        package var declared: Amount
        /// What its active generation runs, when it runs (its record, or ``declared`` when that is unknown).
        package var running: Amount?

        package init(name: String, team: String, declared: Amount, running: Amount?) {
            self.name = name
            self.team = team
            self.declared = declared
            self.running = running
        }

        /// The claim of `deployment`, when it has a team; `running` is what one replica of its active generation
        /// runs, if one does.
        package init?(_ deployment: Deployment, running: Amount?) {
            guard let team = deployment.labels[TeamQuota.label] else { return nil }
            let replicas = deployment.spec.replicas
            self.init(
                name: deployment.name, team: team, declared: Amount(deployment.spec.resources) * replicas,
                running: running.map { $0 * replicas })
        }
    }

    /// CPUs (billionths) and memory (bytes); an undeclared limit counts as none.
    package struct Amount: Sendable, Hashable {
        package var nanoCPUs: Int
        package var memoryBytes: Int

        package init(nanoCPUs: Int = 0, memoryBytes: Int = 0) {
            self.nanoCPUs = nanoCPUs
            self.memoryBytes = memoryBytes
        }

        package init(_ resources: Resources) {
            self.init(nanoCPUs: resources.nanoCPUs ?? 0, memoryBytes: resources.memoryBytes ?? 0)
        }

        static func + (lhs: Amount, rhs: Amount) -> Amount {
            Amount(nanoCPUs: lhs.nanoCPUs + rhs.nanoCPUs, memoryBytes: lhs.memoryBytes + rhs.memoryBytes)
        }

        static func * (amount: Amount, count: Int) -> Amount {
            Amount(nanoCPUs: amount.nanoCPUs * count, memoryBytes: amount.memoryBytes * count)
        }

        /// Whether this fits `quota`'s cpu and memory limits (a limit the quota leaves out always fits).
        func fits(_ quota: TeamQuota) -> Bool {
            nanoCPUs <= quota.nanoCPUs ?? .max && memoryBytes <= quota.memoryBytes ?? .max
        }
    }

    /// The refused deployments by name, each with why: the team's declared totals against its quota, every
    /// deployment's share, and the order admission follows.
    package static func refused(_ claims: [Claim], quotas: [String: TeamQuota]) -> [String: String] {
        var refused: [String: String] = [:]
        for (team, members) in Dictionary(grouping: claims, by: \.team) {
            guard let quota = quotas[team], quota.nanoCPUs != nil || quota.memoryBytes != nil else { continue }
            let ordered = members.sorted { ($0.running == nil ? 1 : 0, $0.name) < ($1.running == nil ? 1 : 0, $1.name) }
            let declared = ordered.reduce(Amount()) { $0 + $1.declared }
            guard !declared.fits(quota) else { continue }
            let summary = totals(team: team, ordered, total: declared, quota: quota)
            var admitted = Amount()
            for claim in ordered {
                if (admitted + claim.declared).fits(quota) {
                    admitted = admitted + claim.declared
                    continue
                }
                admitted = admitted + (claim.running ?? Amount())
                let keeps = claim.running == nil ? "" : "; its running generation is left as it is"
                refused[claim.name] =
                    "\(summary); \(claim.name) does not fit beside the deployments admitted before it (running ones "
                    + "first, then by name)\(keeps)"
            }
        }
        return refused
    }

    /// `team a: memory 768Mi of 512Mi quota (api 512Mi, web 256Mi)`, with cpus too when the quota limits them.
    private static func totals(team: String, _ claims: [Claim], total: Amount, quota: TeamQuota) -> String {
        var parts: [String] = []
        if let limit = quota.nanoCPUs {
            let each = claims.map { "\($0.name) \(CanonicalManifest.cpus($0.declared.nanoCPUs))" }
            parts.append(
                "cpus \(CanonicalManifest.cpus(total.nanoCPUs)) of \(CanonicalManifest.cpus(limit)) quota "
                    + "(\(each.joined(separator: ", ")))")
        }
        if let limit = quota.memoryBytes {
            let each = claims.map { "\($0.name) \(CanonicalManifest.memory($0.declared.memoryBytes))" }
            parts.append(
                "memory \(CanonicalManifest.memory(total.memoryBytes)) of \(CanonicalManifest.memory(limit)) quota "
                    + "(\(each.joined(separator: ", ")))")
        }
        return "team \(team): " + parts.joined(separator: ", ")
    }
}
