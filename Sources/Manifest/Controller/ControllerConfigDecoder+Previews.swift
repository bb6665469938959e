import Yams

extension ControllerConfigDecoder {
    static let previewsFields = FieldSet("enabled", "from", "ttl", "hostTemplate", "secrets")

    /// `previews: {enabled: true, from: pullRequests, ttl: 72h, hostTemplate: "{pr}-{name}.preview.example.com",
    /// secrets: none}`; nil when `enabled` is false or left out (the other fields are checked all the same).
    func decodePreviews(_ node: Node, router: RouterConfig) -> PreviewSettings? {
        guard let fields = reader.mapping(node, "previews", Self.previewsFields) else { return nil }
        var enabled = false
        if let value = fields["enabled"], let flag = reader.bool(value, "previews.enabled") { enabled = flag }
        var settings = PreviewSettings(hostTemplate: "")
        if let value = fields["from"], let from = reader.string(value, "previews.from") {
            settings.from = from == "pullRequests" ? .pullRequests : .branches(Glob(from, separator: "/"))
        }
        if let value = fields["ttl"], let ttl = reader.duration(value, "previews.ttl") { settings.ttl = ttl }
        if let value = fields["secrets"], let secrets = reader.string(value, "previews.secrets") {
            switch secrets {
            case "inherit": settings.inheritsSecrets = true
            case "none": settings.inheritsSecrets = false
            default:
                sink.report(
                    value, "previews.secrets",
                    "\(Shown.value(secrets)) is not a choice (inherit: a preview opens its parent's sealed values; "
                        + "none: it starts without them)")
            }
        }
        if let value = fields["hostTemplate"], let template = reader.string(value, "previews.hostTemplate") {
            if let problem = Self.hostTemplateProblem(template) {
                sink.report(value, "previews.hostTemplate", problem)
            }
            settings.hostTemplate = template
        } else if enabled {
            reader.missing(
                fields, "hostTemplate", "the router host of each preview, e.g. \"{pr}-{name}.preview.example.com\"")
        }
        if enabled, router == .none, let value = fields["enabled"] {
            sink.report(
                value, "previews.enabled",
                "previews are reached through the router at their templated host; configure router (type: caddy)")
        }
        return enabled ? settings : nil
    }

    /// What is wrong with `template` as `previews.hostTemplate`; nil when it makes a host name for every preview.
    static func hostTemplateProblem(_ template: String) -> String? {
        guard template.contains("{pr}") else {
            return "\(Shown.value(template)) has no {pr}, so every pull request's preview would share one host"
        }
        let sample = PreviewSettings.host(template, number: 12, parent: "web")
        guard Names.isHostName(sample) else {
            return "\(Shown.value(template)) does not make a host name (for pull request 12 of web it makes "
                + "\(Shown.value(sample))); use lower-case labels, dots, {pr} and {name}"
        }
        return nil
    }
}
