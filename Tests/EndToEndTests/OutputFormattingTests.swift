import Drivers
import Foundation
import Reconciler
import Testing

@testable import BerthCLI

/// How berth's commands write for people: colour only where it helps, aligned prefixes and tables, durations,
/// plurals.
@Suite struct OutputFormattingTests {
    @Test func colourOnlyOnATerminalWithoutNoColorAndNeverForJSON() {
        let color = TerminalStyle.usesColor
        #expect(color(true, ["TERM": "xterm-256color"], false))
        #expect(color(true, [:], false))
        #expect(!color(false, [:], false), "a pipe or a file")
        #expect(!color(true, [:], true), "JSON")
        #expect(!color(true, ["NO_COLOR": "1"], false))
        #expect(!color(true, ["NO_COLOR": "false"], false), "any non-empty value turns colour off")
        #expect(color(true, ["NO_COLOR": ""], false), "an empty NO_COLOR is unset")
        #expect(!color(true, ["TERM": "dumb"], false))
    }

    @Test func paintWrapsTextInSGRCodesOnlyWhenColoured() {
        #expect(TerminalStyle(colors: true).paint("ok", .ok) == "\u{1B}[32mok\u{1B}[0m")
        #expect(TerminalStyle(colors: true).paint("FAILED", .failed) == "\u{1B}[31mFAILED\u{1B}[0m")
        #expect(TerminalStyle(colors: true).paint("warning", .warning) == "\u{1B}[33mwarning\u{1B}[0m")
        #expect(TerminalStyle(colors: true).paint("plain", .plain) == "plain")
        #expect(TerminalStyle.plain.paint("ok", .ok) == "ok")
    }

    @Test func tableColumnsAlignOnTheWidestCellAndColourDoesNotCount() {
        var table = TextTable(headers: ["NAME", "READY", "MESSAGE"])
        table.append([TextTable.Cell("web"), TextTable.Cell("yes", .ok), "RolloutSucceeded"])
        table.append([TextTable.Cell("api-gateway"), TextTable.Cell("no", .failed), ""])
        #expect(
            table.lines() == [
                "NAME         READY  MESSAGE",
                "web          yes    RolloutSucceeded",
                "api-gateway  no",
            ])
        let coloured = table.lines(style: TerminalStyle(colors: true))
        #expect(coloured[1] == "web          \u{1B}[32myes\u{1B}[0m    RolloutSucceeded")
    }

    @Test(arguments: [
        (Duration.milliseconds(0), "0.0s"), (.milliseconds(349), "0.3s"), (.milliseconds(12_340), "12.3s"),
        (.milliseconds(59_940), "59.9s"), (.seconds(60), "1m"), (.seconds(125), "2m5s"),
        (.seconds(3 * 3600 + 125), "3h2m"),
    ])
    func stageDurations(duration: Duration, text: String) {
        #expect(DurationText.stage(duration) == text)
    }

    @Test(arguments: [
        (0, "0s"), (45, "45s"), (192, "3m12s"), (180, "3m"), (7200, "2h"), (7500, "2h5m"), (7545, "2h5m"),
        (86_400, "1d"), (3 * 86_400 + 4 * 3600 + 59, "3d4h"), (-5, "0s"),
    ])
    func uptimes(seconds: Int, text: String) {
        #expect(DurationText.span(seconds: seconds) == text)
    }

    @Test func pluralsFollowTheCount() {
        #expect(counted(0, "deployment") == "0 deployments")
        #expect(counted(1, "deployment") == "1 deployment")
        #expect(counted(2, "document") == "2 documents")
        #expect(counted(3, "entry", plural: "entries") == "3 entries")
    }

    @Test func applySummaryCountsDeploymentsInTheRightNumber() {
        let one = ApplyCommand.summary([.succeeded], took: .milliseconds(12_300))
        #expect(one == "Apply: 1 deployment: 1 succeeded in 12.3s.")
        let three = ApplyCommand.summary([.unchanged, .failed, .unchanged], took: .seconds(2))
        #expect(three == "Apply: 3 deployments: 1 failed, 2 unchanged in 2.0s.")
        #expect(ApplyCommand.summary([], took: .zero) == "Apply: 0 deployments in 0.0s.")
    }

    static func progress(_ deployment: String, _ stage: Stage, _ event: RolloutProgress.Event, took: Duration? = nil)
        -> RolloutProgress
    {
        RolloutProgress(deployment: deployment, generation: 2, rolloutID: 7, stage: stage, event: event, duration: took)
    }

    @Test func progressLinesShareOnePrefixWidthAndShowStageDurations() {
        let printer = ProgressPrinter(toStandardError: false, style: .plain)
        printer.align(to: ["web", "api-gateway"])
        #expect(printer.line(Self.progress("web", .build, .started)) == "web         │ #2 build   started")
        #expect(
            printer.line(Self.progress("api-gateway", .build, .output("Step 1/3 : FROM busybox")))
                == "api-gateway │ #2 build   | Step 1/3 : FROM busybox")
        #expect(
            printer.line(Self.progress("web", .build, .succeeded("built web:1"), took: .milliseconds(12_340)))
                == "web         │ #2 build   done in 12.3s: built web:1")
        #expect(
            printer.line(Self.progress("web", .health, .failed("no answer"), took: .seconds(8)))
                == "web         │ #2 health  FAILED after 8.0s: no answer")
        #expect(
            printer.line(Self.progress("web", .review, .skipped("review policy is off")))
                == "web         │ #2 review  skipped: review policy is off")
    }

    @Test func progressIsColouredOnlyWhenTheStyleSaysSo() {
        let printer = ProgressPrinter(toStandardError: false, style: TerminalStyle(colors: true))
        let failed = printer.line(Self.progress("web", .health, .failed("no answer"), took: .seconds(1)))
        #expect(failed.contains("\u{1B}[31mFAILED after 1.0s\u{1B}[0m: no answer"))
        let warning = printer.line(Self.progress("web", .review, .output("warning: medium x f:1 m [waive: ab12]")))
        #expect(warning.contains("\u{1B}[33mwarning: medium x f:1 m [waive: ab12]\u{1B}[0m"))
    }

    @Test func statusShowsAnExitedContainerAsNotReady() {
        let ready = Condition(.ready, .true, reason: "RolloutSucceeded", message: "serves", observedConfigCommit: "c")
        let containers = [
            ActualContainer(
                id: "1", name: "web-3", deployment: "web", generation: 3, specHash: "h", commit: "3f2a9c1d0e4b5a6f7",
                port: 21034, state: .exited),
            ActualContainer(
                id: "2", name: "api-1", deployment: "api", generation: 1, specHash: "h", commit: "sha256:9b1c77aa0d3e11",
                port: 21035, state: .running, health: .healthy),
        ]
        let rows = DeploymentStatus.all(
            containers: containers, conditions: ["web": [ready], "api": [ready]],
            pins: ["api": Pin(generation: 1, specHash: "h", reason: "berth rollback")])
        #expect(
            StatusView(rows).lines(style: .plain) == [
                "NAME  READY  STATE              GENERATION  COMMIT        PORT   PINNED  MESSAGE",
                "api   yes    running (healthy)  1           9b1c77aa0d3e  21035  1       RolloutSucceeded: serves",
                "web   no     exited             3           3f2a9c1d0e4b  21034  -       ContainerNotRunning: web-3 is exited",
            ])
    }

    @Test func psShowsPortsUptimeAndTheExitCode() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let running = DeploymentContainer(
            container: ActualContainer(
                id: "a1", name: "web-3", deployment: "web", generation: 3, specHash: "h", commit: "3f2a9c1d0e4b5a6f",
                port: 21034, image: "berth/web:3f2a", state: .running, health: .healthy),
            isActive: true, startedAt: now.addingTimeInterval(-192), finishedAt: nil, exitCode: 0,
            ports: [PublishedPort(containerPort: 8080, hostPort: 21034, hostIP: "127.0.0.1")], networkMode: "bridge")
        let exited = DeploymentContainer(
            container: ActualContainer(
                id: "b2", name: "web-2", deployment: "web", generation: 2, specHash: "h", commit: "9b1c77aa0d3e",
                port: 21040, image: "berth/web:9b1c", state: .exited),
            isActive: false, startedAt: now.addingTimeInterval(-4000), finishedAt: now.addingTimeInterval(-10),
            exitCode: 137, ports: [], networkMode: "host")
        let view = PsView([running, exited], now: now)
        #expect(
            view.lines(style: .plain) == [
                "NAME  GENERATION  CONTAINER  STATE              PORTS                 UPTIME  IMAGE           COMMIT",
                "web   3           web-3      running (healthy)  127.0.0.1:21034→8080  3m12s   berth/web:3f2a  3f2a9c1d0e4b",
                "web   2           web-2      exited (137)       host:21040            -       berth/web:9b1c  9b1c77aa0d3e",
            ])
        #expect(view.deployments[0].uptimeMs == 192_000 && view.deployments[1].uptimeMs == nil)
        let hostPort = PortView(address: nil, hostPort: 21040, containerPort: 21040, protocol: "tcp")
        #expect(view.deployments[1].ports == [hostPort])
    }

    @Test func portsNameTheRealBindAddress() {
        #expect(ContainerText.ports([]) == "-")
        #expect(
            ContainerText.ports([
                PortView(address: "0.0.0.0", hostPort: 8443, containerPort: 443, protocol: "udp"),
                PortView(address: "::", hostPort: 8443, containerPort: 443, protocol: "tcp"),
            ]) == "0.0.0.0:8443→443/udp, [::]:8443→443")
    }

    @Test func sinceTakesADurationAgoOrAnISOTime() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(LogSince.date("10m", now: now) == now.addingTimeInterval(-600))
        #expect(LogSince.date("1h30m", now: now) == now.addingTimeInterval(-5400))
        #expect(LogSince.date("2026-12-02T05:55:10Z", now: now)?.timeIntervalSince1970 == 1_796_190_910)
        let fractional = try #require(LogSince.date("2026-12-02T05:55:10.500Z", now: now))
        #expect(abs(fractional.timeIntervalSince1970 - 1_796_190_910.5) < 0.001)
        #expect(LogSince.date("2026-12-02T06:55:10+01:00", now: now)?.timeIntervalSince1970 == 1_796_190_910)
        #expect(LogSince.date("yesterday", now: now) == nil)
        #expect(LogSince.date("10", now: now) == nil)
    }

    @Test func logTimesHaveMilliseconds() {
        #expect(AppLogPrinter.timestamp(Date(timeIntervalSince1970: 1_796_190_910.25)) == "2026-12-02T05:55:10.250Z")
    }
}
