import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct GitNotesStatusReporterTests {
    @Test func statusesBecomeOneReadableNotePerCommitInTheBareRepository() async throws {
        let fixture = try GitFixture()
        let first = try #require(CommitID(hex: try fixture.commitAndPush("first")))
        let second = try #require(CommitID(hex: try fixture.commitAndPush("second")))
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        _ = try await store.sync(remote)
        let reporter = GitNotesStatusReporter(repositories: store, remote: remote)

        let url = "http://127.0.0.1:8088/api/v1/runs/7"
        try await reporter.post(
            CommitStatus(
                commit: second, context: "berth/web", state: .pending, description: "rollout 7 started", targetURL: url)
        )
        try await reporter.post(
            CommitStatus(
                commit: second, context: "berth/api", state: .failure,
                description: "health: no answer on 127.0.0.1:20001"))
        try await reporter.post(
            CommitStatus(
                commit: second, context: "berth/web", state: .success, description: "generation 3 is live",
                targetURL: url))
        try await reporter.post(
            CommitStatus(commit: first, context: "berth/plan", state: .success, description: "2 to create, 0 invalid"))

        #expect(
            try fixture.bareGit("notes", "--ref", "berth", "show", second.hex)
                == """
                berth/api: failure — health: no answer on 127.0.0.1:20001
                berth/web: success — generation 3 is live (\(url))
                """)
        #expect(
            try fixture.bareGit("notes", "--ref", "berth", "show", first.hex)
                == "berth/plan: success — 2 to create, 0 invalid")
    }
}
