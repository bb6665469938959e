import Manifest

/// `infra.iam-wildcard` for a cloud policy statement that allows every action, or every action of the identity
/// service itself (`iam:*`, `sts:*`, `organizations:*`), on every resource: Terraform's `actions = ["iam:*"]` with
/// `resources = ["*"]`, a JSON or CloudFormation statement's `"Action": "*"` with `"Resource": "*"`. Whoever holds
/// the role writes themselves an administrator's policy. A wildcard on one service's actions (`s3:*`), on named
/// resources, or in a `Deny` statement is no finding.
struct IAMWildcardGrant: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytes("*"), Self.wildcardAction.matches(line.text),
                let key = Self.key(of: index, in: lines), Self.actionKey.matches(lines[key].text)
            else { return nil }
            let statement = ChangedFile.block(around: key, in: lines).lines
            guard statement.contains(where: { Self.everyResource.matches($0.text) }),
                !statement.contains(where: { Self.deny.matches($0.text) })
            else { return nil }
            return file.finding(
                "infra.iam-wildcard", .high, on: line,
                message: "the policy allows every action (or every identity action) on every resource: whoever holds "
                    + "it can grant themselves anything; list the actions and resources it needs", content: line.text)
        }
    }

    /// The line holding the key line `index`'s value belongs to: itself, or for an item of a list laid out one per
    /// line, the nearest line above that names a key.
    private static func key(of index: Int, in lines: [ChangedFile.Line]) -> Int? {
        (max(0, index - 8)...index).reversed().first { anyKey.matches(lines[$0].text) }
    }

    /// A wildcard action, on its key's line or as an item of a list laid out one per line.
    private static let wildcardAction = LinePattern(
        #"(?i)["'](\*|iam:\*|sts:\*|organizations:\*)["']"#, holdingOneOf: ["\"*\"", "'*'", ":*"])
    private static let anyKey = LinePattern(#"^\s*(?:"\w+"|'\w+'|\w+)\s*[:=]"#)
    private static let actionKey = LinePattern(#"(?i)^\s*["']?(actions?|notaction)["']?\s*[:=]"#)
    private static let everyResource = LinePattern(#"(?i)^\s*["']?resources?["']?\s*[:=]\s*\[?\s*["']\*["']"#)
    private static let deny = LinePattern(#"(?i)^\s*["']?effect["']?\s*[:=]\s*["']?deny\b"#)
}
