import Crypto
import Drivers
import Foundation
import Reconciler
import Testing

@Suite struct WebhookReceiverTests {
    static let secret = "hook-secret-8f2a"
    static let receiver = WebhookReceiver(secret: secret + "\n")
    static let after = CommitID(hex: WebhookPayloads.after)!

    static func hmac(_ body: String, secret: String = secret) -> String {
        HMAC<SHA256>.authenticationCode(for: Array(body.utf8), using: SymmetricKey(data: Array(secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    static func github(_ event: String, _ body: String, signature: String? = nil) -> WebhookOutcome {
        receiver.receive(
            .github,
            headers: ["x-github-event": event, "X-Hub-Signature-256": signature ?? "sha256=" + hmac(body)],
            body: Array(body.utf8))
    }

    // MARK: GitHub

    @Test func aSignedGitHubPushNamesItsRepositoryBranchAndCommit() throws {
        let outcome = Self.github("push", WebhookPayloads.gitHubPush())
        guard case .accepted(.push(let push)) = outcome else {
            Issue.record("expected a push, got \(outcome)")
            return
        }
        #expect(outcome.httpStatus == 202)
        #expect(push.branch == "main")
        #expect(push.after == Self.after)
        #expect(push.repository.matches("https://github.com/acme/deploy.git"))
        #expect(push.repository.matches("git@github.com:acme/deploy"))
        #expect(push.repository.matches("ssh://git@GitHub.com/Acme/Deploy.git"))
        #expect(!push.repository.matches("https://github.com/acme/deploy-staging.git"))
    }

    @Test func aGitHubPingIsAccepted() {
        #expect(Self.github("ping", WebhookPayloads.gitHubPing) == .accepted(.ping))
    }

    @Test(arguments: [
        ("opened", PullRequestEvent.Action.opened), ("synchronize", .synchronize), ("reopened", .reopened),
        ("closed", .closed),
    ])
    func gitHubPullRequestsThatMoveTheHeadOrCloseAreAccepted(action: String, expected: PullRequestEvent.Action) throws {
        let outcome = Self.github("pull_request", WebhookPayloads.gitHubPullRequest(action: action))
        guard case .accepted(.pullRequest(let request)) = outcome else {
            Issue.record("expected a pull request, got \(outcome)")
            return
        }
        #expect(request.action == expected)
        #expect(request.number == 42)
        #expect(request.headCommit == Self.after)
        #expect(request.headBranch == "web-health")
        #expect(request.baseBranch == "main")
        #expect(request.repository.matches("https://github.com/acme/deploy"))
    }

    @Test func aPullRequestFromAForkSaysSo() throws {
        func fromFork(_ payload: String) throws -> Bool {
            guard case .accepted(.pullRequest(let request)) = Self.github("pull_request", payload) else {
                throw WebhookTestFailure.notAPullRequest
            }
            return request.fromFork
        }
        let own = WebhookPayloads.gitHubPullRequest(action: "opened")
        #expect(try fromFork(own) == false)
        let forked = own.replacingOccurrences(
            of: #""repo": {"full_name": "acme/deploy", "clone_url": "https://github.com/acme/deploy.git"}"#,
            with: #""repo": {"full_name": "mallory/deploy", "clone_url": "https://github.com/mallory/deploy.git"}"#)
        #expect(forked != own)
        #expect(try fromFork(forked) == true)
        let deleted = own.replacingOccurrences(
            of: #""repo": {"full_name": "acme/deploy", "clone_url": "https://github.com/acme/deploy.git"}"#,
            with: #""repo": null"#)
        #expect(try fromFork(deleted) == true)
        let lab = WebhookPayloads.gitLabMergeRequest(action: "open", oldrev: nil)
        guard case .accepted(.pullRequest(let sameProject)) = Self.gitlab("Merge Request Hook", lab),
            case .accepted(.pullRequest(let otherProject)) = Self.gitlab(
                "Merge Request Hook",
                lab.replacingOccurrences(
                    of: #""source": {"git_http_url": "https://gitlab.example.com/acme/platform/deploy.git"}"#,
                    with: #""source": {"git_http_url": "https://gitlab.example.com/mallory/deploy.git"}"#))
        else { throw WebhookTestFailure.notAPullRequest }
        #expect(!sameProject.fromFork && otherProject.fromFork)
    }

    private enum WebhookTestFailure: Error { case notAPullRequest }

    @Test func anEditedOrLabelledPullRequestIsIgnoredWithItsReason() {
        let outcome = Self.github("pull_request", WebhookPayloads.gitHubPullRequest(action: "labeled"))
        #expect(outcome.httpStatus == 200)
        #expect(outcome.message == "ignored: pull request action labeled changes nothing to plan")
    }

    @Test func tagPushesDeletedBranchesAndUnknownEventsAreIgnored() {
        #expect(
            Self.github("push", WebhookPayloads.gitHubPush(ref: "refs/tags/v1.2.0"))
                == .ignored("refs/tags/v1.2.0 is not a branch"))
        #expect(
            Self.github("push", WebhookPayloads.gitHubPush(after: WebhookPayloads.before))
                == .ignored("branch main was deleted"))
        #expect(Self.github("issues", #"{"action": "opened"}"#) == .ignored("GitHub event issues is not handled"))
    }

    @Test func aWrongOrMissingGitHubSignatureIsUnauthorized() {
        let body = WebhookPayloads.gitHubPush()
        let wrongSecret = Self.github("push", body, signature: "sha256=" + Self.hmac(body, secret: "guess"))
        #expect(wrongSecret == .unauthorized("X-Hub-Signature-256 does not match the body"))
        #expect(wrongSecret.httpStatus == 401)
        let otherBody = Self.github("push", body, signature: "sha256=" + Self.hmac(body + " "))
        #expect(otherBody.httpStatus == 401)
        #expect(Self.github("push", body, signature: Self.hmac(body)).httpStatus == 401)
        #expect(Self.github("push", body, signature: "sha256=zz").httpStatus == 401)
        let missing = Self.receiver.receive(.github, headers: ["X-GitHub-Event": "push"], body: Array(body.utf8))
        #expect(missing == .unauthorized("missing X-Hub-Signature-256"))
    }

    @Test func aBodyOverOneMebibyteIsTooLargeBeforeAnythingElse() {
        let body = [UInt8](repeating: UInt8(ascii: " "), count: WebhookReceiver.defaultMaximumBodySize + 1)
        let outcome = Self.receiver.receive(.github, headers: ["X-GitHub-Event": "push"], body: body)
        #expect(outcome == .tooLarge(limit: 1 << 20))
        #expect(outcome.httpStatus == 413)
    }

    @Test func malformedPayloadsSayWhatIsWrong() {
        let notJSON = Self.github("push", "{\"ref\": ")
        #expect(notJSON == .malformed("the body is not JSON"))
        #expect(notJSON.httpStatus == 400)
        #expect(
            Self.github("push", #"{"ref": "refs/heads/main", "repository": {}}"#) == .malformed("missing field after"))
        #expect(
            Self.github("pull_request", #"{"action": "opened", "number": "42"}"#)
                == .malformed("field number has the wrong type (expected Int)"))
        #expect(
            Self.github("push", WebhookPayloads.gitHubPush(after: "not-a-sha"))
                == .malformed("after: not-a-sha is not a commit id"))
    }

    @Test func anEmptySecretRefusesEverything() {
        let body = WebhookPayloads.gitHubPush()
        let receiver = WebhookReceiver(secret: " \n")
        let outcome = receiver.receive(
            .github,
            headers: ["X-GitHub-Event": "push", "X-Hub-Signature-256": "sha256=" + Self.hmac(body, secret: "")],
            body: Array(body.utf8))
        #expect(outcome == .unauthorized("no webhook secret is configured"))
    }

    // MARK: GitLab

    static func gitlab(_ event: String, _ body: String, token: String = secret) -> WebhookOutcome {
        receiver.receive(.gitlab, headers: ["X-Gitlab-Event": event, "X-Gitlab-Token": token], body: Array(body.utf8))
    }

    @Test func aGitLabPushWithTheTokenIsAccepted() {
        guard case .accepted(.push(let push)) = Self.gitlab("Push Hook", WebhookPayloads.gitLabPush) else {
            Issue.record("expected a push")
            return
        }
        #expect(push.branch == "main")
        #expect(push.after == Self.after)
        #expect(push.repository.matches("git@gitlab.example.com:acme/platform/deploy.git"))
    }

    @Test func aWrongOrMissingGitLabTokenIsUnauthorized() {
        #expect(Self.gitlab("Push Hook", WebhookPayloads.gitLabPush, token: "hook-secret-8f2b").httpStatus == 401)
        #expect(Self.gitlab("Push Hook", WebhookPayloads.gitLabPush, token: "").httpStatus == 401)
        let missing = Self.receiver.receive(
            .gitlab, headers: ["X-Gitlab-Event": "Push Hook"], body: Array(WebhookPayloads.gitLabPush.utf8))
        #expect(missing == .unauthorized("missing X-Gitlab-Token"))
    }

    @Test func gitLabMergeRequestActionsAreNormalised() {
        let opened = Self.gitlab("Merge Request Hook", WebhookPayloads.gitLabMergeRequest(action: "open", oldrev: nil))
        guard case .accepted(.pullRequest(let request)) = opened else {
            Issue.record("expected a merge request, got \(opened)")
            return
        }
        #expect(request.action == .opened)
        #expect(request.number == 3)
        #expect(request.headCommit == Self.after)
        #expect(request.headBranch == "web-memory")
        #expect(request.baseBranch == "main")

        let pushed = Self.gitlab(
            "Merge Request Hook", WebhookPayloads.gitLabMergeRequest(action: "update", oldrev: WebhookPayloads.after))
        guard case .accepted(.pullRequest(let update)) = pushed else {
            Issue.record("expected a merge request, got \(pushed)")
            return
        }
        #expect(update.action == .synchronize)
        #expect(
            Self.gitlab("Merge Request Hook", WebhookPayloads.gitLabMergeRequest(action: "update", oldrev: nil))
                == .ignored("merge request update without new commits changes nothing to plan"))
        for closing in ["close", "merge"] {
            let closed = Self.gitlab(
                "Merge Request Hook", WebhookPayloads.gitLabMergeRequest(action: closing, oldrev: nil))
            guard case .accepted(.pullRequest(let request)) = closed else {
                Issue.record("expected a closed merge request, got \(closed)")
                continue
            }
            #expect(request.action == .closed)
        }
        #expect(
            Self.gitlab("Merge Request Hook", WebhookPayloads.gitLabMergeRequest(action: "approved", oldrev: nil))
                == .ignored("merge request action approved changes nothing to plan"))
        #expect(Self.gitlab("Tag Push Hook", "{}") == .ignored("GitLab event Tag Push Hook is not handled"))
    }

    // MARK: Gitea and Forgejo

    @Test func giteaAndForgejoSignaturesAreAccepted() {
        let body = WebhookPayloads.giteaPush
        for (event, signature) in [("X-Gitea-Event", "X-Gitea-Signature"), ("X-Forgejo-Event", "X-Forgejo-Signature")] {
            let outcome = Self.receiver.receive(
                .gitea, headers: WebhookHeaders([(event, "push"), (signature, Self.hmac(body))]), body: Array(body.utf8)
            )
            guard case .accepted(.push(let push)) = outcome else {
                Issue.record("expected a push with \(signature), got \(outcome)")
                continue
            }
            #expect(push.repository.matches("https://git.example.com/acme/web.git"))
            #expect(push.repository.matches("ssh://git@git.example.com:2222/acme/web.git"))
        }
    }

    @Test func aGiteaSynchronizedPullRequestIsASynchronize() {
        let body = WebhookPayloads.giteaPullRequestSynchronized
        let outcome = Self.receiver.receive(
            .gitea, headers: ["X-Gitea-Event": "pull_request", "X-Gitea-Signature": Self.hmac(body)],
            body: Array(body.utf8))
        guard case .accepted(.pullRequest(let request)) = outcome else {
            Issue.record("expected a pull request, got \(outcome)")
            return
        }
        #expect(request.action == .synchronize)
        #expect(request.number == 7)
        #expect(request.repository.matches("git@git.example.com:acme/deploy.git"))
    }

    @Test func aGiteaSignatureOfAnotherSecretIsUnauthorized() {
        let body = WebhookPayloads.giteaPush
        let outcome = Self.receiver.receive(
            .gitea, headers: ["X-Gitea-Event": "push", "X-Gitea-Signature": Self.hmac(body, secret: "other")],
            body: Array(body.utf8))
        #expect(outcome == .unauthorized("X-Gitea-Signature does not match the body"))
        let missing = Self.receiver.receive(.gitea, headers: ["X-Gitea-Event": "push"], body: Array(body.utf8))
        #expect(missing.httpStatus == 401)
    }

    // MARK: Generic

    @Test func aGenericHookWithTheBearerTokenIsAPush() {
        let body = #"{"repository": "https://git.example.com/acme/web.git", "branch": "main"}"#
        let outcome = Self.receiver.receive(
            .generic, headers: ["authorization": "Bearer \(Self.secret)"], body: Array(body.utf8))
        #expect(
            outcome
                == .accepted(
                    .push(
                        PushEvent(
                            repository: RepositoryURLs(["https://git.example.com/acme/web.git"]), branch: "main",
                            after: nil))))
        let wrong = Self.receiver.receive(.generic, headers: ["Authorization": "Bearer nope"], body: Array(body.utf8))
        #expect(wrong == .unauthorized("the bearer token does not match the secret"))
        let basic = Self.receiver.receive(
            .generic, headers: ["Authorization": "Basic Zm9vOmJhcg=="], body: Array(body.utf8))
        #expect(basic.httpStatus == 401)
        let noBranch = Self.receiver.receive(
            .generic, headers: ["Authorization": "Bearer \(Self.secret)"], body: Array(#"{"repository": "x"}"#.utf8))
        #expect(noBranch == .malformed("missing field branch"))
    }
}
