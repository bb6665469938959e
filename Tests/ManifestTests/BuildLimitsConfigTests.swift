import Foundation
import Manifest
import Testing

/// The controller's `limits` section: defaults, sizes and durations, located errors, and the cap on `build.timeout`.
@Suite struct BuildLimitsConfigTests {
    static let repo = "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"

    static func parse(_ extra: String) throws -> ControllerConfig {
        try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data((repo + extra).utf8)))
    }

    @Test func limitsDefaultToATenMinuteBuildAndSixteenMiBOfLog() throws {
        let limits = try Self.parse("").limits
        #expect(limits.buildTimeout == .seconds(600) && limits.logBytes == 16 << 20)
        #expect(limits.contextBytes == nil && limits.repoBytes == nil, "sizes are not limited unless asked")
    }

    @Test func everyLimitIsSettable() throws {
        let limits = try Self.parse(
            "limits: {buildTimeout: 5s, contextBytes: 64Mi, repoBytes: 1G, logBytes: 1048576}\n"
        ).limits
        #expect(
            limits
                == BuildLimits(
                    buildTimeout: .seconds(5), contextBytes: 64 << 20, repoBytes: 1_000_000_000, logBytes: 1 << 20))
    }

    @Test(arguments: [
        ("limits: {buildTimeout: soon}", #"berth.yaml:4:24: limits.buildTimeout: "soon" is not a duration"#),
        (
            "limits: {contextBytes: 12 parsecs}",
            #"berth.yaml:4:24: limits.contextBytes: "12 parsecs" is not a size (plain bytes or a number with K, M"#
        ),
        ("limits: {repoBytes: 0}", #"berth.yaml:4:21: limits.repoBytes: 0 is too small: at least 1 bytes"#),
        ("limits: {logBytes: 100}", #"berth.yaml:4:20: limits.logBytes: 100 is too small: at least 4096 bytes"#),
        ("limits: {buildTimeot: 5s}", "berth.yaml:4:10: limits.buildTimeot"),
    ])
    func aWrongLimitIsLocatedAndSaysWhatWouldBeValid(line: String, expected: String) throws {
        let error = #expect(throws: DiagnosticList.self) { try Self.parse(line + "\n") }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains(expected), "\(text)")
    }

    @Test func aManifestsBuildTimeoutIsCappedByTheControllers() {
        let limits = BuildLimits(buildTimeout: .seconds(600))
        #expect(limits.buildTimeout(requested: .seconds(5)) == (.seconds(5), "build.timeout"))
        #expect(limits.buildTimeout(requested: .seconds(600)) == (.seconds(600), "build.timeout"))
        #expect(limits.buildTimeout(requested: BuildSpec.defaultTimeout) == (.seconds(600), "limits.buildTimeout"))
    }
}
