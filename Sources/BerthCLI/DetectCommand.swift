import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// `berth detect`: the stack berth detects in a repository and the Dockerfile it would generate (DESIGN §13).
struct DetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Show the stack berth detects at a repository's path and the Dockerfile it would build.",
        discussion: """
            Mirrors --repo into a temporary directory (no checkout), resolves --ref and reads the root of --path: \
            its file names and a few small manifests (package.json, requirements.txt, pyproject.toml, go.mod, \
            Cargo.toml, pom.xml, build.gradle, Gemfile, composer.json, *.csproj). Prints the stack with its \
            framework and package manager, the evidence, which candidate won and why when several were found, and \
            the generated Dockerfile: what a deployment with `source.stack: auto` (or no Dockerfile at its path) \
            builds. With --config, base images come from the controller config's `stacks` and the repository's \
            credentials named by --credentials from its `credentials`. Exits 0 when a stack is found, 1 when none is (the error lists \
            what was looked for), 2 on a usage or config error. --output json prints {"repo", "commit", "path", \
            "chosen": {"stack", "framework", "packageManager", "rank", "evidence", "healthPath"}, "passedOver", \
            "reason", "dockerfile"}.
            """
    )

    @Option(help: "The app repository (https, http, ssh, git or file URL).")
    var repo: String

    @Option(help: "Branch, tag or full commit id.")
    var ref: String = "main"

    @Option(help: "The build context inside the repository.")
    var path: String = "."

    @Option(help: "Look only for this stack (node, python, go, rust, java, ruby, php, dotnet, static).")
    var stack: String?

    @Option(help: "Controller config: base images (stacks) and git credentials.")
    var config: String?

    @Option(help: "A name under the controller config's credentials, for a repository that needs one.")
    var credentials: String?

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    func validate() throws {
        if let stack, Stack(rawValue: stack) == nil {
            throw ValidationError(
                "--stack: \(stack) is not a stack (\(Stack.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() async throws {
        let controller = try ConfigFile(option: config)?.load() ?? .default
        let mirrors = try TemporaryStateDirectory()
        defer { mirrors.remove() }
        let repositories = GitMirrorStore(stateDirectory: mirrors.url, logger: Logger(label: "berth.detect"))
        let report: StackReport
        do {
            report = try await StackReport.detect(
                repositories: repositories, remote: GitRemote(url: repo, credentialName: credentials, in: controller),
                ref: ref,
                path: path, stack: stack.flatMap(Stack.init(rawValue:)), images: StackImages(controller.stacks))
        } catch let error as StackDetectionError {
            throw CommandFailure.failed("\(error)")
        } catch {
            throw CommandFailure.failed("cannot read \(repo) at \(ref)", error)
        }
        switch output {
        case .json: try printJSON(report)
        case .text: StackReportView(report).lines().forEach { print($0) }
        }
    }
}

/// `berth detect` as text: the winner with its evidence, the reason when there was a choice, the Dockerfile.
struct StackReportView {
    let report: StackReport

    init(_ report: StackReport) {
        self.report = report
    }

    func lines() -> [String] {
        let chosen = report.chosen
        let details = [chosen.framework, chosen.packageManager].compactMap(\.self).joined(separator: ", ")
        var lines = [
            "\(report.repo) at \(report.commit.prefix(12)), path \(report.path)",
            "stack: \(chosen.stack)\(details.isEmpty ? "" : " (\(details))")",
        ]
        lines += chosen.evidence.map { "  - \($0)" }
        if let health = chosen.healthPath { lines.append("health path by convention: \(health)") }
        if let reason = report.reason { lines.append("chosen \(reason)") }
        lines.append("")
        lines.append("Dockerfile:")
        lines += report.dockerfile.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        return lines
    }
}

/// A directory for mirrors that lives as long as one command.
private struct TemporaryStateDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("berth-detect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
