import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct BranchPublisherTests {
    @Test func aBranchIsWrittenOnTopOfTheBaseReplacedByTheNextWriteAndDeleted() async throws {
        let fixture = try GitFixture()
        try fixture.write("kind: Deployment\n", to: "deploy/web.yaml")
        try fixture.write("keep\n", to: "README")
        let base = try fixture.commitAndPush("first")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        _ = try await store.sync(remote)

        let first = try await store.publishBranch(
            "berth/drift/web-1", from: CommitID(hex: base)!,
            writing: ["drift/web-1.md": "# one\n", "deploy/web.yaml": "kind: Deployment # edited\n"],
            message: "Drift on web-1", in: remote)
        #expect(try fixture.bareGit("rev-parse", "refs/heads/berth/drift/web-1") == first.hex)
        #expect(try fixture.bareGit("rev-parse", "berth/drift/web-1^") == base)
        #expect(try fixture.bareGit("show", "berth/drift/web-1:drift/web-1.md") == "# one")
        #expect(try fixture.bareGit("show", "berth/drift/web-1:deploy/web.yaml") == "kind: Deployment # edited")
        #expect(try fixture.bareGit("show", "berth/drift/web-1:README") == "keep")
        #expect(try fixture.bareGit("log", "-1", "--format=%an %s", "berth/drift/web-1") == "berth Drift on web-1")

        // The next scan replaces the branch: one commit on the (new) base, not a second one on top.
        try fixture.write("more\n", to: "NOTES")
        let newBase = try fixture.commitAndPush("second")
        _ = try await store.sync(remote)
        let second = try await store.publishBranch(
            "berth/drift/web-1", from: CommitID(hex: newBase)!, writing: ["drift/web-1.md": "# two\n"],
            message: "Drift on web-1", in: remote)
        #expect(try fixture.bareGit("rev-parse", "berth/drift/web-1") == second.hex)
        #expect(try fixture.bareGit("rev-parse", "berth/drift/web-1^") == newBase)
        #expect(try fixture.bareGit("show", "berth/drift/web-1:drift/web-1.md") == "# two")
        #expect(try fixture.bareGit("show", "berth/drift/web-1:deploy/web.yaml") == "kind: Deployment")

        try await store.deleteBranch("berth/drift/web-1", in: remote)
        #expect(try fixture.bareGit("branch", "--list", "berth/*") == "")
        try await store.deleteBranch("berth/drift/web-1", in: remote)  // gone already: nothing to do
    }

    @Test func aBaseThatIsNotMirroredFails() async throws {
        let fixture = try GitFixture()
        _ = try fixture.commitAndPush("first")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        await #expect(throws: GitError.self) {
            try await store.publishBranch(
                "berth/drift/h", from: CommitID(hex: String(repeating: "a", count: 40))!, writing: ["a": "b"],
                message: "m", in: remote)
        }
    }
}
