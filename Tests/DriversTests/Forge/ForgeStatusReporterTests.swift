import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct ForgeStatusReporterTests {
    static let token = "s3cret-forge-token"
    static let commit = CommitID(hex: "0123456789abcdef0123456789abcdef01234567")!
    static let repository = ForgeRepository(path: "acme/deploy")!

    static func reporter(
        _ flavor: ForgeFlavor, baseURL: String, token: String = token,
        retry: ForgeRetryPolicy = ForgeRetryPolicy(attempts: 4, initialDelay: .milliseconds(20))
    ) throws -> ForgeStatusReporter {
        try ForgeStatusReporter(
            flavor: flavor, baseURL: baseURL, repository: repository, token: token, retry: retry,
            logger: Logger(label: "test"))
    }

    static func status(_ state: CommitStatus.State, context: String = "berth/web") -> CommitStatus {
        CommitStatus(
            commit: commit, context: context, state: state, description: "rollout 12: \(state.rawValue)",
            targetURL: "http://127.0.0.1:8088/api/v1/runs/12")
    }

    /// Posts `states` in order to a fresh fake of `flavor` and returns what it received.
    static func requests(_ flavor: ForgeFlavor, posting states: [CommitStatus.State]) async throws
        -> [ForgeAPIServer.Request]
    {
        let server = try ForgeAPIServer(flavor: flavor.rawValue, repository: "acme/deploy", token: token)
        let reporter = try reporter(flavor, baseURL: server.baseURL)
        for state in states { try await reporter.post(status(state)) }
        return try server.received()
    }

    @Test func gitHubReceivesPendingThenSuccessInItsShape() async throws {
        let requests = try await Self.requests(.github, posting: [.pending, .success])
        #expect(requests.map(\.answered) == [201, 201])
        #expect(requests.map { $0.fields["state"] } == ["pending", "success"])
        let first = try #require(requests.first)
        #expect(first.method == "POST")
        #expect(first.path == "/repos/acme/deploy/statuses/\(Self.commit.hex)")
        #expect(first.header("Authorization") == "Bearer \(Self.token)")
        #expect(first.header("Accept") == "application/vnd.github+json")
        #expect(first.fields["context"] == "berth/web")
        #expect(first.fields["description"] == "rollout 12: pending")
        #expect(first.fields["target_url"] == "http://127.0.0.1:8088/api/v1/runs/12")
    }

    @Test func gitHubEnterpriseBaseKeepsItsPath() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token, pathPrefix: "/api/v3")
        try await Self.reporter(.github, baseURL: server.baseURL + "/api/v3/").post(Self.status(.failure))
        let requests = try server.received()
        #expect(requests.map(\.path) == ["/api/v3/repos/acme/deploy/statuses/\(Self.commit.hex)"])
        #expect(requests.map(\.answered) == [201])
    }

    @Test func aLongDescriptionIsCutTo140Characters() async throws {
        let server = try ForgeAPIServer(flavor: "github", repository: "acme/deploy", token: Self.token)
        let long = CommitStatus(
            commit: Self.commit, context: "berth/web", state: .failure,
            description: "health: " + String(repeating: "connection refused; ", count: 20))
        #expect(long.description.count == 140)
        #expect(long.description.hasSuffix("…"))
        try await Self.reporter(.github, baseURL: server.baseURL).post(long)
        #expect(try server.received().map(\.answered) == [201])
    }

    @Test func tooManyRequestsIsRetriedAfterTheTimeTheForgeAsks() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token,
            script: [.init(status: 429, headers: ["Retry-After": "1"])])
        let started = ContinuousClock.now
        try await Self.reporter(.github, baseURL: server.baseURL).post(Self.status(.success))
        #expect(ContinuousClock.now - started >= .milliseconds(900))
        #expect(try server.received().map(\.answered) == [429, 201])
    }

    @Test func anExhaustedGitHubRateLimitWaitsForItsReset() async throws {
        let reset = Int(Date().timeIntervalSince1970) + 1
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token,
            script: [.init(status: 403, headers: ["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "\(reset)"])])
        try await Self.reporter(.github, baseURL: server.baseURL).post(Self.status(.success))
        #expect(Date().timeIntervalSince1970 >= Double(reset) - 0.05)
        #expect(try server.received().map(\.answered) == [403, 201])
    }

    @Test func aServerErrorIsRetriedWithBackoff() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token, script: [.init(status: 500)])
        try await Self.reporter(.github, baseURL: server.baseURL).post(Self.status(.success))
        #expect(try server.received().map(\.answered) == [500, 201])
    }

    @Test func retriesAreBoundedAndTheErrorNamesURLAndStatus() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token,
            script: Array(repeating: .init(status: 503), count: 5))
        let reporter = try Self.reporter(
            .github, baseURL: server.baseURL, retry: ForgeRetryPolicy(attempts: 3, initialDelay: .milliseconds(10)))
        let error = try await #require(throws: CommitStatusError.self) { try await reporter.post(Self.status(.error)) }
        #expect(try server.received().map(\.answered) == [503, 503, 503])
        #expect(error.httpStatus == 503)
        #expect(error.attempts == 3)
        #expect(error.description.contains("POST \(server.baseURL)/repos/acme/deploy/statuses/\(Self.commit.hex)"))
    }

    @Test func aWaitLongerThanTheMaximumFailsAtOnce() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: Self.token,
            script: [.init(status: 429, headers: ["Retry-After": "3600"])])
        let reporter = try Self.reporter(.github, baseURL: server.baseURL)
        let error = try await #require(throws: CommitStatusError.self) {
            try await reporter.post(Self.status(.success))
        }
        #expect(error.httpStatus == 429)
        #expect(try server.received().count == 1)
    }

    @Test func aBadTokenIsNotRetriedAndNeverShown() async throws {
        let server = try ForgeAPIServer(flavor: "github", repository: "acme/deploy", token: Self.token)
        let reporter = try Self.reporter(.github, baseURL: server.baseURL, token: "wrong-token-value")
        let error = try await #require(throws: CommitStatusError.self) {
            try await reporter.post(Self.status(.success))
        }
        #expect(error.httpStatus == 401)
        #expect(error.message == "Bad credentials")
        #expect(!error.description.contains("wrong-token-value"))
        #expect(try server.received().map(\.answered) == [401])
    }

    @Test func anUnreachableForgeFailsNamingTheURL() async throws {
        let port = try GitLoopbackPort.free()
        let reporter = try Self.reporter(
            .github, baseURL: "http://127.0.0.1:\(port)",
            retry: ForgeRetryPolicy(attempts: 2, initialDelay: .milliseconds(10)))
        let error = try await #require(throws: CommitStatusError.self) {
            try await reporter.post(Self.status(.success))
        }
        #expect(error.httpStatus == nil)
        #expect(error.attempts == 2)
        #expect(error.request == "POST http://127.0.0.1:\(port)/repos/acme/deploy/statuses/\(Self.commit.hex)")
    }

    @Test func giteaReceivesItsPathTokenHeaderAndErrorState() async throws {
        let requests = try await Self.requests(.gitea, posting: [.pending, .error])
        #expect(requests.map(\.answered) == [201, 201])
        #expect(
            requests.map(\.path) == Array(repeating: "/api/v1/repos/acme/deploy/statuses/\(Self.commit.hex)", count: 2))
        #expect(requests.map { $0.fields["state"] } == ["pending", "error"])
        #expect(requests.first?.header("Authorization") == "token \(Self.token)")
        #expect(requests.first?.fields["context"] == "berth/web")
    }

    @Test func gitLabReceivesItsEncodedProjectPathAndStateNames() async throws {
        let server = try ForgeAPIServer(flavor: "gitlab", repository: "acme/platform/deploy", token: Self.token)
        let reporter = try ForgeStatusReporter(
            flavor: .gitlab, baseURL: server.baseURL + "/api/v4",
            repository: ForgeRepository(path: "acme/platform/deploy")!,
            token: Self.token, logger: Logger(label: "test"))
        try await reporter.post(Self.status(.pending))
        try await reporter.post(Self.status(.pending))  // GitLab refuses the same state twice: already set
        try await reporter.post(Self.status(.failure))
        try await reporter.post(Self.status(.success, context: "berth/api"))

        let requests = try server.received()
        #expect(requests.map(\.answered) == [201, 400, 201, 201])
        #expect(requests.first?.path == "/api/v4/projects/acme%2Fplatform%2Fdeploy/statuses/\(Self.commit.hex)")
        #expect(requests.first?.header("PRIVATE-TOKEN") == Self.token)
        #expect(requests.map { $0.fields["state"] } == ["running", "running", "failed", "success"])
        #expect(requests.map { $0.fields["name"] } == ["berth/web", "berth/web", "berth/web", "berth/api"])
    }

    @Test func aBaseURLThatIsNoHTTPURLIsRefused() {
        #expect(throws: ForgeStatusReporter.InvalidBaseURL.self) {
            try Self.reporter(.github, baseURL: "git@github.com:acme/deploy.git")
        }
    }
}
