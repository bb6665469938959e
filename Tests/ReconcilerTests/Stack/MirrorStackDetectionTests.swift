import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import TestSupport
import Testing

/// Detection and generated Dockerfiles through real git: every stack fixture committed to a repository, read
/// back through the mirror (listing and a few blobs, no checkout), and resolved into build inputs.
@Suite struct MirrorStackDetectionTests {
    /// A fixture repository, its mirror and the commit; holding it keeps the temp directories.
    private struct Mirrored {
        let app: GitFixture
        let store: GitMirrorStore
        let remote: GitRemote
        let commit: CommitID
        let state: TemporaryDirectory
    }

    /// Commits each fixture under `fixtures/<index>/` (a folder entry gets a `.keep` file) and mirrors the repo.
    private static func mirrored(_ fixtures: [[String: String]]) async throws -> Mirrored {
        let app = try GitFixture()
        for (index, files) in fixtures.enumerated() {
            for (name, text) in files {
                try app.write(text, to: "fixtures/\(index)/" + (name.hasSuffix("/") ? name + ".keep" : name))
            }
        }
        try app.commitAndPush("fixtures")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: app.fileURL)
        _ = try await store.sync(remote)
        let commit = try await store.resolve("main", in: remote)
        return Mirrored(app: app, store: store, remote: remote, commit: commit, state: state)
    }

    @Test func everyStackFixtureIsDetectedThroughTheMirror() async throws {
        let mirrored = try await Self.mirrored(StackFixture.all.map(\.files))
        let (store, remote, commit) = (mirrored.store, mirrored.remote, mirrored.commit)
        for (index, fixture) in StackFixture.all.enumerated() {
            let tree = MirrorSourceTree(
                repositories: store, remote: remote, commit: commit, path: "fixtures/\(index)")
            let detection = try await StackDetector().detect(in: tree, path: "fixtures/\(index)")
            #expect(detection.chosen.stack == fixture.stack, "\(fixture.testDescription)")
            #expect(detection.chosen.framework == fixture.framework, "\(fixture.testDescription)")
            #expect(detection.chosen.evidence.contains(fixture.evidence), "\(detection.chosen.evidence)")
        }
    }

    @Test func aMissingPathIsNamed() async throws {
        let mirrored = try await Self.mirrored([["index.html": ""]])
        let tree = MirrorSourceTree(
            repositories: mirrored.store, remote: mirrored.remote, commit: mirrored.commit, path: "nope")
        let error = await #expect(throws: StackDetectionError.self) {
            try await StackDetector().detect(in: tree, path: "nope")
        }
        #expect("\(error!)" == "spec.source.path: nope is not a folder at this commit")
    }

    private static func deployment(_ name: String, repo: String, path: String, stack: String? = nil) -> Deployment? {
        let text = """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: \(name)}
            spec: {source: {repo: "\(repo)", path: \(path)\(stack.map { ", stack: \($0)" } ?? "")}}
            """
        return ManifestParser.parse([Manifest.SourceFile(path: "\(name).yaml", contents: Data(text.utf8))])
            .deployments.first
    }

    @Test func theGeneratedDockerfileIsABuildInputAndACommittedOneKeepsItsHash() async throws {
        let mirrored = try await Self.mirrored([
            ["requirements.txt": "flask\n", "app.py": ""],
            ["requirements.txt": "flask\n", "app.py": "", "Dockerfile": "FROM scratch\n"],
            ["README.md": ""],
        ])
        let (app, store) = (mirrored.app, mirrored.store)
        var controller = ControllerConfig.default
        controller.stacks = [.python: StackImageSettings(baseImage: "berth-test/python:3")]
        let resolver = BuildInputResolver(
            repositories: store, engine: DockerTestEnvironment.client(), controller: controller)
        let deployments = try [
            #require(Self.deployment("flask", repo: app.fileURL, path: "fixtures/0")),
            #require(Self.deployment("committed", repo: app.fileURL, path: "fixtures/1")),
            #require(Self.deployment("forced", repo: app.fileURL, path: "fixtures/1", stack: "python")),
            #require(Self.deployment("unknown", repo: app.fileURL, path: "fixtures/2")),
        ]
        let (resolved, failed) = await resolver.resolve(deployments)
        let byName = Dictionary(uniqueKeysWithValues: resolved.map { ($0.name, $0) })

        let flask = try #require(byName["flask"]?.source?.generated)
        #expect(flask.detection.hasPrefix("python (flask, pip): flask in requirements.txt, app.py"))
        #expect(flask.text.contains("\nFROM berth-test/python:3\n"))
        let committed = try #require(byName["committed"])
        #expect(committed.source?.generated == nil)
        let tree = try #require(committed.source?.contextTree.hex)
        #expect(
            committed.specHash
                == deployments[1].specHash(buildInput: try #require(deployments[1].buildInputHash(contextTree: tree))),
            "a committed Dockerfile's hash is what it was before stacks existed")
        let forced = try #require(byName["forced"])
        #expect(forced.source?.generated?.text == flask.text)
        #expect(forced.image != committed.image, "the generated text is a build input")
        #expect(failed["unknown"]?.hasPrefix("no stack detected at fixtures/2: looked for package.json") == true)

        var archive: [UInt8] = []
        let source = try #require(byName["flask"]?.source)
        for try await chunk in store.buildContext(
            at: source.commit, path: source.path, dockerfile: source.dockerfile, generated: flask.text,
            in: source.remote, logger: Logger(label: "test"))
        {
            archive += chunk
        }
        #expect(String(decoding: archive.prefix(10), as: UTF8.self) == "Dockerfile")
        let body = String(decoding: archive[512..<(512 + flask.text.utf8.count)], as: UTF8.self)
        #expect(body == flask.text, "the generated Dockerfile leads the context")
    }
}
