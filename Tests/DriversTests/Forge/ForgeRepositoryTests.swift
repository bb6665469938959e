import Drivers
import Testing

@Suite struct ForgeRepositoryTests {
    @Test(arguments: [
        ("https://github.com/acme/deploy.git", "acme/deploy"),
        ("https://berth:token@git.example.com/acme/deploy", "acme/deploy"),
        ("git@github.com:acme/deploy.git", "acme/deploy"),
        ("ssh://git@git.example.com:2222/acme/deploy.git", "acme/deploy"),
        ("https://gitlab.example.com/acme/platform/deploy.git/", "acme/platform/deploy"),
        ("http://127.0.0.1:3000/acme/deploy.git", "acme/deploy"),
    ])
    func ownerAndNameComeFromTheCloneURL(url: String, path: String) throws {
        let repository = try #require(ForgeRepository(cloneURL: url))
        #expect(repository.path == path)
        #expect(repository.name == path.split(separator: "/").last.map(String.init))
    }

    @Test(arguments: ["file:///srv/git/deploy.git", "https://github.com/deploy.git", "/srv/git/deploy.git", "acme"])
    func aURLWithoutOwnerAndNameHasNoForgeRepository(url: String) {
        #expect(ForgeRepository(cloneURL: url) == nil)
    }

    @Test func nestedGroupsKeepTheirOwnerPath() throws {
        let repository = try #require(ForgeRepository(path: "/acme/platform/deploy.git"))
        #expect(repository.owner == "acme/platform")
        #expect(repository.name == "deploy")
        #expect(ForgeRepository(path: "acme/../deploy") == nil)
    }

    @Test(arguments: [
        (ForgeFlavor.github, "https://github.com/acme/deploy.git", "https://api.github.com"),
        (.github, "git@ghe.example.com:acme/deploy.git", "https://ghe.example.com/api/v3"),
        (.gitea, "http://127.0.0.1:3000/acme/deploy.git", "http://127.0.0.1:3000"),
        (.gitea, "ssh://git@git.example.com:2222/acme/deploy.git", "https://git.example.com"),
        (.gitlab, "https://GitLab.example.com/acme/deploy.git", "https://gitlab.example.com"),
    ])
    func theAPIBaseComesFromTheCloneURL(flavor: ForgeFlavor, url: String, base: String) {
        #expect(flavor.defaultBaseURL(cloneURL: url) == base)
    }
}
