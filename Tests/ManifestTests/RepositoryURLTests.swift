import Testing

@testable import Manifest

/// Repository URLs in canonical form and the URLs refused outright (DESIGN §9).
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
        ("ssh://-oproxycommand/acme/web.git", "host"),
        ("-oproxycommand:acme/web.git", "host"),
        ("ssh://-oproxycommand@git.example.com/acme/web.git", "user name"),
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
}
