import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `berth logs NAME` and `berth ps` against the real engine, with an app that prints a numbered line every 300 ms.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct LogsEndToEndTests {
    static let counter =
        #"(i=0; while true; do i=$((i+1)); echo "line $i"; echo "err $i" >&2; sleep 0.3; done) & "#
        + #"exec httpd -f -p "$PORT" -h /www"#

    /// The numbers of the `line N` lines in `text`.
    static func numbers(_ text: String) -> [Int] {
        text.split(separator: "\n").compactMap { $0.hasPrefix("line ") ? Int($0.dropFirst(5)) : nil }
    }

    @Test func logsPrintTheAppsLastLinesFollowNewOnesAndPsShowsTheContainer() async throws {
        try await Scenario.run { scenario in
            let name = scenario.name("web")
            try scenario.commitApp("web", page: "counting", command: Self.counter)
            try scenario.commitConfig(["web.yaml": try scenario.manifest("web")])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)")
            let printed = try await scenario.eventually(within: .seconds(10)) {
                Self.numbers(try scenario.berth("logs", name).stdout).count >= 8
            }
            try #require(printed, "the app never printed 8 lines")

            let tail = try scenario.berth("logs", name, "--tail", "5")
            #expect(tail.status == 0, "\(tail)")
            let stdoutNumbers = Self.numbers(tail.stdout)
            #expect(tail.stdout.split(separator: "\n").count == stdoutNumbers.count, "only line N on stdout: \(tail)")
            #expect(tail.stderr.contains("err "), "the app's stderr goes to stderr: \(tail)")
            // --tail counts lines of both streams together, as Docker does.
            #expect((2...3).contains(stdoutNumbers.count), "\(tail)")
            let first = stdoutNumbers.first ?? 0
            #expect(stdoutNumbers == Array(first..<first + stdoutNumbers.count), "consecutive lines: \(tail)")
            #expect((stdoutNumbers.last ?? 0) >= 8, "the last lines, not the first: \(tail)")

            let json = try scenario.berth("logs", name, "--tail", "4", "--output", "json")
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(document["schemaVersion"] as? Int == 1)
            #expect(document["name"] as? String == name && document["generation"] as? Int == 1)
            #expect(document["container"] as? String == "\(name)-1")
            let lines = try #require(document["lines"] as? [[String: Any]])
            #expect(lines.count == 4)
            #expect(Set(lines.compactMap { $0["stream"] as? String }) == ["stdout", "stderr"])
            #expect(lines.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true && $0["text"] is String })

            let since = try scenario.berth("logs", name, "--since", "1s")
            #expect(since.status == 0 && Self.numbers(since.stdout).count <= 5, "\(since)")

            try await Self.followShowsNewLinesWithinASecond(scenario, name)
            try Self.psShowsTheContainer(scenario, name)

            let missing = try scenario.berth("logs", scenario.name("nothing"))
            #expect(missing.status == 1, "\(missing)")
            #expect(missing.stderr.contains("\(scenario.name("nothing")) has no container"), "\(missing)")
            #expect(missing.stderr.contains("berth apply"), "\(missing)")
            let gone = try scenario.berth("logs", name, "--generation", "7")
            #expect(gone.status == 1 && gone.stderr.contains("no container of generation 7"), "\(gone)")
            #expect(gone.stderr.contains("it has generation 1"), "\(gone)")
        }
    }

    /// Every line `--follow --output json` prints arrives less than a second after the engine received it, and
    /// the text form streams through a pipe too.
    private static func followShowsNewLinesWithinASecond(_ scenario: Scenario, _ name: String) async throws {
        let json = try RunningBerth(
            ["logs", name, "--follow", "--tail", "0", "--output", "json", "--config", scenario.controllerFile])
        defer { json.killHard() }
        var arrivals: [(line: String, at: Date)] = []
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline, arrivals.count < 6 {
            let printed = json.printed
            let complete = printed.split(separator: "\n", omittingEmptySubsequences: true)
            let finished = printed.hasSuffix("\n") ? complete.count : max(0, complete.count - 1)
            for line in complete.prefix(finished).dropFirst(arrivals.count) { arrivals.append((String(line), Date())) }
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(arrivals.count >= 6, "followed lines: \(json.printed)")
        for (line, seen) in arrivals {
            let event = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            #expect(event["name"] as? String == name && event["schemaVersion"] as? Int == 1, "\(line)")
            let milliseconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
            let time = try #require((event["time"] as? String).flatMap { try? Date($0, strategy: milliseconds) })
            let latency = seen.timeIntervalSince(time)
            #expect(latency < 1, "\(line) arrived \(latency)s after the engine received it")
        }

        let text = try RunningBerth(["logs", name, "--follow", "--tail", "1", "--config", scenario.controllerFile])
        defer { text.killHard() }
        #expect(try await text.waitForLine(containing: "line ", timeout: .seconds(5)), "\(text.printed)")
        let first = Self.numbers(text.printed).first ?? 0
        #expect(try await text.waitForLine(containing: "line \(first + 2)\n", timeout: .seconds(2)), "\(text.printed)")
    }

    /// `berth ps` as a table and as JSON.
    private static func psShowsTheContainer(_ scenario: Scenario, _ name: String) throws {
        let container = "\(name)-1"
        let ps = try scenario.berth("ps")
        #expect(ps.status == 0, "\(ps)")
        let lines = ps.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true && lines.first?.contains("UPTIME") == true, "\(ps)")
        let row = try #require(lines.first { $0.hasPrefix(name + " ") }, "\(ps)")
        let cells = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(cells.prefix(4) == [name, "1", container, "running"], "\(row)")
        #expect(cells.contains { $0.hasPrefix("host:") }, "host networking: \(row)")
        #expect(!ps.stdout.contains("\u{1B}["), "no colour in a pipe")

        let json = try scenario.berth("ps", "--output", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entry = try #require((document["deployments"] as? [[String: Any]])?.first { $0["name"] as? String == name })
        #expect(entry["container"] as? String == container && entry["generation"] as? Int == 1)
        #expect(entry["state"] as? String == "running" && entry["active"] as? Bool == true)
        #expect((entry["uptimeMs"] as? Int ?? 0) > 0)
        #expect((entry["appCommit"] as? String)?.count == 40)
        let port = try #require((entry["ports"] as? [[String: Any]])?.first?["hostPort"] as? Int)
        #expect(cells.contains("host:\(port)"))
        #expect(try scenario.status("web")?["port"] as? Int == port)
        #expect(try scenario.status("web")?["ready"] as? Bool == true)
    }
}
