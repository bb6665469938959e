import Dispatch
import Manifest

/// The offline reviewer (`type: static`): secret, code, CI and Dockerfile risk rules over the lines a change adds,
/// written by class rather than by instance.
///
/// Deterministic and fast: the same diff always yields the same findings in the same order, and a 5 MB diff
/// takes well under a second (each line pattern's trigger words are found with a byte search before its regular
/// expression runs; file checks look at lines holding their words). With no previous commit the request's diff is
/// the whole tree as additions, so the same rules read every file. Binary files, lock files and minified bundles are
/// skipped. Findings fall on added lines, and on an unchanged line whose sink the change makes unsafe (``CodeSinks``
/// judges it before and after the change); the context lines the diff shows let a check follow a value from where it is
/// assigned to where it is used, and into the functions the file defines (``HelperFunctions``). A change that newly uses
/// an unsafe function or value the file defines is reported where it uses it (``NewlyUsedRiskyCode``). Rules and their rationale: provider token shapes (``SecretRules``), secrets by
/// name in any format (``SecretAssignments``), private keys (``PrivateKeyBlocks``), input reaching dangerous calls
/// (``CodeSinks``), protections switched off (``CodeRules``), header checks that grant access
/// (``HeaderAuthBypass``, ``HeaderPredicate``), tokens only decoded (``DecodedTokenClaims``), CORS that reflects any
/// origin with credentials (``CORSReflection``), secrets from
/// predictable generators (``InsecureRandomToken``), request input compared with a key in the code
/// (``HardcodedBackdoor``), CI pipelines (``CIRules``), Dockerfiles (``DockerfileRules`` and `docker.root-user`
/// below), commands continued over lines with `\` (``ContinuedCommand``). Findings are then lowered where their context
/// makes them less than they look: behind a development flag (``DevOnlyGuard``), a public key in a client config
/// (``PublicClientKeys``), a token parsed unverified only to read its key id (``HeaderPeek``), code in a Rust
/// `#[cfg(test)]` module (``RustTestModule``).
///
/// ```swift
/// let report = try await StaticReviewer().review(request)
/// let blocking = report.findings.filter { $0.severity >= .high }
/// ```
package struct StaticReviewer: Reviewer {
    package let name: String
    /// Changes whenever a rule changes, or what static judges safe (``SafeSink``), so cached verdicts of older rules
    /// (static's, and the scanners' that follow static's judgements) are not reused.
    package static let rulesVersion = "static-38"

    static let rules = SecretRules.all + DockerfileRules.all + CodeRules.all
    static let fileChecks: [any FileCheck] = [
        SecretAssignments(), PrivateKeyBlocks(), CodeSinks(), HeaderAuthBypass(), CIRules(), CORSReflection(),
        InsecureRandomToken(), HardcodedBackdoor(), UnevaluatedServerTrust(), ContinuedCommand(),
        DecodedTokenClaims(), AcceptAllCertificateCallback(), InsecureClientSetting(), BuildSecretInImage(),
        ProxyHeaderAuthBypass(), FastPasswordHasherFirst(), LiteralArgumentIntoHelper(), RemovedAuthGuard(),
        PublicAjaxAction(), XMLExternalEntities(), UnsandboxedEvaluation(), TLSSkipDefaultOn(), NginxAliasTraversal(),
        EnvironmentDumpUploaded(), ParsingSignatureValidator(), OpenTrustPolicy(), OptionalSignature(),
        ProxyCORSReflection(), EnvironmentPosted(), ShellEvalInput(), SpelFullContext(),
        OpenUnauthenticatedStore(), PlainHTTPDownload(), PublicCloudGrant(), OpenStatsAdmin(), IAMWildcardGrant(),
        OpenAdminPort(),
        SubstringHostCheck(), ProxyAccessRemoved(), PrivilegedFieldFromRequest(),
        OwnerScopeDropped(), RequestBagAssigned(), PermissiveSchemaWritten(), RemovedCSRFCheck(), UnsignedAccepted(),
        RemovedAccessCheck(), CSRFExemptSessionView(), ClassGuardSpread(), PhoenixScopeWithoutPipeline(),
        HandlerOutsideItsGroup(), RouteAboveItsGuard(), RouteBesideItsGuard(), RemovedURLCheck(), TracedSecrets(),
        AnyOriginPattern(),
    ]

    package init(name: String = "static") {
        self.name = name
    }

    /// Reviews on a thread of its own: a large diff keeps the cores busy for a while, and the async callers' threads
    /// (scanner time limits, the other reviewers' I/O) must not wait behind it.
    package func review(_ request: ReviewRequest) async throws -> ReviewReport {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: review(diff: request.diff)) }
        }
    }

    /// Reviews a unified diff synchronously, its files on all cores (what ``review(_:)`` does, for benchmarks and
    /// tests).
    package func review(diff: String) -> ReviewReport {
        let files = UnifiedDiff(diff).files.filter { !$0.isBinary && !$0.isDeleted }
        return ReviewReport(reviewer: name, findings: files.concurrentMap(Self.findings(in:)).flatMap { $0 })
    }

    /// The findings in one file of a diff, ordered by line.
    static func findings(in diffFile: UnifiedDiff.File) -> [ReviewFinding] {
        judgement(of: diffFile, recordingSafe: false).findings
    }

    /// The findings in one file of a diff, ordered by line; with `recordingSafe`, also the sinks static examined on
    /// its added lines and judged safe (``SafeSink``), for a scanner's finding on the same lines to follow.
    static func judgement(of diffFile: UnifiedDiff.File, recordingSafe: Bool) -> FileJudgement {
        let file = ReviewedFile(path: diffFile.path)
        guard !file.isSkipped else { return FileJudgement() }
        let index = TriggerIndex(diffFile.added)
        let stages = file.kind == .dockerfile ? stageNames(diffFile) : []
        var findings: [ReviewFinding] = []
        var linesByTrigger: [String: [Int]] = [:]
        for rule in rules where rule.applies(to: file) {
            var reported = Set<Int>()
            for pattern in rule.patterns {
                for lineIndex in index.lines(containingAnyOf: pattern.triggers, cache: &linesByTrigger)
                where !reported.contains(lineIndex) {
                    let line = diffFile.added[lineIndex]
                    guard let match = rule.match(pattern, on: line.text, in: file) else { continue }
                    if rule.id == DockerfileRules.unpinnedBase.id, stages.contains(match.content.lowercased()) {
                        continue
                    }
                    reported.insert(lineIndex)
                    findings.append(
                        ReviewFinding(
                            severity: match.severity ?? rule.severity, rule: rule.id, file: file.path,
                            line: line.number, message: rule.message,
                            fingerprint: ReviewFinding.fingerprint(
                                rule: rule.id, file: file.path, content: match.content)))
                }
            }
        }
        let changed = ChangedFile(diffFile, file: file, triggers: index)
        var safeSinks: [SafeSink] = []
        for check in fileChecks where check.kinds.contains(file.kind) {
            if recordingSafe {
                let judgement = check.judgement(of: changed)
                findings += judgement.findings
                safeSinks += judgement.safeSinks
            } else {
                findings += check.findings(in: changed)
            }
        }
        // A use of an unsafe helper on a line whose own rule already fired says nothing more.
        let newlyUsed = NewlyUsedRiskyCode()
        if newlyUsed.kinds.contains(file.kind) {
            let reported = Set(findings.map { "\($0.line ?? 0) \($0.rule)" })
            findings += newlyUsed.findings(in: changed).filter { !reported.contains("\($0.line ?? 0) \($0.rule)") }
        }
        findings = CIServiceCredentials.lowering(
            PublicClientKeys.lowering(DevOnlyGuard.lowering(findings, in: changed), in: changed), in: changed)
        findings = RustTestModule.lowering(HeaderPeek.lowering(findings, in: changed), in: changed)
        if file.kind == .dockerfile, let finding = rootUser(diffFile) { findings.append(finding) }
        // A provider's token shape says more than the name it is assigned to: one finding per secret.
        let providerLines = Set(findings.filter { SecretRules.ids.contains($0.rule) }.compactMap(\.line))
        findings.removeAll { SecretAssignments.rules.contains($0.rule) && providerLines.contains($0.line ?? -1) }

        return FileJudgement(
            findings: findings.sorted { ($0.line ?? 0, $0.rule) < ($1.line ?? 0, $1.rule) }, safeSinks: safeSinks)
    }

    /// `docker.root-user`: the image's last `USER` is missing or root, so the app runs as root and a bug in it
    /// owns the container (and, with a mounted socket or a kernel bug, the host). Add a `USER` with a non-root
    /// user. Judged when the diff holds the whole Dockerfile (a new file or the first deploy), or when a
    /// change removes the `USER` line without adding another.
    static let rootUserRule = "docker.root-user"

    private static func rootUser(_ file: UnifiedDiff.File) -> ReviewFinding? {
        let users = file.added.filter { isInstruction("USER", $0.text) }
        let removedUser = file.removed.contains { isInstruction("USER", $0) }
        let judged: Bool
        if file.isNew {
            judged = users.last.map { isRoot($0.text) } ?? true
        } else {
            judged = (removedUser && users.isEmpty) || users.last.map { isRoot($0.text) } == true
        }
        guard judged else { return nil }
        return ReviewFinding(
            severity: .medium, rule: rootUserRule, file: file.path, line: users.last?.number,
            message: "the container runs as root; add a USER instruction with a non-root user",
            fingerprint: ReviewFinding.fingerprint(rule: rootUserRule, file: file.path, content: "root"))
    }

    private static func isInstruction(_ name: String, _ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.count > name.count && trimmed.prefix(name.count).uppercased() == name
            && (trimmed.dropFirst(name.count).first?.isWhitespace ?? false)
    }

    private static func isRoot(_ line: Substring) -> Bool {
        let user = line.split(whereSeparator: \.isWhitespace).dropFirst().first?.split(separator: ":").first
        return user == "root" || user == "0"
    }

    /// Stage names declared anywhere in the Dockerfile's hunks (`FROM … AS name`), lowercased.
    private static func stageNames(_ file: UnifiedDiff.File) -> Set<String> {
        var names = Set<String>()
        for hunk in file.hunks {
            for line in hunk.split(separator: "\n") {
                let words = line.dropFirst().split(whereSeparator: \.isWhitespace)
                guard words.count >= 4, words[0].uppercased() == "FROM", words[words.count - 2].uppercased() == "AS"
                else { continue }
                names.insert(words[words.count - 1].lowercased())
            }
        }
        return names
    }
}
