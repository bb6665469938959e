import Yams

extension ComposeServiceTranslator {
    static let buildFields = FieldSet("context", "dockerfile", "args", "target")

    /// `image` (with `pull_policy`), or `build` from the config repository or from `x-berth.source`.
    mutating func translateArtifact(_ fields: MappingFields, berth: MappingFields?) {
        if let image = fields["image"] { put("image", image, from: fields.path("image")) }
        if let pull = fields["pull_policy"] { translatePullPolicy(pull, path: fields.path("pull_policy")) }
        let source = berth.flatMap { berth in berth["source"].map { (node: $0, path: berth.path("source")) } }
        if let source { put("source", source.node, from: source.path) }
        if let build = fields["build"] {
            let reported = sink.diagnostics.count
            translateBuild(build, path: fields.path("build"), hasSource: source != nil)
            buildReported = sink.diagnostics.count > reported
        }
    }

    private mutating func translatePullPolicy(_ node: Node, path: String) {
        guard let text = reader.string(node, path) else { return }
        let policies: [String: PullPolicy] = [
            "always": .always, "never": .never, "missing": .ifNotPresent, "if_not_present": .ifNotPresent,
        ]
        guard let policy = policies[text] else {
            sink.report(
                node, path, "\(Shown.value(text)) is not a pull policy berth honours (always, never or missing)")
            return
        }
        put("pull", SyntheticNode.scalar(policy.rawValue, at: node), from: path)
    }

    /// `build: CONTEXT` or `build: {context, dockerfile, args, target}`: a build from the config repository at the
    /// config branch, the context resolved from the compose file's folder (DESIGN §14).
    private mutating func translateBuild(_ node: Node, path: String, hasSource: Bool) {
        var context: (node: Node, path: String)? = (node, path)
        var dockerfile: Node?
        if case .mapping = node {
            guard let fields = reader.mapping(node, path, Self.buildFields) else { return }
            context = fields["context"].map { ($0, fields.path("context")) }
            dockerfile = fields["dockerfile"]
            var settings: [(String, Node)] = []
            if let args = fields["args"], let mapping = keyValueMapping(args, path: fields.path("args")) {
                settings.append(("args", mapping))
                mapPath("spec.build.args", fields.path("args"))
            }
            if let target = fields["target"] {
                settings.append(("target", target))
                mapPath("spec.build.target", fields.path("target"))
            }
            if !settings.isEmpty { put("build", SyntheticNode.mapping(settings, at: node), from: path) }
        }
        if hasSource {
            if let given = context?.node ?? dockerfile {
                sink.report(
                    given, context?.path ?? path + ".dockerfile",
                    "with x-berth.source the build context and dockerfile are its path and dockerfile; "
                        + "keep only args and target under build")
            }
            return
        }
        guard let origin, let folder else {
            sink.report(
                node, path,
                "builds from the config repository, and this directory is not in a git repository; name the "
                    + "repository in x-berth.source, or run a prebuilt image")
            return
        }
        let contextText = context.flatMap { reader.string($0.node, $0.path) } ?? "."
        guard let resolved = resolvedContext(contextText, folder: folder, at: context ?? (node, path)) else { return }
        var source: [(String, Node)] = [
            ("repo", SyntheticNode.scalar(origin.repo, at: node)), ("ref", SyntheticNode.scalar(origin.ref, at: node)),
            ("path", SyntheticNode.scalar(resolved, at: context?.node ?? node)),
        ]
        if let dockerfile { source.append(("dockerfile", dockerfile)) }
        if let credentials = origin.credentials {
            source.append(("credentials", SyntheticNode.scalar(credentials, at: node)))
        }
        put("source", SyntheticNode.mapping(source, at: node), from: path)
        if let context, context.path != path { mapPath("spec.source.path", context.path) }
        if dockerfile != nil { mapPath("spec.source.dockerfile", path + ".dockerfile") }
    }

    /// `context` joined to the compose file's folder, inside the repository; nil (reported) when it leaves it or
    /// names another repository.
    private func resolvedContext(_ context: String, folder: String, at place: (node: Node, path: String)) -> String? {
        if context.contains("://") || context.hasPrefix("git@") {
            sink.report(
                place.node, place.path,
                "\(Shown.quoted(context)) is a remote build context; name that repository in x-berth.source "
                    + "(a manifest source block: repo, ref, path, dockerfile)")
            return nil
        }
        if context.hasPrefix("/") {
            sink.report(
                place.node, place.path,
                "\(Shown.quoted(context)) is absolute; give a folder relative to the compose file, inside the config "
                    + "repository")
            return nil
        }
        var parts = folder.split(separator: "/").filter { $0 != "." }
        for part in context.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else {
                    sink.report(
                        place.node, place.path,
                        "\(Shown.quoted(context)) leaves the config repository; the build context must be inside it")
                    return nil
                }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `{NAME: value}` or `[NAME=value]` as a mapping; an entry without a value (which compose would take from the
    /// shell) is reported.
    func keyValueMapping(_ node: Node, path: String) -> Node? {
        switch node {
        case .mapping(let mapping):
            var valid = true
            mapping.forEachPair { key, value in
                if NodeReader.isNull(value) {
                    reportMissingValue(key, path: Shown.path(path, key.scalar?.string ?? ""))
                    valid = false
                }
            }
            return valid ? node : nil
        case .sequence(let items):
            var pairs: [(String, Node)] = []
            var valid = true
            for (index, item) in items.enumerated() {
                guard let text = reader.string(item, "\(path)[\(index)]") else {
                    valid = false
                    continue
                }
                guard let equals = text.firstIndex(of: "=") else {
                    reportMissingValue(item, path: "\(path)[\(index)]")
                    valid = false
                    continue
                }
                pairs.append(
                    (
                        String(text[..<equals]),
                        SyntheticNode.scalar(String(text[text.index(after: equals)...]), at: item)
                    ))
            }
            return valid ? SyntheticNode.mapping(pairs, at: node) : nil
        default:
            sink.report(
                node, path,
                "expected a mapping (NAME: value) or a list (NAME=value), found \(NodeReader.kindName(node))")
            return nil
        }
    }

    private func reportMissingValue(_ node: Node, path: String) {
        sink.report(
            node, path,
            "has no value, which compose would take from the shell; berth reads no shell environment: give the "
                + "value (sealed ones go under x-berth.secretEnv)")
    }
}
