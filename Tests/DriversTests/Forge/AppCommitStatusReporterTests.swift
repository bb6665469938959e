import Drivers
import Foundation
import Logging
import TestSupport
import Testing

/// Statuses on app commits: the repository comes from each clone URL, the forge and token are the config's.
@Suite struct AppCommitStatusReporterTests {
    @Test func eachStatusGoesToTheRepositoryItsCloneURLNames() async throws {
        let server = try ForgeAPIServer(
            flavor: "github", repository: "acme/deploy", token: ForgeStatusReporterTests.token,
            statusRepositories: ["acme/web", "acme/api"])
        let reporter = ForgeAppStatusReporter(
            flavor: .github, baseURL: server.baseURL, token: ForgeStatusReporterTests.token,
            logger: Logger(label: "test"))
        try await reporter.post(
            ForgeStatusReporterTests.status(.pending), on: GitRemote(url: "https://github.com/acme/web.git"))
        try await reporter.post(
            ForgeStatusReporterTests.status(.success), on: GitRemote(url: "git@github.com:acme/api.git"))
        let requests = try server.received()
        let commit = ForgeStatusReporterTests.commit.hex
        #expect(requests.map(\.path) == ["/repos/acme/web/statuses/\(commit)", "/repos/acme/api/statuses/\(commit)"])
        #expect(requests.map(\.answered) == [201, 201])
        #expect(requests.map { $0.fields["state"] } == ["pending", "success"])
    }

    @Test func aCloneURLWithoutAForgeRepositoryIsRefusedBeforeAnyRequest() async throws {
        let server = try ForgeAPIServer(flavor: "github", repository: "acme/deploy", token: "t")
        let reporter = ForgeAppStatusReporter(
            flavor: .github, baseURL: server.baseURL, token: "t", logger: Logger(label: "test"))
        let local = GitRemote(url: "file:///srv/git/web.git")
        await #expect(throws: AppRepositoryUnknown.self) {
            try await reporter.post(ForgeStatusReporterTests.status(.pending), on: local)
        }
        #expect(try server.received().isEmpty)
    }
}
