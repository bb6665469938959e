import Testing

@testable import Manifest

/// The one wildcard matcher: segment semantics for URLs and paths, plain OpenSSH semantics for host names.
@Suite struct GlobTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pattern: String
        let text: String
        let matches: Bool
        var testDescription: String { "\(pattern) \(matches ? "~" : "!~") \(text)" }

        init(_ pattern: String, _ text: String, _ matches: Bool) {
            self.pattern = pattern
            self.text = text
            self.matches = matches
        }
    }

    static let segmentCases: [Case] = [
        Case("/srv/*", "/srv/web", true),
        Case("/srv/*", "/srv/", true),
        Case("/srv/*", "/srv/web/data", false),
        Case("/srv/*", "/srv/../etc", false),
        Case("/srv/*/data", "/srv/web/data", true),
        Case("/srv/*/data", "/srv/a/b/data", false),
        Case("/srv/**", "/srv/a/b/c", true),
        Case("/srv/**", "/srv", false),
        Case("/srv/**/data", "/srv/data", true),
        Case("/srv/**/data", "/srv/a/data", true),
        Case("/srv/**/data", "/srv/a/b/c/data", true),
        Case("/srv/**/data", "/srv/a/b/c/data2", false),
        Case("**/data", "data", true),
        Case("**/data", "a/b/data", true),
        Case("/srv/app?", "/srv/app1", true),
        Case("/srv/app?", "/srv/app/", false),
        Case("/srv/app?", "/srv/app", false),
        Case("/srv/web-**", "/srv/web-a/b", true),
        Case("https://*.example.com/acme/*", "https://git.example.com/acme/web", true),
        Case("https://*.example.com/acme/*", "https://evil.com/x.example.com/acme/web", false),
        Case("https://git.example.com/acme/*", "https://git.example.com/acme/a/b", false),
        Case("file:///srv/apps/*", "file:///srv/apps/../other/repo", false),
        Case("*", "a/b", false),
        Case("**", "a/b", true),
        Case("", "", true),
        Case("", "a", false),
        Case("[host]:*", "[host]:2222", true),
    ]

    static let hostCases: [Case] = [
        Case("*.internal", "build.internal", true),
        Case("*.internal", "a/b.internal", true),
        Case("git.example.?om", "git.example.com", true),
        Case("git.example.?om", "git.example.om", false),
        Case("[git.example.com]:2222", "[git.example.com]:2222", true),
        Case("[git.example.com]:*", "[git.example.com]:2222", true),
        Case("*", "", true),
        Case("10.0.0.*", "10.0.0.1", true),
        Case("10.0.0.*", "10.0.1.1", false),
    ]

    @Test(arguments: segmentCases)
    func segmentsStopStarAndQuestionMark(_ test: Case) {
        #expect(Glob(test.pattern, separator: "/").matches(test.text) == test.matches)
    }

    @Test(arguments: hostCases)
    func withoutASeparatorStarMatchesAnything(_ test: Case) {
        #expect(Glob(test.pattern).matches(test.text) == test.matches)
    }

    @Test func manyStarsDoNotBacktrackExponentially() {
        let pattern = String(repeating: "*a", count: 40) + "b"
        let text = String(repeating: "a", count: 4_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(!Glob(pattern).matches(text))
            #expect(!Glob(pattern, separator: "/").matches(text))
        }
        #expect(elapsed < .seconds(5))
    }
}
