import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct PullRequestClientTests {
    static let token = "s3cret-pr-token"
    static let head = "berth/drift/web-1"

    static func client(
        _ flavor: ForgeFlavor, _ server: ForgeAPIServer, token: String = token, repository: String = "acme/deploy"
    ) throws -> PullRequestClient {
        try PullRequestClient(
            flavor: flavor, baseURL: server.baseURL, repository: ForgeRepository(path: repository)!, token: token,
            retry: ForgeRetryPolicy(attempts: 3, initialDelay: .milliseconds(10)), logger: Logger(label: "test"))
    }

    @Test(arguments: ForgeFlavor.allCases)
    func opensFindsUpdatesCommentsAndCloses(_ flavor: ForgeFlavor) async throws {
        let server = try ForgeAPIServer(flavor: flavor.rawValue, repository: "acme/deploy", token: Self.token)
        let client = try Self.client(flavor, server)
        #expect(try await client.findOpen(head: Self.head, base: "main") == nil)

        let opened = try await client.open(title: "Drift on web-1", body: "first", head: Self.head, base: "main")
        #expect(opened.number == 1)
        #expect(opened.isOpen && opened.head == Self.head && opened.base == "main" && opened.body == "first")
        #expect(try await client.findOpen(head: Self.head, base: "main") == opened)
        #expect(try await client.findOpen(head: Self.head, base: "release") == nil)
        #expect(try await client.findOpen(head: "berth/drift/other", base: "main") == nil)

        let updated = try await client.update(1, title: "Drift on web-1 (2 findings)", body: "second")
        #expect(updated.title == "Drift on web-1 (2 findings)" && updated.body == "second" && updated.isOpen)
        try await client.comment(on: 1, body: "drift is gone")
        try await client.close(1)
        #expect(try await client.findOpen(head: Self.head, base: "main") == nil)

        #expect(
            try server.pullRequests() == [
                .init(
                    number: 1, state: "closed", head: Self.head, base: "main", title: "Drift on web-1 (2 findings)",
                    body: "second", comments: ["drift is gone"])
            ])
        #expect(try server.received().allSatisfy { (200..<300).contains($0.answered) })
    }

    @Test func gitHubPathsHeadersAndFields() async throws {
        let server = try ForgeAPIServer(flavor: "github", repository: "acme/deploy", token: Self.token)
        let client = try Self.client(.github, server)
        _ = try await client.findOpen(head: Self.head, base: "main")
        _ = try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        _ = try await client.update(1, title: "t2", body: "b2")
        try await client.comment(on: 1, body: "c")
        try await client.close(1)
        let requests = try server.received()
        #expect(
            requests.map { "\($0.method) \($0.path)" } == [
                "GET /repos/acme/deploy/pulls?state=open&head=acme%3Aberth%2Fdrift%2Fweb-1&base=main&per_page=100",
                "POST /repos/acme/deploy/pulls", "PATCH /repos/acme/deploy/pulls/1",
                "POST /repos/acme/deploy/issues/1/comments", "PATCH /repos/acme/deploy/pulls/1",
            ])
        #expect(requests.allSatisfy { $0.header("Authorization") == "Bearer \(Self.token)" })
        #expect(requests[1].fields == ["title": "t", "body": "b", "head": Self.head, "base": "main"])
        #expect(requests[4].fields == ["state": "closed"])
    }

    @Test func giteaPathsAndTokenHeader() async throws {
        let server = try ForgeAPIServer(flavor: "gitea", repository: "acme/deploy", token: Self.token)
        let client = try Self.client(.gitea, server)
        _ = try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        _ = try await client.findOpen(head: Self.head, base: "main")
        try await client.comment(on: 1, body: "c")
        try await client.close(1)
        let requests = try server.received()
        #expect(
            requests.map { "\($0.method) \($0.path)" } == [
                "POST /api/v1/repos/acme/deploy/pulls",
                "GET /api/v1/repos/acme/deploy/pulls?state=open&page=1&limit=50",
                "POST /api/v1/repos/acme/deploy/issues/1/comments", "PATCH /api/v1/repos/acme/deploy/pulls/1",
            ])
        #expect(requests.allSatisfy { $0.header("Authorization") == "token \(Self.token)" })
    }

    @Test func gitLabPathsFieldsAndStateEvent() async throws {
        let server = try ForgeAPIServer(flavor: "gitlab", repository: "acme/platform/deploy", token: Self.token)
        let client = try Self.client(.gitlab, server, repository: "acme/platform/deploy")
        _ = try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        _ = try await client.findOpen(head: Self.head, base: "main")
        _ = try await client.update(1, title: "t2", body: "b2")
        try await client.comment(on: 1, body: "c")
        try await client.close(1)
        let requests = try server.received()
        let project = "/api/v4/projects/acme%2Fplatform%2Fdeploy/merge_requests"
        #expect(
            requests.map { "\($0.method) \($0.path)" } == [
                "POST \(project)",
                "GET \(project)?state=opened&source_branch=berth%2Fdrift%2Fweb-1&target_branch=main&per_page=100",
                "PUT \(project)/1", "POST \(project)/1/notes", "PUT \(project)/1",
            ])
        #expect(requests.allSatisfy { $0.header("PRIVATE-TOKEN") == Self.token })
        #expect(
            requests[0].fields == [
                "title": "t", "description": "b", "source_branch": Self.head, "target_branch": "main",
            ])
        #expect(requests[2].fields == ["title": "t2", "description": "b2"])
        #expect(requests[4].fields == ["state_event": "close"])
    }

    @Test(arguments: ForgeFlavor.allCases)
    func aSecondOpenForTheSameHeadIsRefused(_ flavor: ForgeFlavor) async throws {
        let server = try ForgeAPIServer(flavor: flavor.rawValue, repository: "acme/deploy", token: Self.token)
        let client = try Self.client(flavor, server)
        _ = try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        let error = try await #require(throws: ForgeRequestError.self) {
            try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        }
        #expect(error.httpStatus == (flavor == .github ? 422 : 409))
        #expect(try server.pullRequests().count == 1)
    }

    @Test(arguments: ForgeFlavor.allCases)
    func aBadTokenFailsWithoutShowingIt(_ flavor: ForgeFlavor) async throws {
        let server = try ForgeAPIServer(flavor: flavor.rawValue, repository: "acme/deploy", token: Self.token)
        let client = try Self.client(flavor, server, token: "wrong-token-value")
        let error = try await #require(throws: ForgeRequestError.self) {
            try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        }
        #expect(error.httpStatus == 401)
        #expect(error.attempts == 1)
        #expect(!error.description.contains("wrong-token-value"))
        #expect(!String(describing: error).contains(Self.token))
    }

    @Test func aServerErrorIsRetried() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token, script: [.init(status: 502)])
        let client = try Self.client(.github, server)
        _ = try await client.open(title: "t", body: "b", head: Self.head, base: "main")
        #expect(try server.received().map(\.answered) == [502, 201])
    }

    @Test func aBodyLongerThanGitHubTakesIsCut() async throws {
        let server = try ForgeAPIServer(flavor: "github", repository: "acme/deploy", token: Self.token)
        let client = try Self.client(.github, server)
        let opened = try await client.open(
            title: "t", body: String(repeating: "| x | y |\n", count: 10_000), head: Self.head, base: "main")
        #expect(opened.body.count == 65_536)
        #expect(opened.body.hasSuffix("(cut: the full report is in the branch)\n"))
    }
}
