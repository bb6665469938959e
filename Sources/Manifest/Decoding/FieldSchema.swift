/// Every mapping the decoders check, as a dotted path pattern with the fields it accepts: what docs/manifest.md
/// and docs/controller.md must describe.
///
/// A pattern segment `[]` stands for a list index, `<name>` for a key the user chooses. A decoder that checks a
/// mapping against a ``FieldSet`` missing from this table trips an assertion in debug builds, so a field cannot be
/// added without the docs test seeing it.
package enum FieldSchema {
    /// One mapping: where it is and the fields it accepts.
    package struct Mapping: Sendable {
        package let path: String
        package let fields: [String]

        init(_ path: String, _ fields: FieldSet) {
            self.path = path
            self.fields = fields.names
        }

        /// Each accepted field as a dotted path: `spec.ports[].host`.
        package var fieldPaths: [String] { fields.map { path.isEmpty ? $0 : "\(path).\($0)" } }
    }

    /// The mappings of a `kind: Deployment` document.
    package static let manifest: [Mapping] = [
        Mapping("", DeploymentDecoder.rootFields),
        Mapping("metadata", DeploymentDecoder.metadataFields),
        Mapping("spec", DeploymentDecoder.specFields),
        Mapping("spec.source", DeploymentDecoder.sourceFields),
        Mapping("spec.build", DeploymentDecoder.buildFields),
        Mapping("spec.review", DeploymentDecoder.reviewFields),
        Mapping("spec.ports[]", DeploymentDecoder.portFields),
        Mapping("spec.volumes[]", DeploymentDecoder.volumeFields),
        Mapping("spec.resources", DeploymentDecoder.resourceFields),
        Mapping("spec.health", DeploymentDecoder.healthFields),
        Mapping("spec.health.http", DeploymentDecoder.httpProbeFields),
        Mapping("spec.health.tcp", DeploymentDecoder.tcpProbeFields),
        Mapping("spec.route", DeploymentDecoder.routeFields),
        Mapping("spec.rollout", DeploymentDecoder.rolloutFields),
        Mapping("spec.drift", DeploymentDecoder.driftFields),
        Mapping("spec.placement", DeploymentDecoder.placementFields),
    ]

    /// The mappings of a `kind: Controller` document.
    package static let controller: [Mapping] = [
        Mapping("", ControllerConfigDecoder.rootFields),
        Mapping("configRepo", ControllerConfigDecoder.configRepoFields),
        Mapping("docker", ControllerConfigDecoder.dockerFields),
        Mapping("docker.tls", ControllerConfigDecoder.tlsFields),
        Mapping("webhook", ControllerConfigDecoder.webhookFields),
        Mapping("api", ControllerConfigDecoder.apiFields),
        Mapping("forge", ControllerConfigDecoder.forgeFields),
        Mapping("reviewers.<name>", ControllerConfigDecoder.reviewerFields),
        Mapping("review", ControllerConfigDecoder.reviewFields),
        Mapping("router", ControllerConfigDecoder.routerFields),
        Mapping("router.listen", ControllerConfigDecoder.routerListenFields),
        Mapping("router.tls", ControllerConfigDecoder.routerTLSFields),
        Mapping("ports", ControllerConfigDecoder.portsFields),
        Mapping("secrets", ControllerConfigDecoder.secretsFields),
        Mapping("quotas.<team>", ControllerConfigDecoder.quotaFields),
        Mapping("policy", ControllerConfigDecoder.policyFields),
        Mapping("prune", ControllerConfigDecoder.pruneFields),
        Mapping("drift", ControllerConfigDecoder.driftFields),
        Mapping("dashboard", ControllerConfigDecoder.dashboardFields),
        Mapping("limits", ControllerConfigDecoder.limitsFields),
        Mapping("credentials.<name>", ControllerConfigDecoder.credentialFields),
        Mapping("registries.<host>", ControllerConfigDecoder.registryFields),
        Mapping("registry", ControllerConfigDecoder.pushRegistryFields),
        Mapping("stacks.<stack>", ControllerConfigDecoder.stackFields),
        Mapping("previews", ControllerConfigDecoder.previewsFields),
        Mapping("notify[]", ControllerConfigDecoder.notifyFields),
        Mapping("notify[].smtp", ControllerConfigDecoder.smtpFields),
    ]

    /// The mappings of a compose file (docs/compose.md). `x-berth`'s blocks are the manifest's `spec` fields of the
    /// same names.
    package static let compose: [Mapping] = [
        Mapping("", ComposeDecoder.rootFields),
        Mapping("x-berth", ComposeDecoder.defaultFields),
        Mapping("services.<service>", ComposeServiceTranslator.serviceFields),
        Mapping("services.<service>.x-berth", ComposeServiceTranslator.berthFields),
        Mapping("services.<service>.build", ComposeServiceTranslator.buildFields),
        Mapping("services.<service>.ports[]", ComposeServiceTranslator.portFields),
        Mapping("services.<service>.volumes[]", ComposeServiceTranslator.volumeFields),
        Mapping("services.<service>.healthcheck", ComposeServiceTranslator.healthFields),
        Mapping("services.<service>.deploy", ComposeServiceTranslator.deployFields),
        Mapping("services.<service>.deploy.resources", ComposeServiceTranslator.deployResourceFields),
        Mapping("services.<service>.deploy.resources.limits", ComposeServiceTranslator.limitFields),
        Mapping("services.<service>.depends_on.<service>", ComposeServiceTranslator.dependencyFields),
    ]

    /// Whether a decoder's field set is listed here (checked by ``NodeReader/mapping(_:_:_:)`` in debug builds).
    static func lists(_ fields: FieldSet) -> Bool {
        (manifest + controller + compose).contains { $0.fields == fields.names }
    }
}
