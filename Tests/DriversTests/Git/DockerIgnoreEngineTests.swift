import Drivers
import Foundation
import Logging
import TestSupport
import Testing

/// Builds the same context twice with the legacy builder: once from our tar on stdin, once from a
/// checked-out directory (the CLI applies `.dockerignore` itself), and compares what `COPY . /ctx` saw.
@Suite(.serialized, .enabled(if: DockerCLI.usable, "no Docker engine answers (and CI is not set)"))
struct DockerIgnoreEngineTests {
    static let files = [
        "README.md", "docs/guide.md", "docs/keep.md", "docs/img/logo.png", "src/main.go", "src/main_test.go",
        "src/vendor/lib.go", "build/out.bin", "build/keep/important.txt", "nested/a/b/c.txt", ".hidden/config",
        "tmp.txt", "sub/Dockerfile.dev", "a.txt", "n.txt",
    ]

    static let cases = [
        "*.md",
        "**/*.md",
        "docs\n!docs/keep.md",
        "build/**\n!build/keep/important.txt",
        "/src/vendor\n# a comment\n\n  tmp.txt  \n",
        "*\n!src",
        "**/*_test.go\nnested/*/b",
        "src/*.go\n!src/main.go",
        "Dockerfile\n.dockerignore",
        "[a-m]*.txt\n?ocs/img\n.hidden",
        "**\n!docs/**\ndocs/guide.md",
        "./nested/../build\n*/*.go\n!sub",
    ]

    @Test(arguments: cases)
    func oursMatchesWhatDockerBuildSends(ignore: String) async throws {
        try await compare(ignore: ignore, dockerfile: "Dockerfile")
    }

    @Test(arguments: ["docker\n*.md", "*\n!src", "**/Dockerfile\ndocker/**"])
    func aNestedDockerfileIsSentLikeDockerSendsIt(ignore: String) async throws {
        try await compare(ignore: ignore, dockerfile: "docker/Dockerfile")
    }

    private func compare(ignore: String, dockerfile: String) async throws {
        let fixture = try GitFixture()
        try fixture.write("FROM berth-test/busybox:latest\nCOPY . /ctx\n", to: dockerfile)
        try fixture.write(ignore, to: ".dockerignore")
        for file in Self.files { try fixture.write(file, to: file) }
        try fixture.symlink("link-out", to: "../../etc/passwd")
        let commit = try fixture.commitAndPush("context")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        _ = try await store.sync(remote)

        var tar = Data()
        for try await chunk in store.buildContext(
            at: CommitID(hex: commit)!, path: ".", dockerfile: dockerfile, in: remote, logger: Logger(label: "test"))
        {
            tar.append(contentsOf: chunk)
        }
        let checkout = state.url.appendingPathComponent("checkout")
        try FileManager.default.createDirectory(at: checkout, withIntermediateDirectories: true)
        let exported = try GitCommand.run("/usr/bin/git", ["-c", "tar.umask=022", "archive", commit], in: fixture.work)
            .stdout
        try GitCommand.run("/bin/tar", ["-x", "-C", checkout.path], input: exported, environment: [:])

        let docker = DockerCLI()
        defer { docker.cleanUp() }
        let ours = try docker.copiedFiles(context: .stdin(tar), dockerfile: dockerfile)
        let theirs = try docker.copiedFiles(context: .directory(checkout), dockerfile: dockerfile)
        #expect(ours == theirs, "ignore file:\n\(ignore)")
        // Always sent, even when excluded: the engine drops them from the image after reading them.
        let archive = state.url.appendingPathComponent("context.tar")
        try tar.write(to: archive)
        let sent = try TarListing.entries(of: archive).map(\.path)
        #expect(sent.contains(dockerfile) && sent.contains(".dockerignore"))
        #expect(ours.count > 3, "the comparison saw almost nothing: \(ours)")
        let link = "lrwxrwxrwx '/ctx/link-out' -> '../../etc/passwd'"
        #expect(ours.allSatisfy { !$0.contains("/ctx/link-out") || $0 == link }, "the link must stay a link")
    }
}

/// The docker CLI with the legacy builder, for cross-checks; tags and labels what it builds so cleanup
/// removes exactly those images.
struct DockerCLI {
    enum Context {
        case stdin(Data)
        case directory(URL)
    }

    static let label = "berth.test=git-dockerignore"

    /// Whether tests may use the engine: it answers, or CI is set (then a dead engine must fail the run).
    static let usable: Bool = {
        let answers = (try? GitCommand.runAllowingFailure("/usr/bin/env", ["docker", "info"]).status) == 0
        return answers || ProcessInfo.processInfo.environment["CI"] == "true"
    }()

    private let prefix = "berth-test/git-context-\(UUID().uuidString.lowercased().prefix(12))"
    private let built = Counter()

    /// Builds `context`, runs `find /ctx` in the image and returns each entry's mode and name (with a symbolic
    /// link's target), sorted.
    func copiedFiles(context: Context, dockerfile: String) throws -> [String] {
        let tag = "\(prefix):\(built.next())"
        var environment = ProcessInfo.processInfo.environment
        environment["DOCKER_BUILDKIT"] = "0"
        var arguments = ["docker", "build", "-q", "--label", Self.label, "-t", tag]
        switch context {
        case .stdin(let tar):
            arguments += ["-f", dockerfile, "-"]
            try GitCommand.run("/usr/bin/env", arguments, input: tar, environment: environment)
        case .directory(let directory):
            arguments += ["-f", directory.appendingPathComponent(dockerfile).path, directory.path]
            try GitCommand.run("/usr/bin/env", arguments, environment: environment)
        }
        let listing = try GitCommand.run(
            "/usr/bin/env",
            [
                "docker", "run", "--rm", "--label", Self.label, tag, "find", "/ctx", "-exec", "stat", "-c", "%A %N",
                "{}", "+",
            ],
            environment: environment)
        return listing.text.split(separator: "\n").map(String.init).sorted()
    }

    /// Removes the images this value built.
    func cleanUp() {
        for index in 0..<built.value {
            _ = try? GitCommand.runAllowingFailure("/usr/bin/env", ["docker", "rmi", "-f", "\(prefix):\(index)"])
        }
    }
}

/// A counter shared by copies of ``DockerCLI``.
final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func next() -> Int {
        defer { value += 1 }
        return value
    }
}
