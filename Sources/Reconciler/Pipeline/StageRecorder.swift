import Foundation
import Logging
import Synchronization

/// Records a rollout's stage transitions and output lines in history and passes each on as progress.
final class StageRecorder: Sendable {
    let history: History
    let rolloutID: Int64
    let deployment: String
    let generation: Int
    let progress: ProgressHandler
    let logger: Logger
    private let lines = Mutex<[RolloutLogLine]>([])
    /// History keeps at most this many output lines per rollout (the newest); the rest still reach `progress`.
    private static let maximumStoredLines = 5000

    init(
        history: History, rolloutID: Int64, deployment: String, generation: Int, progress: @escaping ProgressHandler,
        logger: Logger
    ) {
        self.history = history
        self.rolloutID = rolloutID
        self.deployment = deployment
        self.generation = generation
        self.progress = progress
        self.logger = logger
    }

    /// Records one note of the rollout state machine. A history that cannot be written is logged and never stops
    /// the rollout: an undo or a swap must go on.
    func record(_ note: RolloutStateMachine.Note) async {
        switch note {
        case .started(let stage): await transition(stage, "started", "", .started)
        case .ended(let stage, .succeeded(let message)):
            await transition(stage, "succeeded", message, .succeeded(message))
        case .ended(let stage, .skipped(let message)): await transition(stage, "skipped", message, .skipped(message))
        case .failed(let stage, let message): await transition(stage, "failed", message, .failed(message))
        case .interrupted(let stage, let message):
            await transition(stage, "interrupted", message, .interrupted(message))
        case .output(let stage, let text): output(stage, text)
        }
    }

    /// A line of output from `stage`.
    func output(_ stage: Stage, _ text: String) {
        progress(
            RolloutProgress(
                deployment: deployment, generation: generation, rolloutID: rolloutID, stage: stage, event: .output(text)
            ))
        lines.withLock { buffer in
            buffer.append(RolloutLogLine(rolloutID: rolloutID, stage: stage.rawValue, text: text))
            if buffer.count > Self.maximumStoredLines { buffer.removeFirst(buffer.count - Self.maximumStoredLines) }
        }
    }

    /// Writes buffered output lines to history.
    func flush() async throws {
        let pending = lines.withLock { buffer in
            defer { buffer.removeAll() }
            return buffer
        }
        let history = history
        // A stopping controller cancels the rollout's task; what happened is still written down.
        try await Task { try await history.append(pending) }.value
    }

    private func transition(_ stage: Stage, _ state: String, _ message: String, _ event: RolloutProgress.Event) async {
        do {
            try await flush()
            let (history, transition) = (
                history, StageTransition(rolloutID: rolloutID, stage: stage.rawValue, state: state, message: message)
            )
            try await Task { try await history.record(transition) }.value
        } catch {
            logger.error(
                "cannot record a stage transition in history: \(error)",
                metadata: [
                    "deployment.name": "\(deployment)", "rollout.id": "\(rolloutID)", "stage": "\(stage.rawValue)",
                ]
            )
        }
        progress(
            RolloutProgress(
                deployment: deployment, generation: generation, rolloutID: rolloutID, stage: stage, event: event))
    }
}
