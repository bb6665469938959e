public import Manifest

/// A plan with everything needed to carry it out: desired state read, sources resolved, actual state listed.
public struct PassPlan: Sendable {
    /// The config commit desired state was read at (`local` for a directory).
    public let configCommit: String
    public let plan: Plan
    /// Resolved deployments by name.
    public let resolved: [String: ResolvedDeployment]
    /// Every managed container, as listed.
    public let actual: [ActualContainer]
    /// Errors of documents whose deployment name could not be read (they cannot have a plan entry).
    public let unnamedInvalid: [Diagnostic]
    /// Pins the config repository has moved past: the deployment's manifest changed since the rollback.
    public let stalePins: [String]

    /// The highest generation Docker shows for `deployment`, candidates included.
    func highestGeneration(of deployment: String) -> Int {
        actual.filter { $0.deployment == deployment }.map(\.generation).max() ?? 0
    }

    /// Host ports berth containers claim.
    var claimedPorts: Set<Int> { Set(actual.compactMap(\.port)) }
}
