import Foundation
package import Logging
package import Manifest
import Synchronization

/// Records a rollout's stage transitions and output lines in history and passes each on as progress.
package final class StageRecorder: Sendable {
    let history: History
    let rolloutID: Int64
    let deployment: String
    let generation: Int
    let progress: ProgressHandler
    let logger: Logger
    /// History keeps the newest this many bytes of the rollout's output (`limits.logBytes`); the rest still reaches
    /// `progress`, and a note in the kept log says how much was cut.
    let logBytes: Int
    private let buffer = Mutex(LineBuffer())
    /// The flush ``output(_:_:)`` started last (it ends after every earlier one); ``finish()`` waits for it, so no
    /// write outlives the rollout.
    private let pendingFlush = Mutex<Task<Void, Never>?>(nil)
    /// When each stage last started, for the duration its ending reports.
    private let stageStarts = Mutex<[Stage: ContinuousClock.Instant]>([:])
    /// How long output lines wait to be written together: the live log's delay, against one transaction per line.
    static let lineBatchDelay = Duration.milliseconds(20)

    /// Output lines not yet written to history, and what has been kept so far.
    private struct LineBuffer {
        var lines: [RolloutLogLine] = []
        /// Output bytes in history and in ``lines``.
        var storedBytes = 0
        var flushPending = false
        /// Output bytes cut from the front of the log so far.
        var cutBytes = 0
        /// The size of the note that stands where the log was cut (0 before the first cut).
        var noteBytes = 0
    }

    package init(
        history: History, rolloutID: Int64, deployment: String, generation: Int, progress: @escaping ProgressHandler,
        logger: Logger, logBytes: Int = BuildLimits.default.logBytes
    ) {
        self.logBytes = logBytes
        self.history = history
        self.rolloutID = rolloutID
        self.deployment = deployment
        self.generation = generation
        self.progress = progress
        self.logger = logger
    }

    /// Records the notes of one state-machine action: the output lines buffered so far and the notes' stage
    /// transitions go to history in one transaction, then each note goes on as progress. A history that cannot be
    /// written is logged and never stops the rollout: an undo or a swap must go on.
    func record(_ notes: [RolloutStateMachine.Note]) async {
        var events: [(Stage, RolloutProgress.Event)] = []
        for note in notes {
            switch note {
            case .output(let stage, let text): output(stage, text)
            case .started(let stage): events.append((stage, .started))
            case .ended(let stage, .succeeded(let message)): events.append((stage, .succeeded(message)))
            case .ended(let stage, .skipped(let message)): events.append((stage, .skipped(message)))
            case .failed(let stage, let message): events.append((stage, .failed(message)))
            case .interrupted(let stage, let message): events.append((stage, .interrupted(message)))
            }
        }
        let transitions = events.compactMap(transition)
        if !transitions.isEmpty {
            do {
                // A stopping controller cancels the rollout's task; what happened is still written down.
                try await Task { try await history.record(transitions, takingLines: takeLines) }.value
            } catch {
                logger.error(
                    "cannot record stage transitions in history: \(error)",
                    metadata: ["deployment.name": "\(deployment)", "rollout.id": "\(rolloutID)"]
                )
            }
        }
        for (stage, event) in events {
            progress(
                RolloutProgress(
                    deployment: deployment, generation: generation, rolloutID: rolloutID, stage: stage, event: event,
                    duration: timing(stage, event)))
        }
    }

    /// A line of output from `stage`, its terminal escapes stripped (``TerminalEscapes``) for history and progress.
    package func output(_ stage: Stage, _ line: String) {
        let text = TerminalEscapes.stripped(line)
        progress(
            RolloutProgress(
                deployment: deployment, generation: generation, rolloutID: rolloutID, stage: stage, event: .output(text)
            ))
        let startsFlush = buffer.withLock { buffer in
            buffer.storedBytes += text.utf8.count
            buffer.lines.append(RolloutLogLine(rolloutID: rolloutID, stage: stage.rawValue, text: text))
            defer { buffer.flushPending = true }
            return !buffer.flushPending
        }
        guard startsFlush else { return }
        pendingFlush.withLock { pending in
            // Each flush ends after the one before it, so waiting for the newest waits for them all.
            pending = Task { [previous = pending] in
                await previous?.value
                await flushLines()
            }
        }
    }

    /// Writes the buffered output lines to history after ``lineBatchDelay``, so the live log follows a build while
    /// it runs. A history that cannot be written is logged; the rollout goes on.
    private func flushLines() async {
        try? await Task.sleep(for: Self.lineBatchDelay)
        // The rollout's last record may have taken the lines already.
        guard !buffer.withLock({ $0.lines.isEmpty }) else { return }
        do {
            try await history.record([], takingLines: takeLines)
        } catch {
            logger.error(
                "cannot record output lines in history: \(error)",
                metadata: ["deployment.name": "\(deployment)", "rollout.id": "\(rolloutID)"]
            )
        }
        // Trim in batches while the rollout runs, so a runaway log never fills the disk; exactly at the end.
        if buffer.withLock({ $0.storedBytes > logBytes + logBytes / 2 }) { await keepTail() }
    }

    /// Called as the rollout ends, after its last lines were written: waits for a flush still under way (so nothing
    /// writes to history after the rollout returns) and cuts the log to ``logBytes``.
    func finish() async {
        await pendingFlush.withLock { $0 }?.value
        await keepTail()
    }

    /// Cuts the log in history to its newest ``logBytes``, the cut marked by a note that says how much of the
    /// output before it is gone (all cuts so far).
    private func keepTail() async {
        guard buffer.withLock({ $0.storedBytes > logBytes }) else { return }
        let limit = logBytes
        do {
            _ = try await history.keepLogTail(of: rolloutID, bytes: limit) { removed in
                self.noteCut(removed, limit: limit)
            }
        } catch {
            logger.error(
                "cannot cut the rollout's log to limits.logBytes: \(error)",
                metadata: ["deployment.name": "\(deployment)", "rollout.id": "\(rolloutID)"]
            )
        }
    }

    /// Counts `removed` bytes as cut and returns the note that stands where the log was cut.
    private func noteCut(_ removed: Int, limit: Int) -> String {
        buffer.withLock { buffer in
            // The note of an earlier cut is the oldest line: it is cut first, and is not output.
            buffer.cutBytes += removed - buffer.noteBytes
            let note =
                "berth: \(buffer.cutBytes) bytes of earlier output were cut; the log keeps its newest \(limit) bytes "
                + "(limits.logBytes)"
            buffer.storedBytes += note.utf8.count - removed
            buffer.noteBytes = note.utf8.count
            return note
        }
    }

    /// The output lines not yet written to history, which the caller now writes.
    @Sendable func takeLines() -> [RolloutLogLine] {
        buffer.withLock { buffer in
            defer {
                buffer.lines.removeAll()
                buffer.flushPending = false
            }
            return buffer.lines
        }
    }

    /// Notes when `stage` starts; on an event that ends it, how long it ran (nil when its start was not seen).
    private func timing(_ stage: Stage, _ event: RolloutProgress.Event) -> Duration? {
        let now = ContinuousClock.now
        return stageStarts.withLock { starts in
            switch event {
            case .started:
                starts[stage] = now
                return nil
            case .output:
                return nil
            case .succeeded, .skipped, .failed, .interrupted:
                return starts.removeValue(forKey: stage).map { now - $0 }
            }
        }
    }

    /// The history row of a stage event; output lines are not transitions.
    private func transition(_ stage: Stage, _ event: RolloutProgress.Event) -> StageTransition? {
        let (state, message): (String, String)
        switch event {
        case .started: (state, message) = ("started", "")
        case .succeeded(let text): (state, message) = ("succeeded", text)
        case .skipped(let text): (state, message) = ("skipped", text)
        case .failed(let text): (state, message) = ("failed", text)
        case .interrupted(let text): (state, message) = ("interrupted", text)
        case .output: return nil
        }
        return StageTransition(rolloutID: rolloutID, stage: stage.rawValue, state: state, message: message)
    }
}
