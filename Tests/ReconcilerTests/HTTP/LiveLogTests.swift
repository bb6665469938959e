import Foundation
import Logging
import Synchronization
import Testing

@testable import Reconciler

/// A rollout's output reaches history while its stage runs (the live log), in order, bounded in size, and wakes the
/// run's watchers; log pages and dashboard suspensions read back what was written.
@Suite struct LiveLogTests {
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    static func recorder(_ history: History) async throws -> StageRecorder {
        let rollout = try await history.begin(
            Rollout(
                deployment: "web", generation: 0, configCommit: "c", appCommit: "a", image: "i", specHash: "h",
                strategy: "start-first"))
        return StageRecorder(
            history: history, rolloutID: rollout.id!, deployment: "web", generation: rollout.generation,
            progress: { _ in }, logger: quiet)
    }

    @Test func outputReachesHistoryBeforeItsStageEndsAndWakesWatchers() async throws {
        let history = try History()
        let recorder = try await Self.recorder(history)
        var wakes = history.feed.watch(recorder.rolloutID).makeAsyncIterator()
        recorder.output(.build, "Step 1/2 : FROM busybox")
        _ = await wakes.next()
        let lines = try await history.logLines(of: recorder.rolloutID)
        #expect(lines.map(\.text) == ["Step 1/2 : FROM busybox"])
        #expect(try await history.transitions(of: recorder.rolloutID).isEmpty, "no stage has ended")
    }

    @Test func linesStayInOrderWhileFlushesAndStageEndsInterleave() async throws {
        let history = try History()
        let recorder = try await Self.recorder(history)
        for index in 0..<400 {
            recorder.output(.build, "line \(index)")
            if index % 50 == 0 { await recorder.record([.started(.build)]) }
            if index % 7 == 0 { try await Task.sleep(for: .milliseconds(1)) }
        }
        await recorder.record([.ended(.build, .succeeded("built"))])
        let texts = try await history.logLines(of: recorder.rolloutID).map(\.text)
        #expect(texts == (0..<400).map { "line \($0)" })
    }

    @Test func historyKeepsTheNewestLogBytesAndSaysHowMuchWasCut() async throws {
        let history = try History()
        let rollout = try await history.begin(
            Rollout(
                deployment: "web", generation: 0, configCommit: "c", appCommit: "a", image: "i", specHash: "h",
                strategy: "start-first"))
        let limit = 10_000
        let recorder = StageRecorder(
            history: history, rolloutID: rollout.id!, deployment: "web", generation: rollout.generation,
            progress: { _ in }, logger: Self.quiet, logBytes: limit)
        // 300 lines of 100 bytes, flushed in several batches so the log is cut while it grows and at the end.
        let lines = (0..<300).map { index in
            "line \(index) " + String(repeating: "x", count: 100 - "line \(index) ".count)
        }
        for (index, line) in lines.enumerated() {
            recorder.output(.build, line)
            if index % 40 == 0 { try await Task.sleep(for: .milliseconds(30)) }
        }
        await recorder.record([.ended(.build, .succeeded("built"))])
        try await history.record([], takingLines: recorder.takeLines)
        await recorder.finish()
        let texts = try await history.logLines(of: rollout.id!).map(\.text)
        let output = Array(texts.dropFirst())
        #expect(output == Array(lines.suffix(output.count)), "the newest lines, in order, with no gap")
        #expect(output.count == limit / 100, "as many whole lines as fit in limits.logBytes")
        let cut = (lines.count - output.count) * 100
        #expect(
            texts.first
                == "berth: \(cut) bytes of earlier output were cut; the log keeps its newest \(limit) bytes "
                + "(limits.logBytes)")
    }

    @Test func logPagesWalkBackAndForthWithoutGapsOrRepeats() async throws {
        let history = try History()
        let recorder = try await Self.recorder(history)
        let id = recorder.rolloutID
        try await history.record(
            [], lines: (0..<1000).map { RolloutLogLine(rolloutID: id, stage: "build", text: "\($0)") })
        var seen: [String] = []
        var page = try await history.logPage(of: id, after: 0, maximumBytes: 700)
        seen += page.lines.map(\.line.text)
        #expect(!page.hasEarlier)
        while page.hasLater {
            page = try await history.logPage(of: id, after: page.lines.last!.id, maximumBytes: 700)
            #expect(page.hasEarlier)
            seen += page.lines.map(\.line.text)
        }
        #expect(seen == (0..<1000).map(String.init))
        let last = try await history.logPage(of: id, maximumBytes: 700)
        #expect(!last.hasLater)
        #expect(last.lines.last?.line.text == "999")
        let before = try await history.logPage(of: id, before: last.lines.first!.id, maximumBytes: 700)
        #expect(Int(before.lines.last!.line.text)! + 1 == Int(last.lines.first!.line.text)!)
        let huge = try await history.logPage(of: id, after: 0, maximumBytes: 1)
        #expect(huge.lines.count == 1, "a line over the budget comes alone")
    }

    @Test func dashboardSuspensionsAreKeptAndLifted() async throws {
        let history = try History()
        try await history.suspend("web", actor: "dashboard:ana")
        try await history.suspend("web", actor: "dashboard:bo")
        #expect(try await history.suspensions()["web"]?.actor == "dashboard:ana", "the first suspend stands")
        #expect(try await history.resume("web"))
        #expect(try await history.resume("web") == false)
        #expect(try await history.suspensions().isEmpty)
    }
}
