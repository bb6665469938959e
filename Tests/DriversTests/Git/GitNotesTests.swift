import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct GitNotesTests {
    @Test func aNoteIsWrittenUnderRefsNotesBerthAndPushed() async throws {
        let fixture = try GitFixture()
        let first = try fixture.commitAndPush("first")
        let second = try fixture.commitAndPush("second")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        _ = try await store.sync(remote)

        try await store.writeNote("berth/web: success", on: CommitID(hex: first)!, in: remote)
        #expect(try fixture.bareGit("notes", "--ref=berth", "show", first) == "berth/web: success")

        try await store.writeNote("berth/web: failure", on: CommitID(hex: second)!, in: remote)
        try await store.writeNote("berth/web: success\nberth/api: pending", on: CommitID(hex: second)!, in: remote)
        #expect(try fixture.bareGit("notes", "--ref=berth", "show", second) == "berth/web: success\nberth/api: pending")
        #expect(try fixture.bareGit("notes", "--ref=berth", "show", first) == "berth/web: success")
    }

    @Test func aNoteWrittenElsewhereMeanwhileIsKept() async throws {
        let fixture = try GitFixture()
        let first = try fixture.commitAndPush("first")
        let second = try fixture.commitAndPush("second")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        _ = try await store.sync(remote)

        try fixture.git("notes", "--ref=berth", "add", "-m", "from someone else", first)
        try fixture.git("push", "--quiet", "origin", "refs/notes/berth")
        try await store.writeNote("berth/web: success", on: CommitID(hex: second)!, in: remote)
        #expect(try fixture.bareGit("notes", "--ref=berth", "show", first) == "from someone else")
        #expect(try fixture.bareGit("notes", "--ref=berth", "show", second) == "berth/web: success")
    }
}
