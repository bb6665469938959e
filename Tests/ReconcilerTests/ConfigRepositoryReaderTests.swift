import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import TestSupport
import Testing

@Suite struct ConfigRepositoryReaderTests {
    private static func manifest(_ name: String, image: String = "berth-test/busybox:latest") -> String {
        "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: \(name)}\nspec: {image: \"\(image)\"}\n"
    }

    @Test func readsTheBranchHeadAndReparsesOnlyChangedFiles() async throws {
        let fixture = try GitFixture()
        try fixture.write(Self.manifest("web"), to: "deployments/web.yaml")
        try fixture.write(Self.manifest("api"), to: "deployments/team/api.yml")
        try fixture.write("not a manifest", to: "deployments/README.md")
        try fixture.write(Self.manifest("elsewhere"), to: "other/elsewhere.yaml")
        let first = try fixture.commitAndPush("two deployments")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let reader = ConfigRepositoryReader(
            repositories: GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test")),
            remote: GitRemote(url: fixture.fileURL), branch: "main", path: "deployments", controller: .default
        )

        let initial = try await reader.read()
        #expect(initial.commit.hex == first)
        #expect(initial.state.deployments.map(\.name) == ["api", "web"])
        #expect(initial.state.diagnostics.isEmpty)
        #expect(initial.parsedFiles == 2)

        try fixture.write(Self.manifest("web", image: "berth-test/busybox:other"), to: "deployments/web.yaml")
        try fixture.write(Self.manifest("api").replacingOccurrences(of: "name: api", with: "name: web"), to: "deployments/team/api.yml")
        _ = try fixture.commitAndPush("change web, clash api")
        let changed = try await reader.read()
        #expect(changed.parsedFiles == 2)
        #expect(changed.state.deployments.isEmpty, "both documents claim the name web")
        #expect(changed.state.diagnostics.count == 2)

        let again = try await reader.read()
        #expect(again.parsedFiles == 0)
        #expect(again.state.diagnostics == changed.state.diagnostics)

        try fixture.write(Self.manifest("elsewhere", image: "berth-test/busybox:other"), to: "other/elsewhere.yaml")
        let outside = try fixture.commitAndPush("a change outside the folder")
        let unchanged = try await reader.read()
        #expect(unchanged.commit.hex == outside, "the snapshot names the commit it was read at")
        #expect(unchanged.parsedFiles == 0)
        #expect(unchanged.state.diagnostics == changed.state.diagnostics)

        try fixture.write(Self.manifest("api"), to: "deployments/team/api.yml")
        _ = try fixture.commitAndPush("api again")
        let fixed = try await reader.read()
        #expect(fixed.parsedFiles == 1)
        #expect(fixed.state.deployments.map(\.name) == ["api", "web"])
    }

    @Test func unreachableRepositoryThrowsInsteadOfReadingAsEmpty() async throws {
        let state = try TemporaryDirectory(prefix: "berth-state")
        let reader = ConfigRepositoryReader(
            repositories: GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test")),
            remote: GitRemote(url: "file:///nonexistent/config.git"), branch: "main", path: "deployments",
            controller: .default
        )
        await #expect(throws: (any Error).self) { _ = try await reader.read() }
    }
}

extension ConfigRepositoryReaderTests {
    @Test func aComposeServiceBuildsFromTheConfigRepositoryAtItsBranch() async throws {
        let fixture = try GitFixture()
        try fixture.write("services: {web: {build: ./web}, cache: {image: x}}\n", to: "deployments/shop/compose.yaml")
        try fixture.commitAndPush("compose")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let reader = ConfigRepositoryReader(
            repositories: GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test")),
            remote: GitRemote(url: fixture.fileURL), branch: "main", path: "deployments", controller: .default
        )
        let read = try await reader.read()
        #expect(read.state.diagnostics.isEmpty, "\(read.state.diagnostics)")
        #expect(read.state.deployments.map(\.name) == ["shop-cache", "shop-web"])
        guard case .source(let source, _, _) = read.state.deployments.last?.spec.artifact else {
            Issue.record("web builds from source")
            return
        }
        #expect(source.repo == fixture.fileURL && source.ref == "main" && source.path == "deployments/shop/web")
    }
}

/// A `configRepo.path` missing at the commit is an error that names it, never "nothing declared" (DESIGN §4);
/// a folder that exists but holds no manifest is read as empty (the allowEmpty rule guards that case).
@Suite struct ConfigPathTests {
    private func reader(_ fixture: GitFixture, path: String, state: TemporaryDirectory) -> ConfigRepositoryReader {
        ConfigRepositoryReader(
            repositories: GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test")),
            remote: GitRemote(url: fixture.fileURL), branch: "main", path: path, controller: .default
        )
    }

    @Test(arguments: ["deploymnts", "deployments/missing", "deployments/web.yaml/x"])
    func aPathMissingAtTheCommitThrowsConfigPathMissing(path: String) async throws {
        let fixture = try GitFixture()
        try fixture.write("apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {image: x}\n", to: "deployments/web.yaml")
        try fixture.commitAndPush("one deployment")
        let state = try TemporaryDirectory(prefix: "berth-state")
        await #expect {
            _ = try await reader(fixture, path: path, state: state).read()
        } throws: { error in
            (error as? ConfigPathMissing)?.description.contains("configRepo.path \"\(path)\" does not exist") == true
        }
    }

    @Test func aFolderWithoutManifestsIsReadAsEmpty() async throws {
        let fixture = try GitFixture()
        try fixture.write("nothing here\n", to: "deployments/README.md")
        try fixture.commitAndPush("no manifests")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let snapshot = try await reader(fixture, path: "deployments", state: state).read()
        #expect(snapshot.state.deployments.isEmpty && snapshot.state.invalid.isEmpty)
    }
}
