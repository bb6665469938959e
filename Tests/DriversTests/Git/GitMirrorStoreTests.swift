import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct GitMirrorStoreTests {
    let fixture: GitFixture
    let state: TemporaryDirectory
    let store: GitMirrorStore
    let remote: GitRemote

    init() throws {
        fixture = try GitFixture()
        state = try TemporaryDirectory(prefix: "berth-state")
        store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        remote = GitRemote(url: fixture.fileURL)
    }

    private var fetchHead: URL { store.mirrorDirectory(for: remote).appendingPathComponent("FETCH_HEAD") }

    @Test func mirrorsOnceAndFetchesAgainOnlyWhenTheRemoteMoved() async throws {
        let first = try fixture.commitAndPush("first")
        let initial = try await store.sync(remote)
        #expect(initial.fetched)
        #expect(initial.heads == [RemoteHead(name: "refs/heads/main", commit: CommitID(hex: first)!)])
        #expect(store.mirrorDirectory(for: remote).path.hasPrefix(state.url.appendingPathComponent("mirrors").path))
        let stamp = try FileManager.default.attributesOfItem(atPath: fetchHead.path)[.modificationDate] as? Date

        try await Task.sleep(for: .milliseconds(20))
        let again = try await store.sync(remote)
        #expect(!again.fetched)
        let stampAfter = try FileManager.default.attributesOfItem(atPath: fetchHead.path)[.modificationDate] as? Date
        #expect(stamp == stampAfter, "FETCH_HEAD was rewritten: the second sync fetched")

        try fixture.write("two", to: "b.txt")
        let second = try fixture.commitAndPush("second")
        let moved = try await store.sync(remote)
        #expect(moved.fetched)
        #expect(try await store.resolve("main", in: remote) == CommitID(hex: second)!)
    }

    /// A mirror fetches from exactly the remote's URL: a `url.<base>.insteadOf` rule in its git config is not
    /// applied (looking those rules up leaks memory in libgit2 1.5 on every remote created; see
    /// `GitRemoteHandle.anonymous`), just as listing a remote's heads never applied them.
    @Test func fetchesTheRemoteURLWhateverInsteadOfRulesSay() async throws {
        _ = try fixture.commitAndPush("first")
        _ = try await store.sync(remote)
        let mirror = store.mirrorDirectory(for: remote).path
        try GitCommand.git(["--git-dir", mirror, "config", "url.file:///nonexistent/berth.git.insteadOf", fixture.fileURL])
        try fixture.write("two", to: "b.txt")
        let second = try fixture.commitAndPush("second")
        #expect(try await store.sync(remote).fetched)
        #expect(try await store.resolve("main", in: remote) == CommitID(hex: second)!)
    }

    @Test func countsTheCommitsBetweenTwoCommitsBothWays() async throws {
        let first = try #require(CommitID(hex: try fixture.commitAndPush("first")))
        for index in 2...4 {
            try fixture.write("\(index)", to: "n.txt")
            _ = try fixture.commitAndPush("commit \(index)")
        }
        _ = try await store.sync(remote)
        let head = try await store.resolve("main", in: remote)
        #expect(try await store.distance(from: first, to: head, in: remote) == CommitDistance(ahead: 3, behind: 0))
        #expect(try await store.distance(from: head, to: first, in: remote) == CommitDistance(ahead: 0, behind: 3))
        #expect(try await store.distance(from: head, to: head, in: remote) == CommitDistance(ahead: 0, behind: 0))
        let unknown = try #require(CommitID(hex: String(repeating: "1", count: 40)))
        await #expect(throws: GitError.self) { try await store.distance(from: unknown, to: head, in: remote) }
    }

    @Test func resolvesBranchesTagsAndCommitIds() async throws {
        let first = try fixture.commitAndPush("first")
        try fixture.git("tag", "v1")
        try fixture.git("tag", "-a", "-m", "annotated", "v1-annotated")
        try fixture.write("x", to: "x")
        let second = try fixture.commitAndPush("second")
        _ = try await store.sync(remote)

        #expect(try await store.resolve("main", in: remote).hex == second)
        #expect(try await store.resolve("refs/heads/main", in: remote).hex == second)
        #expect(try await store.resolve("v1", in: remote).hex == first)
        #expect(try await store.resolve("v1-annotated", in: remote).hex == first)
        #expect(try await store.resolve(first, in: remote).hex == first)
        await #expect(throws: GitError.self) { try await store.resolve("nope", in: remote) }
        await #expect(throws: GitError.self) { try await store.resolve(String(repeating: "a", count: 40), in: remote) }
    }

    @Test func readsFilesUnderAPathWithoutACheckout() async throws {
        try fixture.write("kind: a", to: "deployments/web.yaml")
        try fixture.write("kind: b", to: "deployments/nested/cache.yml")
        try fixture.write("notes", to: "deployments/README.md")
        try fixture.write("other", to: "elsewhere/app.yaml")
        try fixture.symlink("deployments/link.yaml", to: "../elsewhere/app.yaml")
        let commit = CommitID(hex: try fixture.commitAndPush("manifests"))!
        _ = try await store.sync(remote)

        let yaml = try await store.files(under: "deployments", at: commit, in: remote, pathExtensions: ["yaml", "yml"])
        #expect(yaml.map(\.path) == ["deployments/nested/cache.yml", "deployments/web.yaml"])
        #expect(yaml.map { String(decoding: $0.contents, as: UTF8.self) } == ["kind: b", "kind: a"])
        let blob = try fixture.git("rev-parse", "\(commit.hex):deployments/web.yaml")
        #expect(yaml[1].blobID.hex == blob)

        let all = try await store.files(under: "./deployments/", at: commit, in: remote)
        #expect(all.map(\.path) == ["deployments/README.md", "deployments/nested/cache.yml", "deployments/web.yaml"])
        #expect(try await store.files(under: "missing", at: commit, in: remote).isEmpty)
        #expect(
            try await store.files(under: "deployments/web.yaml", at: commit, in: remote).map(\.path) == [
                "deployments/web.yaml"
            ])
        await #expect(throws: GitError.self) { try await store.files(under: "../etc", at: commit, in: remote) }
    }

    @Test func treeIdAtAPathMatchesGit() async throws {
        try fixture.write("a", to: "app/src/main.c")
        try fixture.write("b", to: "other/file")
        let commit = CommitID(hex: try fixture.commitAndPush("tree"))!
        _ = try await store.sync(remote)

        #expect(
            try await store.treeID(at: "app", commit: commit, in: remote)?.hex
                == fixture.git("rev-parse", "\(commit.hex):app"))
        #expect(
            try await store.treeID(at: ".", commit: commit, in: remote)?.hex
                == fixture.git("rev-parse", "\(commit.hex)^{tree}"))
        #expect(try await store.treeID(at: "nowhere", commit: commit, in: remote) == nil)
        await #expect(throws: GitError.self) { try await store.treeID(at: "other/file", commit: commit, in: remote) }
    }

    @Test func diffIsLimitedToThePathWithStatsAndACap() async throws {
        try fixture.write("one\ntwo\nthree\n", to: "app/a.txt")
        try fixture.write("old\n", to: "app/gone.txt")
        try fixture.write("outside\n", to: "docs/readme")
        let from = CommitID(hex: try fixture.commitAndPush("base"))!
        try fixture.write("one\n2\nthree\nfour\n", to: "app/a.txt")
        try fixture.remove("app/gone.txt")
        try fixture.write("new\n", to: "app/new.txt")
        try fixture.write("changed outside\n", to: "docs/readme")
        let to = CommitID(hex: try fixture.commitAndPush("change"))!
        _ = try await store.sync(remote)

        let diff = try await store.diff(from: from, to: to, path: "app", in: remote)
        #expect(diff.files.map(\.path) == ["app/a.txt", "app/gone.txt", "app/new.txt"])
        #expect(diff.files.map(\.kind) == [.modified, .deleted, .added])
        #expect(diff.files[0].additions == 2 && diff.files[0].deletions == 1)
        #expect(diff.files[1].deletions == 1 && diff.files[2].additions == 1)
        #expect(diff.patch.contains("+four") && !diff.patch.contains("outside"))
        #expect(!diff.isTruncated)

        let capped = try await store.diff(from: from, to: to, path: "app", in: remote, maxPatchBytes: 200)
        #expect(capped.isTruncated)
        #expect(capped.files.count == 3)
        #expect(capped.patch.utf8.count <= 200)

        let first = try await store.diff(from: nil, to: from, path: ".", in: remote)
        #expect(first.files.map(\.path) == ["app/a.txt", "app/gone.txt", "docs/readme"])
        #expect(first.files.allSatisfy { $0.kind == .added })
    }

    @Test func aReviewDiffShowsTheChangedFileWhole() async throws {
        let lines = (1...40).map { "line \($0)" }
        try fixture.write(lines.joined(separator: "\n") + "\n", to: "app/long.txt")
        let from = CommitID(hex: try fixture.commitAndPush("base"))!
        var changed = lines
        changed[35] = "changed"
        try fixture.write(changed.joined(separator: "\n") + "\n", to: "app/long.txt")
        let to = CommitID(hex: try fixture.commitAndPush("change"))!
        _ = try await store.sync(remote)

        let diff = try await store.diff(from: from, to: to, path: ".", in: remote)
        // Line 1 is 35 lines from the change: context a reviewer reads, never an added line.
        #expect(diff.patch.contains("@@ -1,40 +1,40 @@\n line 1\n"))
        #expect(diff.patch.contains("-line 36\n+changed\n line 37"))
        #expect(diff.patch == FilePatch.between(lines.joined(separator: "\n") + "\n", changed.joined(separator: "\n") + "\n", path: "app/long.txt"))
    }

    @Test func readingAnUnmirroredRemoteSaysToSyncFirst() async throws {
        await #expect {
            try await store.resolve("main", in: remote)
        } throws: { error in
            (error as? GitError)?.code == .notFound && "\(error)".contains("sync it first")
        }
    }

    @Test func aFailedFirstSyncLeavesNoMirror() async throws {
        let missing = GitRemote(url: "file://\(state.url.path)/no-such-repository.git")
        await #expect(throws: GitError.self) { try await store.sync(missing) }
        #expect(!FileManager.default.fileExists(atPath: store.mirrorDirectory(for: missing).path))
    }

    @Test func cancellingTheTaskStopsTheFetch() async throws {
        try fixture.write("data", to: "file.txt")
        try fixture.commitAndPush("first")
        let store = store
        let remote = remote
        let outcome = await Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await store.sync(remote)
        }.result
        #expect(throws: GitError.self) { try outcome.get() }
        if case .failure(let error as GitError) = outcome { #expect(error.code == .cancelled) }
        #expect(!FileManager.default.fileExists(atPath: store.mirrorDirectory(for: remote).path))
    }

    @Test func concurrentSyncsOfOneRemoteAgree() async throws {
        let head = try fixture.commitAndPush("first")
        let results = try await withThrowingTaskGroup(of: MirrorSync.self) { group in
            for _ in 0..<4 { group.addTask { try await store.sync(remote) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter(\.fetched).count == 1)
        #expect(try await store.resolve("main", in: remote).hex == head)
    }
}
