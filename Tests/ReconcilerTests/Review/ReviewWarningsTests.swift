import Drivers
import Foundation
import Review
import Logging
import Manifest
import Testing

@testable import Reconciler

/// Findings that do not block still reach the rollout, each with the fingerprint that waives it.
@Suite struct ReviewWarningsTests {
    static let request = ReviewRequest(
        deployment: "web", repository: "file:///srv/web.git", fromCommit: nil,
        toCommit: String(repeating: "b", count: 40), path: ".",
        diff: """
            diff --git a/deploy/id_rsa b/deploy/id_rsa
            new file mode 100644
            --- /dev/null
            +++ b/deploy/id_rsa
            @@ -0,0 +1,3 @@
            +-----BEGIN RSA PRIVATE KEY-----
            +MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
            +-----END RSA PRIVATE KEY-----

            """,
        files: ["deploy/id_rsa"])

    @Test func aWarnPolicyPassesWithTheFindingsAsWarnings() async throws {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let runner = ReviewRunner(
            factory: ReviewerFactory(configs: ["static": .builtInStatic], logger: logger),
            settings: ReviewSettings(minimumPolicy: .off, failClosed: true), cache: nil, logger: logger)
        let spec = ReviewSpec(policy: .warn, reviewers: ["static"], waive: [])
        let result = await runner.review(Self.request, spec: spec)
        guard case .passed(let summary, let warnings) = result else {
            Issue.record("a warn policy never blocks: \(result)")
            return
        }
        #expect(summary.hasPrefix("passed with warnings"))
        let finding = try #require(warnings.first { $0.rule == "secret.private-key" })
        let line = Pipeline.waivable(finding)
        #expect(line.hasSuffix("[waive: \(finding.fingerprint)]"), "\(line)")
        #expect(line.contains(" secret.private-key in deploy/id_rsa:"), "\(line)")
        #expect(!line.contains("MIIEowIBAAKCAQEA"), "the secret itself is never shown")
    }
}
