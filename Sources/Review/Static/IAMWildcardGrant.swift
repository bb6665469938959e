import Manifest

/// `infra.iam-wildcard` for a permission that allows every action on every resource, or every action of a service
/// that holds the account's identities, keys or secrets (`iam:*`, `sts:*`, `organizations:*`, `kms:*`,
/// `secretsmanager:*`) on every resource: Terraform's `actions = ["iam:*"]` with `resources = ["*"]`, a JSON or
/// CloudFormation statement's `"Action": "*"` with `"Resource": "*"`, the CDK's `new iam.PolicyStatement({ actions:
/// […], resources: ["*"] })`, a Kubernetes role's rule with `verbs: ["*"]` on `resources: ["*"]` of every API group or
/// the core one (secrets, pods' exec). Whoever holds it writes themselves an administrator's grant or reads every
/// secret. A wildcard on another service's actions (`s3:*`), on named resources or one API group, or in a `Deny`
/// statement is no finding; nor is an application's own permission table in code that names no cloud policy.
struct IAMWildcardGrant: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = ReviewedFile.code.union([.config, .other])

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        let grants: [ReviewFinding] = lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytes("*"), Self.wildcardAction.matches(line.text),
                let key = Self.key(of: index, in: lines), Self.actionKey.matches(lines[key].text)
            else { return nil }
            let (opening, body) = ChangedFile.block(around: key, in: lines)
            let statement = Array(body) + (opening.map { [lines[$0]] } ?? [])
            guard statement.contains(where: { Self.everyResource.matches($0.text) }),
                !statement.contains(where: { Self.deny.matches($0.text) }),
                !Self.verbs.matches(lines[key].text)
                    || statement.contains(where: { Self.clusterWideGroup.matches($0.text) })
            else { return nil }
            return file.finding(
                "infra.iam-wildcard", .high, on: line,
                message: "the policy allows every action (or every identity, key or secret action) on every resource: "
                    + "whoever holds it can grant themselves anything; list the actions and resources it needs",
                content: line.text)
        }
        let isCode = ReviewedFile.code.contains(file.file.kind)
        guard !grants.isEmpty, !isCode || lines.contains(where: writesCloudPolicy) else { return [] }
        return grants
    }

    private func writesCloudPolicy(_ line: ChangedFile.Line) -> Bool {
        Self.cloudPolicy.matches(line.text)
    }

    /// The line holding the key line `index`'s value belongs to: itself, or for an item of a list laid out one per
    /// line, the nearest line above that names a key.
    private static func key(of index: Int, in lines: [ChangedFile.Line]) -> Int? {
        (max(0, index - 8)...index).reversed().first { anyKey.matches(lines[$0].text) }
    }

    /// A wildcard action, on its key's line or as an item of a list laid out one per line.
    private static let wildcardAction = LinePattern(
        #"(?i)["'](\*|iam:\*|sts:\*|organizations:\*|kms:\*|secretsmanager:\*)["']"#,
        holdingOneOf: ["\"*\"", "'*'", ":*"])
    private static let anyKey = LinePattern(#"^\s*(?:-\s*)?(?:"\w+"|'\w+'|\w+)\s*[:=]"#)
    private static let actionKey = LinePattern(#"(?i)^\s*(?:-\s*)?["']?(actions?|notaction|verbs)["']?\s*[:=]"#)
    private static let verbs = LinePattern(#"^\s*(?:-\s*)?["']?verbs["']?\s*:"#)
    private static let everyResource = LinePattern(
        #"(?i)^\s*(?:-\s*)?["']?resources?["']?\s*[:=]\s*\[?\s*["']\*["']"#)
    /// A Kubernetes rule's API groups holding every group or the core one (`apiGroups: ["*"]`, `apiGroups: [""]`).
    private static let clusterWideGroup = LinePattern(#"^\s*(?:-\s*)?apiGroups\s*:\s*\[\s*["']\*?["']"#)
    private static let deny = LinePattern(#"(?i)^\s*["']?effect["']?\s*[:=]\s*["']?deny\b"#)
    /// Code that writes a cloud policy: the CDK's and Pulumi's IAM types, a policy document's `Effect`.
    private static let cloudPolicy = LinePattern(
        #"\bPolicyStatement\b|\bPolicyDocument\b|["']?Effect["']?\s*[:=]|aws[-_]iam|\biam\.Effect\b"#)
}
