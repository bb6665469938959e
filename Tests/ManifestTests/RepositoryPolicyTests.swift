import Foundation
import Manifest
import Testing

/// `policy.allowRepos` over canonical URLs, and the located errors for refused repositories and patterns.
@Suite struct RepositoryPolicyTests {
    static let policy: [(patterns: [String], url: String, allowed: Bool)] = [
        (["file:///srv/apps/*"], "file:///srv/apps/web.git", true),
        (["file:///srv/apps/*"], "file:///srv/apps/../other/repo.git", false),
        (["file:///srv/apps/*"], "file:///srv/apps/%2e%2e/other/repo.git", false),
        (["file:///srv/apps/*"], "file:///srv/apps/%2E./other/repo.git", false),
        (["file:///srv/apps/*"], "file:///srv/apps/team/web.git", false),
        (["file:///srv/apps/**"], "file:///srv/apps/team/web.git", true),
        (["file:///srv/apps/**"], "file:///srv/apps/team/../../../etc", false),
        (["file:///srv/apps/*"], "file:///srv//apps///web.git/", true),
        (["https://git.example.com/acme/*"], "https://GIT.Example.com:443/acme/web.git", true),
        (["https://git.example.com/acme/*"], "https://git.example.com/acme/x%2f..%2f..%2fevil", false),
        (["https://git.example.com/acme/*"], "https://git.example.com/acme/a/b.git", false),
        (["https://git.example.com/acme/*"], "https://git.example.com.evil.com/acme/web.git", false),
        (["https://git.example.com/acme/*"], "http://git.example.com/acme/web.git", false),
        (["https://git.example.com/acme/*"], "https://git.example.com:8443/acme/web.git", false),
        (["https://*.example.com/acme/*"], "https://git.example.com/acme/web.git", true),
        (["https://*.example.com/acme/*"], "https://evil.com/x.example.com/acme/web.git", false),
        (["https://git.example.com/acme/web"], "https://git.example.com/acme/web.git", false),
        (["https://git.example.com/acme/web*"], "https://git.example.com/acme/web.git", true),
        (["https://git.example.com/acme/?eb.git"], "https://git.example.com/acme/web.git", true),
        (["https://git.example.com/acme?web.git"], "https://git.example.com/acme/web.git", false),
        (["HTTPS://GIT.EXAMPLE.COM:443//acme/*/"], "https://git.example.com/acme/web.git", true),
        (["ssh://git.example.com/acme/*"], "ssh://git@git.example.com:22/acme/web.git", true),
        (["ssh://git.example.com/acme/*"], "git@git.example.com:acme/web.git", false),
        (["git@git.example.com:acme/*"], "git@git.example.com:acme/web.git", true),
        (["git@git.example.com:acme/*"], "deploy@git.example.com:acme/web.git", true),
        (["git@git.example.com:acme/*"], "git@git.example.com:acme/../evil.git", false),
        (["git@git.example.com:acme/*"], "ssh://git@git.example.com/~/acme/web.git", true),
        (["*"], "https://anything.example/a/b/c.git", true),
        (["**"], "git@anything.example:a/b.git", true),
        (["*"], "file:///srv/apps/../../etc", false),
        (["*"], "https://git.example.com/acme/%2e%2e/x", false),
        (["file:///srv/apps/../*"], "file:///srv/other", false),
        ([], "https://git.example.com/acme/web.git", false),
        (["https://git.example.com/acme/*", "file:///srv/apps/*"], "file:///srv/apps/web.git", true),
    ]

    @Test(arguments: policy)
    func allowReposComparesCanonicalForms(_ patterns: [String], _ url: String, _ allowed: Bool) {
        #expect(Policy(allowRepos: patterns).allowsRepo(url) == allowed)
    }

    @Test func aDotSegmentInSourceRepoIsALocatedErrorWhateverThePolicy() {
        let text = web("  source: {repo: \"file:///srv/apps/%2E%2e/other/repo.git\"}\n")
        for policy in [Policy(), Policy(allowRepos: ["file:///srv/apps/*"])] {
            #expect(
                PolicyDiagnostics.manifest(text, policy: policy) == [
                    #"deployments/web.yaml:5:18: spec.source.repo: "file:///srv/apps/%2E%2e/other/repo.git" "#
                        + #"has the dot segment "%2E%2e" in its path; name the repository by a path without "#
                        + #""." or ".." segments, plain or percent-encoded (https://, http://, ssh://, git:// or "#
                        + "file:// URL, or user@host:path)"
                ])
        }
    }

    @Test func aRefusedRepoNamesTheCanonicalFormItWasComparedAs() {
        let text = web("  source: {repo: \"file:///srv//apps/team/web.git\"}\n")
        #expect(
            PolicyDiagnostics.manifest(text, policy: Policy(allowRepos: ["file:///srv/apps/*"])) == [
                #"deployments/web.yaml:5:18: spec.source.repo: "file:///srv//apps/team/web.git" is not allowed by "#
                    + "the controller policy (policy.allowRepos: file:///srv/apps/*; compared as "
                    + "file:///srv/apps/team/web.git)"
            ])
    }

    static let badPatterns: [(String, String)] = [
        ("file:///srv/apps/../*", #"policy.allowRepos[0]: "file:///srv/apps/../*" has the dot segment "..""#),
        ("https://git.example.com/%2e%2e/*", #"policy.allowRepos[0]: "https://git.example.com/%2e%2e/*" has the dot"#),
        ("git.example.com/acme/*", #"policy.allowRepos[0]: "git.example.com/acme/*" is not a repository URL"#),
        ("", #"policy.allowRepos[0]: "" is not a repository URL"#),
    ]

    @Test(arguments: badPatterns)
    func allowReposEntriesMustBeRepositoryPatterns(_ pattern: String, _ expected: String) {
        let messages = PolicyDiagnostics.controller(policy: "allowRepos: [\"\(pattern)\"]")
        #expect(
            messages.count == 1 && messages[0].contains(expected)
                && messages[0].hasSuffix("(* within one path segment, ** across), or * for any"), "\(messages)")
    }

    @Test func anyRepositoryIsStarOrDoubleStar() {
        #expect(
            PolicyDiagnostics.controller(policy: "allowRepos: [\"*\", \"**\", \"git@git.example.com:acme/*\"]") == [])
    }
}
