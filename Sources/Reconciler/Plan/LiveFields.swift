package import Drivers
package import Manifest

/// The live fields of a deployment (DESIGN §14): `spec.resources` (cpus, memory) and `spec.restartPolicy`. They are
/// not in the spec hash; berth compares them with what the active generation runs, as its create record says
/// (updated after each in-place change, so no inspect is needed), and applies a difference with the engine's
/// update call, without a restart.
///
/// ```swift
/// let changes = LiveFields(spec: deployment.spec).changes(from: LiveFields(recorded: record.container!)!)
/// // [spec.resources.memory: 64Mi → 128Mi]
/// ```
package struct LiveFields: Sendable, Hashable {
    /// What the record of the active generation says it runs.
    package struct Recorded: Sendable, Hashable {
        package var generation: Int
        package var fields: LiveFields

        package init(generation: Int, fields: LiveFields) {
            self.generation = generation
            self.fields = fields
        }
    }

    /// The fields' paths, as drift findings and plans name them.
    package static let fieldNames: Set<String> = ["spec.resources.cpus", "spec.resources.memory", "spec.restartPolicy"]
    /// `spec.replicas`, a live field of a service on the swarm runtime: compared with the service, not a record.
    package static let replicas = "spec.replicas"

    /// Billionths of a CPU; nil: unlimited.
    package var nanoCPUs: Int?
    /// Bytes; nil: unlimited.
    package var memoryBytes: Int?
    package var restartPolicy: RestartPolicy

    package init(nanoCPUs: Int?, memoryBytes: Int?, restartPolicy: RestartPolicy) {
        self.nanoCPUs = nanoCPUs
        self.memoryBytes = memoryBytes
        self.restartPolicy = restartPolicy
    }

    /// What `spec` asks for.
    package init(spec: DeploymentSpec) {
        self.init(
            nanoCPUs: spec.resources.nanoCPUs, memoryBytes: spec.resources.memoryBytes,
            restartPolicy: spec.restartPolicy)
    }

    /// What a generation's create record says it runs; nil when its restart policy is not one a manifest can name.
    package init?(recorded: RecordedContainer) {
        guard let policy = RestartPolicy(rawValue: recorded.restartPolicy) else { return nil }
        self.init(nanoCPUs: recorded.nanoCPUs, memoryBytes: recorded.memoryBytes, restartPolicy: policy)
    }

    /// The fields where these (desired) differ from `running`, in path order, values as a manifest writes them.
    package func changes(from running: LiveFields) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: String, _ from: String?, _ to: String?) {
            switch (from, to) {
            case (let from?, let to?) where from != to:
                changes.append(FieldChange(field: field, from: from, to: to, kind: .changed))
            case (nil, let to?): changes.append(FieldChange(field: field, from: nil, to: to, kind: .added))
            case (let from?, nil): changes.append(FieldChange(field: field, from: from, to: nil, kind: .removed))
            default: break
            }
        }
        compare(
            "spec.resources.cpus", running.nanoCPUs.map(CanonicalManifest.cpus), nanoCPUs.map(CanonicalManifest.cpus))
        compare(
            "spec.resources.memory", running.memoryBytes.map(CanonicalManifest.memory),
            memoryBytes.map(CanonicalManifest.memory))
        compare("spec.restartPolicy", running.restartPolicy.rawValue, restartPolicy.rawValue)
        return changes
    }

    /// Whether `changes` lift a limit: the engine's update cannot (it reads 0 as "unchanged"), so a new generation
    /// is created instead.
    package static func needsNewContainer(_ changes: [FieldChange]) -> Bool {
        changes.contains { $0.kind == .removed && $0.field.hasPrefix("spec.resources.") }
    }

    /// The limits for the engine's update call.
    package var resourceLimits: ResourceLimits {
        ResourceLimits(cpus: nanoCPUs.map { Double($0) / 1e9 }, memoryBytes: memoryBytes)
    }

    /// The restart policy for the engine, as a new generation's create request sets it.
    package var engineRestartPolicy: ContainerRestartPolicy {
        switch restartPolicy {
        case .no: .no
        case .always: .always
        case .unlessStopped: .unlessStopped
        case .onFailure: .onFailure(maximumRetries: 0)
        }
    }

    /// `record` once these fields were applied to its generation in place: its create request and its manifest say
    /// them, so the record always says what berth last applied (and a rollback restores them).
    /// - Parameter desired: the desired deployment as a canonical document, whose live fields are taken.
    package func applied(to record: GenerationRecord, desired: CanonicalValue) -> GenerationRecord {
        var record = record
        if var container = record.container {
            container.nanoCPUs = nanoCPUs
            container.memoryBytes = memoryBytes
            container.restartPolicy = engineRestartPolicy.recordedName
            container.restartMaximumRetries = 0
            record.container = container
        }
        if case .map(var document) = record.manifest, case .map(var spec)? = document["spec"],
            case .map(let wanted)? = desired["spec"]
        {
            spec["resources"] = wanted["resources"]
            spec["restartPolicy"] = wanted["restartPolicy"]
            document["spec"] = .map(spec)
            record.manifest = .map(document)
        }
        return record
    }

    /// `a: x → y, b: z → w (applied without a restart)`.
    static func describe(_ changes: [FieldChange]) -> String {
        let fields = changes.map { "\($0.field): \($0.from ?? "unlimited") → \($0.to ?? "unlimited")" }
        let how =
            needsNewContainer(changes)
            ? "the engine cannot lift a limit in place: applied by a new generation"
            : "applied without a restart"
        return fields.joined(separator: ", ") + " (\(how))"
    }
}

extension ContainerRestartPolicy {
    /// The name a create record keeps: `no`, `always`, `unless-stopped`, `on-failure`.
    fileprivate var recordedName: String {
        switch self {
        case .no: "no"
        case .always: "always"
        case .unlessStopped: "unless-stopped"
        case .onFailure: "on-failure"
        }
    }
}
