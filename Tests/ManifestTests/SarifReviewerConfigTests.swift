import Foundation
import Manifest
import Testing

/// `type: sarif` entries in `reviewers`, the built-in preset reviewers and `review.defaultReviewers`.
@Suite struct SarifReviewerConfigTests {
    private static func parse(_ body: String) throws -> ControllerConfig {
        let text = ControllerCorpus.config(ControllerCorpus.repo + body)
        return try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
    }

    @Test func everyPresetIsABuiltInReviewerUnlessTheConfigTakesItsName() throws {
        let config = try Self.parse("reviewers:\n  bandit: {type: webhook, url: https://review.example.com/b}\n")
        #expect(config.reviewers["bandit"]?.kind == .webhook)
        #expect(config.reviewers["semgrep"] == ReviewerConfig(kind: .sarif, preset: .semgrep))
        #expect(config.reviewers["detect-secrets"]?.preset == .detectSecrets)
        #expect(config.reviewers["static"] == .builtInStatic)
        #expect(ControllerConfig.default.reviewers == ReviewerConfig.builtIn)
        #expect(config.review.defaultReviewers == nil, "the default set is resolved where the scanners run")
    }

    @Test func aPresetTakesItsOverrides() throws {
        let config = try Self.parse(
            """
            reviewers:
              py:
                type: sarif
                preset: bandit
                files: ["services/**/*.py"]
                timeout: 30s
                severity: {B602: critical, "Secret Keyword": low}
                exitCodes: [0, 1, 2]

            """)
        let py = try #require(config.reviewers["py"])
        #expect(py.kind == .sarif && py.preset == .bandit && py.command == nil)
        #expect(py.files == ["services/**/*.py"] && py.timeout == .seconds(30))
        #expect(py.severity == ["B602": .critical, "Secret Keyword": .low])
        #expect(py.exitCodes == [0, 1, 2])
    }

    @Test func aCommandTakesPlaceholdersAndFiles() throws {
        let config = try Self.parse(
            """
            reviewers:
              lint: {type: sarif, command: [/usr/local/bin/lint, --sarif, "{output}", "{files}"], files: ["*.sh"]}
              tree: {type: sarif, command: [scan, "--root={dir}", "--out={outdir}", "${HOME}"], files: ["*"]}
            review: {defaultReviewers: [static, lint, lint]}

            """)
        #expect(config.reviewers["lint"]?.command == ["/usr/local/bin/lint", "--sarif", "{output}", "{files}"])
        #expect(config.reviewers["lint"]?.files == ["*.sh"] && config.reviewers["lint"]?.exitCodes == nil)
        #expect(config.reviewers["tree"]?.command?.count == 4, "{dir} passes the files; ${HOME} is the shell's")
        #expect(config.review.defaultReviewers == ["static", "lint"])
    }

    @Test(arguments: [
        (
            "reviewers:\n  scan:\n    type: sarif\n",
            "berth.yaml:6:5: reviewers.scan.preset: is required (bandit, semgrep, checkov, hadolint or detect-secrets; "
                + "or command: an argv list taking {files} or {dir}, with files: globs)"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    preset: banditt\n",
            "berth.yaml:7:13: reviewers.scan.preset: \"banditt\" is not a scanner preset (bandit, semgrep, checkov, "
                + "hadolint or detect-secrets); did you mean \"bandit\"?"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    preset: bandit\n    command: [scan, \"{files}\"]\n"
                + "    files: [\"*\"]\n",
            "berth.yaml:7:5: reviewers.scan.preset: preset and command exclude each other: run a scanner berth knows "
                + "(bandit, semgrep, checkov, hadolint or detect-secrets) or your own command"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    command: [scan, \"{files}\"]\n",
            "berth.yaml:6:5: reviewers.scan.files: is required (globs of the files the command takes, e.g. ['*.py', "
                + "'Dockerfile'])"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    command: [scan, \"{file}\"]\n    files: [\"*\"]\n",
            "berth.yaml:7:21: reviewers.scan.command[1]: \"{file}\" is not a placeholder ({files}, {output}, {outdir}, "
                + "{dir})"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    command: [scan, \"{file}\"]\n    files: [\"*\"]\n",
            "berth.yaml:7:14: reviewers.scan.command: must pass the changed files: {files} (one argument per file) or "
                + "{dir} (the checkout holding them)"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    command: [scan, \"--in={files}\"]\n    files: [\"*\"]\n",
            "berth.yaml:7:21: reviewers.scan.command[1]: {files} must be an argument of its own (it becomes one "
                + "argument per file)"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    command: []\n    files: [\"*\"]\n",
            "berth.yaml:7:14: reviewers.scan.command: must start with the scanner's program (an absolute path or a "
                + "name on PATH)"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    preset: bandit\n    files: []\n",
            "berth.yaml:8:12: reviewers.scan.files: must hold at least one glob, e.g. ['*.py']"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    preset: bandit\n    severity: {B602: urgent}\n",
            "berth.yaml:8:22: reviewers.scan.severity.B602: \"urgent\" is not a finding severity (info, low, medium, "
                + "high or critical)"
        ),
        (
            "reviewers:\n  scan:\n    type: sarif\n    preset: bandit\n    exitCodes: [0, 300]\n",
            "berth.yaml:8:20: reviewers.scan.exitCodes[1]: 300 is not an exit status (0-255)"
        ),
        (
            "reviewers:\n  scan:\n    type: webhook\n    url: https://r.example.com\n    preset: bandit\n",
            "berth.yaml:8:5: reviewers.scan.preset: does not apply to a reviewer of type webhook"
        ),
        (
            "review: {defaultReviewers: [static, nope]}\n",
            "berth.yaml:4:37: review.defaultReviewers[1]: \"nope\" is not a reviewer (known: bandit, checkov, "
                + "detect-secrets, hadolint, semgrep, static)"
        ),
        (
            "review: {defaultReviewers: []}\n",
            "berth.yaml:4:28: review.defaultReviewers: must name at least one reviewer, e.g. [static]"
        ),
    ])
    func sarifErrorsAreLocated(_ body: String, _ message: String) throws {
        let error = #expect(throws: DiagnosticList.self) { try Self.parse(body) }
        let printed = error.map { "\($0)" } ?? ""
        #expect(printed.contains(message), "\(printed)")
    }
}
