import Foundation
import Testing

@testable import Manifest

/// Repository URLs in canonical form, the URLs refused outright, and `policy.allowRepos` over both (DESIGN §9).
@Suite struct RepositoryURLTests {
    static let canonical: [(String, String)] = [
        ("https://git.example.com/acme/web.git", "https://git.example.com/acme/web.git"),
        ("HTTPS://Git.Example.COM/acme/Web.git", "https://git.example.com/acme/Web.git"),
        ("https://git.example.com:443/acme/web", "https://git.example.com/acme/web"),
        ("https://git.example.com:0443/acme/web", "https://git.example.com/acme/web"),
        ("https://git.example.com:8443/acme/web", "https://git.example.com:8443/acme/web"),
        ("http://git.example.com:80/acme/web", "http://git.example.com/acme/web"),
        ("http://git.example.com:443/acme/web", "http://git.example.com:443/acme/web"),
        ("git://git.example.com:9418/acme/web", "git://git.example.com/acme/web"),
        ("ssh://git@git.example.com:22/acme/web.git", "ssh://git.example.com/acme/web.git"),
        ("ssh://deploy.bot@git.example.com:2222/acme/web.git", "ssh://git.example.com:2222/acme/web.git"),
        ("ssh://git@[::1]:2200/acme/web.git", "ssh://[::1]:2200/acme/web.git"),
        ("https://git.example.com.//acme///web.git//", "https://git.example.com/acme/web.git"),
        ("https://git.example.com", "https://git.example.com/"),
        ("https://git.example.com/", "https://git.example.com/"),
        ("git@git.example.com:acme/web.git", "ssh://git.example.com/~/acme/web.git"),
        ("git.example.com:acme//web.git/", "ssh://git.example.com/~/acme/web.git"),
        ("git@git.example.com:/srv/git/web.git", "ssh://git.example.com/srv/git/web.git"),
        ("git@git.example.com:~alice/web.git", "ssh://git.example.com/~alice/web.git"),
        ("ssh://git.example.com/~/acme/web.git", "ssh://git.example.com/~/acme/web.git"),
        ("git@[::1]:acme/web.git", "ssh://[::1]/~/acme/web.git"),
        ("file:///srv/apps/web.git", "file:///srv/apps/web.git"),
        ("FILE:////srv//apps/web.git/", "file:///srv/apps/web.git"),
        ("file:///", "file:///"),
        ("https://git.example.com/acme/%41cme", "https://git.example.com/acme/%41cme"),
        ("https://git.example.com/acme/.well-known/x...git", "https://git.example.com/acme/.well-known/x...git"),
        ("https://git.example.com/acme/.../web", "https://git.example.com/acme/.../web"),
    ]

    @Test(arguments: canonical)
    func canonicalForm(_ text: String, _ expected: String) throws {
        #expect(try RepositoryURL(text).canonical == expected)
    }

    static let refused: [(String, String)] = [
        ("file:///srv/apps/../other/repo.git", #"the dot segment "..""#),
        ("file:///srv/apps/%2e%2e/other/repo.git", #"the dot segment "%2e%2e""#),
        ("file:///srv/apps/%2E%2E/other/repo.git", "dot segment"),
        ("file:///srv/apps/%2e%2E/other/repo.git", "dot segment"),
        ("file:///srv/apps/.%2E/other/repo.git", "dot segment"),
        ("file:///srv/apps/%2e./other/repo.git", "dot segment"),
        ("file:///srv/apps/./web.git", #"the dot segment ".""#),
        ("file:///srv/apps/%2E/web.git", "dot segment"),
        ("file:///srv/apps/..", "dot segment"),
        ("file:///srv/apps//..//other", "dot segment"),
        ("https://git.example.com/acme/../evil/x.git", "dot segment"),
        ("https://git.example.com/acme/%2e%2e/evil/x.git", "dot segment"),
        ("ssh://git@git.example.com/acme/%2E./evil.git", "dot segment"),
        ("git://git.example.com/acme/./web.git", "dot segment"),
        ("git@git.example.com:../evil.git", "dot segment"),
        ("git@git.example.com:acme/../../etc", "dot segment"),
        ("git@git.example.com:~/../root/x", "dot segment"),
        ("git@git.example.com:acme/%2e%2e/evil", "dot segment"),
        ("https://git.example.com/acme/x%2f..%2fevil.git", "%2f"),
        ("https://git.example.com/acme/x%2F..%2Fevil.git", "%2F"),
        ("file:///srv/apps/a%2fb", "%2f"),
        ("https://git.example.com/acme/%252e%252e/evil.git", "%25"),
        (#"https://git.example.com/acme\..\evil.git"#, "backslash"),
        ("https://git.example.com/acme/%5c..%5cevil.git", "backslash"),
        (#"git@git.example.com:acme\..\evil"#, "backslash"),
        ("https://git.example.com/acme/web.git?ref=../evil", "query"),
        ("https://git.example.com/acme/web.git#frag", "fragment"),
        ("ssh://evil.example#@git.example.com/acme/web.git", "fragment"),
        ("https://git.example.com/acme/web%zz", "%XX"),
        ("https://git.example.com/acme/web%2", "%XX"),
        ("https://git.example.com/acme/a%00b", "control"),
        ("https://git.example.com/acme/a%20b", "white space"),
        ("https://git.example.com/acme/a b", "white space"),
        ("https://user:secret@git.example.com/acme/web.git", "credentials"),
        ("https://token@git.example.com/acme/web.git", "credentials"),
        ("ssh://git:secret@git.example.com/acme/web.git", "credentials"),
        ("git://anonymous@git.example.com/acme/web.git", "user info"),
        ("ssh://g%69t@git.example.com/acme/web.git", "user name"),
        ("https://git.example.com:99999/acme/web.git", "port"),
        ("https://git.example.com:+443/acme/web.git", "port"),
        ("https://git.example.com:/acme/web.git", "port"),
        ("https://git.example.com:http/acme/web.git", "port"),
        ("https://git%2eexample.com/acme/web.git", "host"),
        ("https://git..example.com/acme/web.git", "host"),
        ("https://git.exämple.com/acme/web.git", "host"),
        ("https://[::1/acme/web.git", "host"),
        ("https:///acme/web.git", "no host"),
        ("ftp://git.example.com/acme/web.git", "unsupported scheme"),
        ("file://srv/apps/web.git", "absolute path"),
        ("/srv/apps/web.git", "not a repository URL"),
        ("./apps/web.git", "not a repository URL"),
        ("host:", "not a repository URL"),
        ("", "not a repository URL"),
    ]

    @Test(arguments: refused)
    func refusedOutright(_ text: String, _ reason: String) {
        let problem = RepositoryURL.problem(text)
        #expect(
            problem.map { String(describing: $0).contains(reason) } == true, "\(text): \(String(describing: problem))")
    }

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
        for policy in [Policy(), Policy(allowRepos: ["file:///srv/apps/*"])] {
            var controller = ControllerConfig.default
            controller.policy = policy
            let text = web("  source: {repo: \"file:///srv/apps/%2E%2e/other/repo.git\"}\n")
            let state = ManifestParser.parse(
                [SourceFile(path: "deployments/web.yaml", contents: Data(text.utf8))], controller: controller)
            #expect(
                state.diagnostics.map(\.description) == [
                    #"deployments/web.yaml:5:18: spec.source.repo: "file:///srv/apps/%2E%2e/other/repo.git" has the dot "#
                        + #"segment "%2E%2e" in its path; name the repository by a path without "." or ".." segments, "#
                        + "plain or percent-encoded (https://, http://, ssh://, git:// or file:// URL, or user@host:path)"
                ])
            #expect(state.deployments.isEmpty)
        }
    }

    @Test func aRefusedRepoNamesTheCanonicalFormItWasComparedAs() {
        var controller = ControllerConfig.default
        controller.policy = Policy(allowRepos: ["file:///srv/apps/*"])
        let text = web("  source: {repo: \"file:///srv//apps/team/web.git\"}\n")
        let state = ManifestParser.parse(
            [SourceFile(path: "deployments/web.yaml", contents: Data(text.utf8))], controller: controller)
        #expect(
            state.diagnostics.map(\.description) == [
                #"deployments/web.yaml:5:18: spec.source.repo: "file:///srv//apps/team/web.git" is not allowed by "#
                    + "the controller policy (policy.allowRepos: file:///srv/apps/*; compared as file:///srv/apps/team/web.git)"
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
        let text = ControllerCorpus.config(ControllerCorpus.repo + "policy: {allowRepos: [\"\(pattern)\"]}\n")
        #expect {
            _ = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
        } throws: { error in
            let messages = (error as? DiagnosticList)?.diagnostics.map(\.description) ?? []
            return messages.count == 1 && messages[0].contains(expected)
                && messages[0].hasSuffix("(* within one path segment, ** across), or * for any")
        }
    }
}
