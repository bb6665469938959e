import Manifest

/// `infra.open-trust-policy`: an IAM role any AWS account may assume. Its trust policy names every principal (`AWS:
/// "*"`, `Principal: "*"`, Terraform's `identifiers = ["*"]`) for `sts:AssumeRole`, and no condition pins the caller
/// to an organisation, an account or an external id (`aws:PrincipalOrgID`, `aws:SourceAccount`, `sts:ExternalId`, …).
/// A tag on the caller (`aws:PrincipalTag/…`) pins nothing: any account can tag its own roles; nor does an ARN
/// condition whose account is a wildcard (`aws:PrincipalArn` like `arn:aws:iam::*:role/ci-runner`).
///
/// So is a role GitHub Actions assumes by OIDC (`AssumeRoleWithWebIdentity` from `token.actions.githubusercontent.com`)
/// whose trust no longer pins the token's `sub` to a repository (`repo:acme/shop:environment:production`): only the
/// audience checked, or `repo:*`, a workflow in any repository on GitHub can assume it.
struct OpenTrustPolicy: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    static let rule = "infra.open-trust-policy"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        if let line = Self.anyRepositoryMayAssume(file) {
            return [
                file.finding(
                    Self.rule, .high, on: line,
                    message: "the role GitHub Actions assumes by OIDC no longer pins the token's sub to a repository: "
                        + "a workflow in any repository can assume it; add a sub condition naming the repository",
                    content: line.text)
            ]
        }
        guard
            let open = lines.first(where: {
                $0.isAdded && $0.text.hasBytes("*") && Self.everyPrincipal.matches($0.text)
            }),
            lines.contains(where: { $0.text.hasBytes("AssumeRole") }),
            !lines.contains(where: { Self.pinningCondition.matches($0.text) }),
            // An ARN condition pins the caller only to the accounts it names: `arn:aws:iam::*:role/ci` names every one.
            !lines.contains(where: { Self.arnCondition.matches($0.text) })
                || lines.contains(where: { $0.text.hasBytes(":*:") && Self.anyAccountARN.matches($0.text) })
        else { return [] }
        return [
            file.finding(
                Self.rule, .high, on: open,
                message: "the role's trust policy lets any AWS account assume it; name the accounts that may, or pin "
                    + "the caller with aws:PrincipalOrgID or sts:ExternalId", content: open.text)
        ]
    }

    /// The line to report of a change to a GitHub Actions OIDC trust that leaves no `sub` condition naming a
    /// repository's owner (one on the `…:sub` line or the two after it: Terraform's `values`).
    private static func anyRepositoryMayAssume(_ file: ChangedFile) -> ChangedFile.Line? {
        let lines = file.visible
        guard lines.contains(where: { $0.text.hasBytes("AssumeRoleWithWebIdentity") }),
            lines.contains(where: { $0.text.hasBytes("token.actions.githubusercontent.com") }),
            file.diff.removed.contains(where: { $0.hasBytes(":sub") || $0.hasBytes("repo:") })
                || lines.contains(where: { $0.isAdded && $0.text.hasBytes("AssumeRoleWithWebIdentity") })
        else { return nil }
        let pinned = lines.indices.contains { index in
            lines[index].text.hasBytes(":sub")
                && lines[index...].prefix(3).contains { repositoryOwner.matches($0.text) }
        }
        // A change that only removes lines is reported where the role's trust names its action.
        return pinned
            ? nil
            : lines.first(where: \.isAdded) ?? lines.first(where: { $0.text.hasBytes("AssumeRoleWithWebIdentity") })
    }

    /// A `sub` value naming a repository's owner: `repo:acme/shop:…`, `repo:acme/*` (not `repo:*`).
    private static let repositoryOwner = LinePattern(#"repo:[A-Za-z0-9_.-]+/"#)
    private static let everyPrincipal = LinePattern(
        #"(?i)^\s*-?\s*"?(?:AWS|Principal)"?\s*[:=]\s*\[?\s*"\*"|^\s*identifiers\s*=\s*\[\s*"\*"\s*\]"#)
    private static let pinningCondition = LinePattern(
        #"(?i)aws:(?:PrincipalOrgID|PrincipalOrgPaths|PrincipalAccount|SourceAccount|SourceOrgID|userid)|"#
            + #"sts:ExternalId"#)
    private static let arnCondition = LinePattern(#"(?i)aws:(?:SourceArn|PrincipalArn)"#)
    /// An ARN whose account is a wildcard: `arn:aws:iam::*:role/ci-runner`.
    private static let anyAccountARN = LinePattern(#"\barn:aws[\w-]*:[\w-]*:[\w-]*:\*:"#)
}
