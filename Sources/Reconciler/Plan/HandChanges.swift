/// Fields someone changed by hand on a deployment's active container that only a new container puts back (image,
/// command, env, labels, mounts, files, ...), as the last drift scan of `berth run` found them (DESIGN §13). Only
/// `drift: heal` deployments are handed to the planner with them: there they take a new generation.
package struct HandChanges: Sendable, Hashable {
    /// The container the scan inspected; the changes count only while it is still the active one.
    package var container: String
    /// The scan's field names ("spec.env.LOG_LEVEL", "image", "files:/etc/motd"), sorted.
    package var fields: [String]

    package init(container: String, fields: [String]) {
        self.container = container
        self.fields = fields.sorted()
    }

    /// Whether re-creating the container puts `field` back: not the live fields (updated in place), not its state
    /// or restart count (the planner's own reasons), not a generation without a record, not host findings.
    package static func needsNewContainer(_ field: String) -> Bool {
        !LiveFields.fieldNames.contains(field) && !["state", "restartCount", "record"].contains(field)
            && !field.hasPrefix("host.")
    }
}
