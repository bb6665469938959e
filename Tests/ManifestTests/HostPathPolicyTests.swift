import Foundation
import Manifest
import Testing

/// `policy.allowHostPaths` as segment globs that allow themselves and everything below, over canonical paths only.
@Suite struct HostPathPolicyTests {
    static let cases: [(patterns: [String], path: String, allowed: Bool)] = [
        (["/srv/apps"], "/srv/apps", true),
        (["/srv/apps"], "/srv/apps/web/data", true),
        (["/srv/apps"], "/srv/apps-evil", false),
        (["/srv/apps"], "/srv", false),
        (["/srv/apps"], "/srv/apps/../../etc", false),
        (["/srv/apps"], "/srv/apps/./web", false),
        (["/srv/apps"], "/srv/apps//web", false),
        (["/srv/apps"], "/srv/apps/web/", false),
        (["/srv/apps"], "srv/apps/web", false),
        (["/srv/*/data"], "/srv/web/data", true),
        (["/srv/*/data"], "/srv/web/data/cache", true),
        (["/srv/*/data"], "/srv/web/logs", false),
        (["/srv/*/data"], "/srv/a/b/data", false),
        (["/srv/**/data"], "/srv/a/b/data/x", true),
        (["/srv/**/data"], "/srv/data", true),
        (["/srv/app?"], "/srv/app1/x", true),
        (["/srv/app?"], "/srv/app", false),
        (["/srv/*"], "/srv", false),
        (["/srv/*"], "/srv/anything/below", true),
        (["/"], "/etc", true),
        (["/"], "/", true),
        ([], "/srv", false),
        (["/etc/x", "/srv/apps"], "/srv/apps/web", true),
    ]

    @Test(arguments: cases)
    func allowsItselfAndEverythingBelow(_ patterns: [String], _ path: String, _ allowed: Bool) {
        #expect(Policy(allowHostPaths: patterns).allowsHostPath(path) == allowed)
    }

    static let nonCanonical: [(String, String)] = [
        ("/srv/apps/", "/srv/apps"),
        ("/srv/./apps", "/srv/apps"),
        ("/srv//apps", "/srv/apps"),
        ("//srv/apps", "/srv/apps"),
    ]

    @Test(arguments: nonCanonical)
    func aHostPathMustBeCanonical(_ path: String, _ suggestion: String) {
        let text = web("  image: nginx\n  volumes:\n    - hostPath: \"\(path)\"\n      mountPath: /data\n")
        #expect(
            PolicyDiagnostics.manifest(text, policy: Policy(allowHostPaths: ["/srv"])) == [
                "deployments/web.yaml:7:17: spec.volumes[0].hostPath: \"\(path)\" is not a canonical path (no \".\", "
                    + "\"..\" or empty segments, no trailing slash); write \(suggestion)"
            ])
    }

    @Test func aHostPathWithDotDotIsRefused() {
        let text = web("  image: nginx\n  volumes:\n    - hostPath: /srv/../etc\n      mountPath: /data\n")
        #expect(
            PolicyDiagnostics.manifest(text, policy: Policy(allowHostPaths: ["/srv"])) == [
                "deployments/web.yaml:7:17: spec.volumes[0].hostPath: \"/srv/../etc\" contains \"..\"; paths must "
                    + "stay inside their root"
            ])
    }

    static let badEntries: [(String, String)] = [
        (
            "/srv/apps/",
            #""/srv/apps/" is not a canonical path (no ".", ".." or empty segments, no trailing slash); "#
                + "write /srv/apps"
        ),
        ("/srv/./apps", "is not a canonical path"),
        ("/srv//apps", "is not a canonical path"),
        ("/srv/../etc", #"contains "..""#),
        ("srv/apps", "is not an absolute path"),
        ("/srv/apps:/etc", "contains ':'"),
    ]

    @Test(arguments: badEntries)
    func allowHostPathsEntriesMustBeCanonical(_ entry: String, _ expected: String) {
        let messages = PolicyDiagnostics.controller(policy: "allowHostPaths: [\"\(entry)\"]")
        #expect(
            messages.count == 1 && messages[0].hasPrefix("berth.yaml:")
                && messages[0].contains("policy.allowHostPaths[0]: ") && messages[0].contains(expected),
            "\(messages)")
    }

    @Test func globEntriesFromTheConfigAllowWhatTheyMatch() throws {
        #expect(PolicyDiagnostics.controller(policy: "allowHostPaths: [\"/srv/*/data\", \"/var/**/cache\"]") == [])
        let manifest = web(
            "  image: nginx\n  volumes:\n    - {hostPath: /srv/web/data/db, mountPath: /db}\n"
                + "    - {hostPath: /var/lib/app/cache, mountPath: /cache}\n")
        #expect(
            PolicyDiagnostics.manifest(manifest, policy: Policy(allowHostPaths: ["/srv/*/data", "/var/**/cache"])) == []
        )
    }
}
