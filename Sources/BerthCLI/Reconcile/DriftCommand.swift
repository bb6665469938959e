import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth drift`: what on the host no longer matches what berth created or the manifests declare (DESIGN §13).
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Report what on the host no longer matches git: each changed field with its desired and live value.",
        discussion: """
            Reads desired state (like plan: --config or --repo), then compares every active container of this \
            state dir with the create request history recorded for its generation, field by field: image, \
            command, entrypoint, env (added, removed, changed keys; secretEnv values are never shown, only \
            "(changed)"), labels, published ports, mounts, network, restart policy, memory and CPU limits \
            (`docker update` shows here), user, privileged, capabilities, init, state and restart count. With \
            `drift: {files: true}` in a manifest it also lists files added, changed or deleted inside the \
            container outside its volumes and /tmp, /run, /proc (at most 50). On the host it lists containers \
            without berth's labels that publish ports or are named like a declared deployment's containers, and \
            berth volumes whose deployment left the manifests.

            Changes nothing: "first seen" is what `berth run` recorded; a finding it has not seen yet shows the \
            time of this scan. A container rolled out before berth kept create records is reported once as "no \
            create record"; roll it out again (berth apply after any change) to compare it.

            Exit codes: 0 no drift; 1 drift found (or the scan failed); 2 usage. --output markdown prints the \
            report to paste into a ticket; --output json prints {"host", "scannedAt", "configCommit", "clean", \
            "findings": [{"deployment", "container", "field", "desired", "live", "firstSeen", "adoptable", \
            "healed"}]}. Fields that map onto the manifest are named by their path (spec.resources.memory, \
            spec.env.LOG_LEVEL); adoptable findings can be taken into the manifest as they are.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case markdown
    }

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts, markdown for a ticket.")
    var output: Format = .text

    func run() async throws {
        let controller = try state.controller()
        let runtime = try Runtime(controller: controller, state: state.stateDirectory(controller), access: .plan)
        let reader = DesiredStateReader(
            source: try state.desiredSource(controller), repositories: runtime.repositories, controller: controller)
        let report: DriftReport
        do {
            let snapshot = try await reader.read()
            let scanner = DriftScanner(
                engine: runtime.engine, history: runtime.history, stateDir: controller.stateDir,
                secretKey: DriftScanner.secretKey(at: controller.secretKeyFile))
            report = try await scanner.scan(
                declared: DriftScanner.declared(in: snapshot.state), configCommit: snapshot.configCommit)
        } catch let error as ConfigPathMissing {
            throw CommandFailure.usage(error.description)
        } catch {
            throw CommandFailure.failed("cannot scan for drift", error)
        }
        switch output {
        case .json: try printJSON(DriftDocument(report))
        case .markdown: print(report.markdown(), terminator: "")
        case .text: printText(report)
        }
        if !report.isClean { throw ExitCode(1) }
    }

    private func printText(_ report: DriftReport) {
        guard !report.isClean else {
            print("no drift on \(report.host)")
            return
        }
        var table = TextTable(headers: ["DEPLOYMENT", "CONTAINER", "FIELD", "DESIRED", "LIVE", "FIRST SEEN"])
        for finding in report.findings {
            let seen = finding.firstSeen >= report.scannedAt
                ? "now" : DurationText.since(finding.firstSeen, now: report.scannedAt) + " ago"
            table.append([
                .init(finding.deployment ?? "(host)"), .init(finding.container ?? ""), .init(finding.field),
                .init(finding.desired ?? "(absent)"), .init(finding.live ?? "(absent)", .plain), .init(seen),
            ])
        }
        table.lines().forEach { print($0) }
        let count = report.findings.count
        print("\n\(count) \(count == 1 ? "finding" : "findings") on \(report.host)")
    }
}

/// `berth drift --output json`.
struct DriftDocument: Encodable {
    let host: String
    let scannedAt: Date
    let configCommit: String?
    let clean: Bool
    let findings: [DriftFinding]

    init(_ report: DriftReport) {
        host = report.host
        scannedAt = report.scannedAt
        configCommit = report.configCommit
        clean = report.isClean
        findings = report.findings
    }
}
