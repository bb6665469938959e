import Yams

extension DeploymentDecoder {
    static let sourceFields = FieldSet("repo", "ref", "path", "dockerfile", "credentials", "stack")
    static let buildFields = FieldSet("args", "target", "timeout")
    static let reviewFields = FieldSet("policy", "reviewers", "waive")

    /// `source` (with `build` and `review`) or `image` (with `pull`): exactly one.
    func decodeArtifact(_ spec: MappingFields) -> Artifact? {
        if let key = spec.key("source"), spec.has("image") {
            sink.report(
                spec.key("image") ?? key, "spec.image",
                "source and image exclude each other: build from "
                    + "source or run a prebuilt image, not both")
            return nil
        }
        if let node = spec["source"] {
            if let key = spec.key("pull") {
                sink.report(key, "spec.pull", "applies only to prebuilt images (spec.image); remove it")
            }
            let source = decodeSource(node)
            let build =
                spec["build"].map(decodeBuild) ?? BuildSpec(args: [:], target: nil, timeout: BuildSpec.defaultTimeout)
            let review = spec["review"].map(decodeReview) ?? defaultReview
            guard let source, let build, let review else { return nil }
            return .source(source, build: build, review: review)
        }
        if let node = spec["image"] {
            for field in ["build", "review"] {
                if let key = spec.key(field) {
                    sink.report(key, spec.path(field), "applies only to builds from source (spec.source); remove it")
                }
            }
            let reference = reader.nonEmptyString(node, "spec.image").flatMap { text -> String? in
                guard ImageReference.isValid(text) else {
                    sink.report(
                        node, "spec.image",
                        "\(Shown.value(text)) is not an image reference "
                            + "(\(ImageReference.help))")
                    return nil
                }
                return text
            }
            let pull: PullPolicy? =
                spec["pull"].map { reader.choice($0, "spec.pull", what: "a pull policy") }
                ?? .ifNotPresent
            guard let reference, let pull else { return nil }
            return .image(ImageSpec(reference: reference, pull: pull))
        }
        let misspelt = spec.unknownNames.contains {
            EditDistance.suggestion(for: $0, among: ["source", "image"]) != nil
        }
        if !misspelt && !artifactReported {
            sink.report(
                spec.node, "spec",
                "exactly one of source (build from a repository) or image (a prebuilt "
                    + "image) is required; found neither")
        }
        return nil
    }

    private var defaultReview: ReviewSpec {
        ReviewSpec(policy: controller.review.minimumPolicy, reviewers: nil, waive: [])
    }

    private func decodeSource(_ node: Node) -> SourceSpec? {
        guard let fields = reader.mapping(node, "spec.source", Self.sourceFields) else { return nil }
        var valid = true
        var repo: String?
        if let repoNode = fields["repo"] {
            repo = reader.nonEmptyString(repoNode, "spec.source.repo")
            if let text = repo {
                do {
                    let url = try RepositoryURL(text)
                    if !policy.allows(url) {
                        let compared = url.canonical == text ? "" : "; compared as \(url.canonical)"
                        sink.report(
                            repoNode, "spec.source.repo",
                            "\(Shown.value(text)) is not allowed by the controller "
                                + "policy (policy.allowRepos: \(policy.allowRepos.joined(separator: ", "))\(compared))")
                        repo = nil
                    }
                } catch {
                    let hint =
                        switch error {
                        case .credentials, .userInfo: "name a credential in spec.source.credentials"
                        default: RepositoryURL.help
                        }
                    sink.report(repoNode, "spec.source.repo", "\(Shown.value(text)) \(error) (\(hint))")
                    repo = nil
                }
            }
        } else {
            reader.missing(fields, "repo", "the git URL to build from")
        }
        var ref = SourceSpec.defaultRef
        if let refNode = fields["ref"] {
            if let text = reader.string(refNode, "spec.source.ref") {
                if let problem = GitRefSyntax.problem(text) {
                    sink.report(
                        refNode, "spec.source.ref",
                        "\(Shown.value(text)) \(problem); expected "
                            + GitRefSyntax.help)
                    valid = false
                } else {
                    ref = text
                }
            } else {
                valid = false
            }
        }
        let path = relativePath(fields, "path", default: ".")
        let dockerfile = relativePath(fields, "dockerfile", default: "Dockerfile")
        var credentials: String?
        if let credentialsNode = fields["credentials"] {
            credentials = reader.string(credentialsNode, "spec.source.credentials")
            if let name = credentials, controller.file != nil, controller.credentials[name] == nil {
                let known = controller.credentials.keys.sorted()
                sink.report(
                    credentialsNode, "spec.source.credentials",
                    "\(Shown.quoted(name)) is not in the "
                        + "controller config's credentials ("
                        + (known.isEmpty
                            ? "none are defined"
                            : "known: "
                                + known.joined(separator: ", ")) + ")")
                valid = false
            }
            if credentials == nil { valid = false }
        }
        var stack: SourceStack?
        if let stackNode = fields["stack"] {
            stack = reader.choice(stackNode, "spec.source.stack", what: "a way to build")
            if stack == nil { valid = false }
        }
        guard valid, let repo, let path, let dockerfile else { return nil }
        return SourceSpec(
            repo: repo, ref: ref, path: path, dockerfile: dockerfile, credentials: credentials, stack: stack)
    }

    private func relativePath(_ fields: MappingFields, _ name: String, default value: String) -> String? {
        guard let node = fields[name] else { return value }
        let path = fields.path(name)
        guard let text = reader.string(node, path) else { return nil }
        if let problem = PathSyntax.relativeProblem(text) {
            sink.report(node, path, "\(Shown.quoted(text)) \(problem)")
            return nil
        }
        return PathSyntax.normalised(text)
    }

    private func decodeBuild(_ node: Node) -> BuildSpec? {
        guard let fields = reader.mapping(node, "spec.build", Self.buildFields) else { return nil }
        let args =
            fields["args"].map { node in
                reader.stringMap(node, "spec.build.args") { key in
                    Names.isBuildArgName(key)
                        ? nil
                        : "\(Shown.quoted(key)) is not a build argument name (letters, "
                            + "digits and '_', not starting with a digit)"
                }
            } ?? [:]
        let target = fields["target"].flatMap { reader.nonEmptyString($0, "spec.build.target") }
        let timeout = fields["timeout"].map { reader.duration($0, "spec.build.timeout") } ?? BuildSpec.defaultTimeout
        guard let args, let timeout, target != nil || !fields.has("target") else { return nil }
        return BuildSpec(args: args, target: target, timeout: timeout)
    }

    private func decodeReview(_ node: Node) -> ReviewSpec? {
        guard let fields = reader.mapping(node, "spec.review", Self.reviewFields) else { return nil }
        var policy: ReviewPolicy? = controller.review.minimumPolicy
        if let policyNode = fields["policy"] {
            policy = reader.choice(policyNode, "spec.review.policy", what: "a review policy")
            let minimum = controller.review.minimumPolicy
            if let chosen = policy, chosen < minimum {
                let allowed = ReviewPolicy.allCases.filter { $0 >= minimum }.map(\.rawValue)
                sink.report(
                    policyNode, "spec.review.policy",
                    "\(chosen.rawValue) is weaker than the controller's "
                        + "review.minimumPolicy (\(minimum.rawValue)); use \(Shown.choices(allowed))")
                policy = nil
            }
        }
        // Outer nil: no reviewers named (the controller's default set); inner nil: named but invalid.
        let reviewers: [String]?? = fields["reviewers"].map(decodeReviewers)
        let waive =
            fields["waive"].map { node in
                reader.stringList(node, "spec.review.waive").flatMap { items -> [String]? in
                    for (index, item) in items.enumerated() where item.value.isEmpty {
                        sink.report(
                            item.node, "spec.review.waive[\(index)]", "must be a finding fingerprint, not empty")
                    }
                    return items.contains { $0.value.isEmpty } ? nil : items.map(\.value)
                }
            } ?? []
        guard let policy, reviewers != .some(nil), let waive else { return nil }
        return ReviewSpec(policy: policy, reviewers: reviewers ?? nil, waive: Array(Set(waive)).sorted())
    }

    private func decodeReviewers(_ node: Node) -> [String]? {
        guard let items = reader.stringList(node, "spec.review.reviewers") else { return nil }
        var valid = true
        if items.isEmpty {
            sink.report(
                node, "spec.review.reviewers",
                "must name at least one reviewer (leave it out for the controller's default set)")
            valid = false
        }
        for (index, item) in items.enumerated() where controller.file != nil && controller.reviewers[item.value] == nil
        {
            let known = controller.reviewers.keys.sorted().joined(separator: ", ")
            sink.report(
                item.node, "spec.review.reviewers[\(index)]",
                "\(Shown.quoted(item.value)) is not a "
                    + "reviewer in the controller config (known: \(known))")
            valid = false
        }
        return valid ? Array(Set(items.map(\.value))).sorted() : nil
    }
}
