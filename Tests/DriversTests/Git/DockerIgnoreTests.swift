import Testing

@testable import Drivers

/// Docker's `.dockerignore` rules, spelled out; ``DockerIgnoreEngineTests`` checks them against the engine.
@Suite struct DockerIgnoreTests {
    private func excluded(_ ignore: String, _ path: String, dockerfile: String = "Dockerfile") throws -> Bool {
        let rules = try DockerIgnore(contents: ignore, dockerfile: dockerfile)
        var parent: DockerIgnore.MatchInfo?
        let segments = path.split(separator: "/")
        for depth in 1..<segments.count {
            parent = rules.evaluate(segments[0..<depth].joined(separator: "/"), parent: parent).info
        }
        return rules.evaluate(path, parent: parent).excluded
    }

    @Test func starStaysInOneSegmentAndDoubleStarCrossesThem() throws {
        #expect(try excluded("*.md", "README.md"))
        #expect(try !excluded("*.md", "docs/guide.md"))
        #expect(try excluded("**/*.md", "docs/guide.md"))
        #expect(try excluded("**/*.md", "README.md"))
        #expect(try excluded("docs/**", "docs/a/b/c"))
        #expect(try excluded("?ocs", "docs/x"))
        #expect(try excluded("[a-c]*.txt", "b.txt"))
        #expect(try !excluded("[^a-c]*.txt", "b.txt"))
    }

    @Test func directoriesExcludeTheirContentsAndExceptionsReinclude() throws {
        #expect(try excluded("docs", "docs/img/logo.png"))
        #expect(try !excluded("docs\n!docs/keep.md", "docs/keep.md"))
        #expect(try excluded("docs\n!docs/keep.md", "docs/guide.md"))
        #expect(try excluded("*\n!src\nsrc/tmp", "src/tmp/x"))
    }

    @Test func leadingSlashCommentsAndBlankLinesAreNormalised() throws {
        #expect(try excluded("/build", "build/out"))
        #expect(try excluded("  tmp.txt  ", "tmp.txt"))
        #expect(try !excluded("# tmp.txt", "tmp.txt"))
        #expect(try excluded("./nested/../build", "build"))
    }

    @Test func theDockerfileAndDockerignoreAreAlwaysSent() throws {
        #expect(try !excluded("*", "Dockerfile"))
        #expect(try !excluded("*", ".dockerignore"))
        #expect(try !excluded("build", "build/Dockerfile.prod", dockerfile: "build/Dockerfile.prod"))
        #expect(try excluded("build", "build/other", dockerfile: "build/Dockerfile.prod"))
        let rules = try DockerIgnore(contents: "build", dockerfile: "build/Dockerfile.prod")
        #expect(rules.mayReinclude(under: "build"))
        #expect(!rules.mayReinclude(under: "src"))
    }

    @Test func aLoneBangIsRefused() {
        #expect(throws: GitError.self) { try DockerIgnore(contents: "!", dockerfile: "Dockerfile") }
        #expect(throws: GitError.self) { try DockerIgnore(contents: "[a-", dockerfile: "Dockerfile") }
    }
}
