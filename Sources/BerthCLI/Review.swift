import ArgumentParser
import Drivers
import Foundation
import Review
import Logging
import Manifest
import Reconciler

/// `berth review`: the review gate on a commit range of a local repository, for pull request CI.
struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the review gate on a change in a local git repository (exit 1 when it blocks).",
        discussion: """
            Diffs --from..--to under --path in the repository at --repo (read in place: a CI checkout with a \
            detached HEAD works), runs the reviewers on the lines the change adds, and applies the policy. \
            Without --from the whole tree at --to is reviewed, as at a first deploy.

            Reviewers are named in the controller config's `reviewers:` (--config); `static` (offline rules for \
            secrets, Dockerfiles and risky code) and each installed scanner (bandit, semgrep, checkov, hadolint, \
            detect-secrets, run on the changed files) are always there. Findings print with their fingerprint: to \
            accept one, add it to the deployment's `spec.review.waive` in the config repository.

            Example, in a pull request job:
              berth review --repo . --from origin/main --to HEAD --path services/web
              berth review --config berth.yaml --reviewer static --reviewer llm --from "$BASE"

            Exit codes: 0 passed (findings below the policy's threshold are printed as warnings), 1 blocked, \
            2 usage or configuration error (unreadable repository, unknown revision or reviewer, bad config).
            """
    )

    @Option(help: ArgumentHelp("The git repository on disk (work tree or bare).", valueName: "PATH"))
    var repo: String = "."

    @Option(
        help: ArgumentHelp(
            "The deployed revision: a commit, branch, tag or any revision git understands (HEAD~1, origin/main). Omit to review the whole tree at --to.",
            valueName: "REV"))
    var from: String?

    @Option(help: ArgumentHelp("The revision about to be deployed.", valueName: "REV"))
    var to: String = "HEAD"

    @Option(
        help: ArgumentHelp(
            "The build context inside the repository: only changes under it are reviewed.", valueName: "P"))
    var path: String = "."

    @Option(
        name: .customLong("reviewer"),
        help: ArgumentHelp(
            "A reviewer name from the config's reviewers (repeatable; default: review.defaultReviewers, else "
                + "static and every installed scanner).", valueName: "NAME"))
    var reviewers: [String] = []

    @Option(
        help: ArgumentHelp(
            "\(ReviewPolicy.names). Default: review.minimumPolicy of --config (block-high without one); with --config, nothing weaker than it.",
            valueName: "POLICY"),
        transform: { text in
            guard let policy = ReviewPolicy(rawValue: text) else {
                throw ValidationError("--policy \(text): expected \(ReviewPolicy.names)")
            }
            return policy
        })
    var policy: ReviewPolicy?

    @Option(
        help: ArgumentHelp(
            "A controller config (kind: Controller) for its reviewers and review settings.", valueName: "berth.yaml"))
    var config: String?

    @Option(
        help: ArgumentHelp("Fingerprints to accept, as spec.review.waive would (repeatable).", valueName: "FINGERPRINT")
    )
    var waive: [String] = []

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    /// The largest diff reviewed; the rest of a larger change is left out and said so.
    static let maxPatchBytes = 16 << 20

    func run() async throws {
        let controller = try StateOptions.controller(at: config, stateDir: nil)
        if let unknown = reviewers.first(where: { controller.reviewers[$0] == nil }) {
            let known = controller.reviewers.keys.sorted().joined(separator: ", ")
            throw CommandFailure.usage("--reviewer \(unknown): no such reviewer (configured: \(known))")
        }
        let minimum = controller.review.minimumPolicy
        if let policy, let config, policy < minimum {
            throw CommandFailure.usage(
                "--policy \(policy.rawValue) is weaker than review.minimumPolicy \(minimum.rawValue) in \(config)")
        }
        let gate = ReviewGate(
            policy: policy ?? minimum, failClosed: controller.review.failClosed, waive: waive,
            severity: controller.review.severity)
        let (request, truncated) = try await changeRequest()
        let logger = Logger(label: "berth") { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        let runner = ReviewRunner(
            factory: ReviewerFactory(configs: controller.reviewers, logger: logger), settings: controller.review,
            cache: nil, logger: logger)
        let names = reviewers.isEmpty ? runner.defaultReviewers : reviewers
        let results = gate.policy == .off ? [] : await runner.results(of: names, on: request)
        let outcome = gate.decide(results)
        try print(outcome, results: results, request: request, gate: gate, truncated: truncated)
        if outcome.isBlocked { throw ExitCode(1) }
    }

    /// The request for --from..--to under --path, and whether the diff was cut at ``maxPatchBytes``.
    private func changeRequest() async throws -> (ReviewRequest, Bool) {
        guard FileManager.default.fileExists(atPath: repo) else {
            throw CommandFailure.usage("--repo \(repo): no such directory")
        }
        let repository = LocalRepository(path: repo)
        do {
            let toCommit = try await repository.resolve(to)
            let fromCommit: CommitID? = if let from { try await repository.resolve(from) } else { nil }
            let diff = try await repository.diff(
                from: fromCommit, to: toCommit, path: path, maxPatchBytes: Self.maxPatchBytes)
            let request = ReviewRequest(
                deployment: "(local)", repository: URL(fileURLWithPath: repo).standardizedFileURL.path,
                fromCommit: fromCommit?.hex, toCommit: toCommit.hex, path: path, diff: diff.patch,
                files: diff.files.map(\.path))
            return (request, diff.isTruncated)
        } catch let error as GitError {
            throw CommandFailure.usage("\(repo): \(error)")
        }
    }

    private func print(
        _ outcome: ReviewOutcome, results: [ReviewerResult], request: ReviewRequest, gate: ReviewGate, truncated: Bool
    ) throws {
        let verdict =
            switch outcome {
            case .passed: "passed"
            case .warned: "warned"
            case .blocked: "blocked"
            }
        switch output {
        case .json:
            let json = ReviewJSON(
                verdict: verdict, summary: outcome.summary, policy: gate.policy.rawValue, failClosed: gate.failClosed,
                from: request.fromCommit, to: request.toCommit, path: request.path, truncated: truncated,
                findings: outcome.findings,
                reviewers: results.map { result in
                    switch result {
                    case .report(let report): .init(name: report.reviewer, findings: report.findings.count, error: nil)
                    case .failed(let name, let reason): .init(name: name, findings: nil, error: reason)
                    }
                })
            try printJSON(json)
        case .text:
            Swift.print(outcome.summary)
            for finding in outcome.findings {
                let place = finding.file.isEmpty ? "" : " \(finding.file)\(finding.line.map { ":\($0)" } ?? "")"
                Swift.print(
                    "  \(finding.severity.rawValue) \(finding.rule)\(place): \(finding.message) [waive: \(finding.fingerprint)]"
                )
            }
            for case .failed(let name, let reason) in results {
                Swift.print("  reviewer \(name) gave no verdict: \(reason)")
            }
            if truncated {
                Swift.print(
                    "  note: the diff is larger than \(Self.maxPatchBytes >> 20) MiB; files past that were not reviewed"
                )
            }
            let range =
                "\(request.fromCommit.map { String($0.prefix(12)) } ?? "(whole tree)")..\(request.toCommit.prefix(12))"
            Swift.print(
                "policy \(gate.policy.rawValue), \(request.files.count) files changed in \(range) under \(request.path)"
            )
        }
    }
}

/// `berth review --output json`.
private struct ReviewJSON: Encodable {
    struct ReviewerLine: Encodable {
        let name: String
        let findings: Int?
        let error: String?
    }

    let verdict: String
    let summary: String
    let policy: String
    let failClosed: Bool
    let from: String?
    let to: String
    let path: String
    let truncated: Bool
    let findings: [ReviewFinding]
    let reviewers: [ReviewerLine]
}
