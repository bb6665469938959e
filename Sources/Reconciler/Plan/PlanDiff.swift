package import Drivers
import Manifest

/// The details of an `update` (DESIGN §4, §11): the desired deployment against the record of the active
/// generation. Pure: the caller reads the record and counts the commits.
///
/// ```swift
/// let details = PlanDiff.details(desired: resolved, active: container, record: record, distance: distance)
/// for change in details.changes ?? [] { print(change.field) }   // spec.env.LOG_LEVEL
/// ```
package enum PlanDiff {
    /// The fields where `desired` differs from `recorded`, both canonical manifest documents, in path order.
    /// `spec.secretEnv` values are compared by their sealed text and never shown.
    package static func changes(from recorded: CanonicalValue, to desired: CanonicalValue) -> [FieldChange] {
        let old = Dictionary(recorded.leaves(under: "").map { ($0.path, $0.value) }) { first, _ in first }
        let new = Dictionary(desired.leaves(under: "").map { ($0.path, $0.value) }) { first, _ in first }
        return Set(old.keys).union(new.keys).sorted().compactMap { path in
            let sealed = path.hasPrefix("spec.secretEnv.")
            let shown = { (value: CanonicalValue?) in sealed ? nil : value?.shown }
            switch (old[path], new[path]) {
            case (let before?, let after?) where before != after:
                return FieldChange(field: path, from: shown(before), to: shown(after), kind: .changed, sealed: sealed)
            case (nil, let after?):
                return FieldChange(field: path, from: nil, to: shown(after), kind: .added, sealed: sealed)
            case (let before?, nil):
                return FieldChange(field: path, from: shown(before), to: nil, kind: .removed, sealed: sealed)
            default:
                return nil
            }
        }
    }

    /// What updating `active` to `desired` changes. `record` is the active generation's (nil when it has none);
    /// `distance` counts the commits from its app commit to the desired one, when both are in the mirror.
    package static func details(
        desired: ResolvedDeployment, active: ActualContainer, record: GenerationRecord?, distance: CommitDistance?,
        routed: Bool = false
    ) -> UpdateDetails {
        let spec = desired.deployment.spec
        var commits: UpdateDetails.Commits?
        var image: UpdateDetails.ImageChange?
        if desired.source != nil {
            if active.commit != desired.appCommit, !active.commit.isEmpty {
                commits = .init(
                    from: active.commit, to: desired.appCommit, count: distance?.ahead, behind: distance?.behind ?? 0
                )
            }
            if let built = record?.container?.image, built != desired.image {
                image = .init(from: built, to: desired.image)
            }
        } else if active.commit != desired.appCommit {
            // A prebuilt image: `berth.commit` holds the image id its reference named when it was created.
            image = .init(from: active.commit, to: desired.appCommit)
        }
        var reason: String?
        if spec.strategy == .stopFirst {
            reason =
                fixedPort(spec).map { "\($0) fixes a host port, so two generations cannot run at once" }
                ?? "spec.strategy is stop-first"
        }
        var details = UpdateDetails(
            activeGeneration: active.generation, fromHash: active.specHash, toHash: desired.specHash,
            changes: record.map { changes(from: $0.manifest, to: CanonicalManifest.document(desired.deployment)) },
            commits: commits, image: image, strategy: spec.strategy,
            downtime: spec.strategy == .stopFirst && active.state == .running, stopFirstReason: reason
        )
        details.traffic =
            if routed, let route = spec.route {
                .routed("\(route.host)\(route.path)")
            } else if fixedPort(spec) != nil {
                .fixedPort
            } else {
                .addressChanges
            }
        return details
    }

    /// The field that fixes a host port (`spec.ports[0].host: 8080`), if one does.
    private static func fixedPort(_ spec: DeploymentSpec) -> String? {
        if spec.network == .host, let first = spec.ports.first {
            return "spec.ports[0].container: \(first.container) with network: host"
        }
        guard let index = spec.ports.firstIndex(where: { $0.host != nil }) else { return nil }
        return "spec.ports[\(index)].host: \(spec.ports[index].host!)"
    }
}
