package import Manifest

/// What the config repository asks for one deployment, reduced to what planning compares.
package struct DesiredDeployment: Sendable, Hashable {
    package var name: String
    /// The spec hash including build inputs (DESIGN §2): what "changed" means.
    package var specHash: String
    package var suspended: Bool
    /// The image the hash's build produced or the manifest names, when already known locally.
    package var expectedImageID: String?
    /// `spec.route`, when the deployment declares one: what the router must send to its active generation.
    package var route: Route?
    /// `spec.resources` and `spec.restartPolicy`, compared with the active generation's record; nil: not compared.
    package var liveFields: LiveFields?
    /// `spec.replicas`: compared with a service's task count on the swarm runtime (a live field there: scaling
    /// restarts nothing).
    package var replicas: Int

    package init(
        name: String, specHash: String, suspended: Bool = false, expectedImageID: String? = nil, route: Route? = nil,
        liveFields: LiveFields? = nil, replicas: Int = 1
    ) {
        self.replicas = replicas
        self.liveFields = liveFields
        self.name = name
        self.route = route
        self.specHash = specHash
        self.suspended = suspended
        self.expectedImageID = expectedImageID
    }
}
