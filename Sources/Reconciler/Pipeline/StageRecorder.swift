import Foundation
import Synchronization

/// Runs a rollout's stages one by one, recording each transition and output line in history and passing it on
/// as progress.
final class StageRecorder: Sendable {
    let history: History
    let rolloutID: Int64
    let deployment: String
    let generation: Int
    let progress: ProgressHandler
    private let lines = Mutex<[RolloutLogLine]>([])
    /// History keeps at most this many output lines per rollout (the newest); the rest still reach `progress`.
    private static let maximumStoredLines = 5000

    init(history: History, rolloutID: Int64, deployment: String, generation: Int, progress: @escaping ProgressHandler) {
        self.history = history
        self.rolloutID = rolloutID
        self.deployment = deployment
        self.generation = generation
        self.progress = progress
    }

    /// What a stage body says about how it ended.
    enum Ending {
        case succeeded(String)
        case skipped(String)
    }

    /// Runs `body` as `stage`: records `started`, then its ending, or `failed` with the error's message.
    func run<Value: Sendable>(_ stage: Stage, _ body: () async throws -> (Value, Ending)) async throws -> Value {
        try await transition(stage, "started", "", .started)
        do {
            let (value, ending) = try await body()
            switch ending {
            case .succeeded(let message): try await transition(stage, "succeeded", message, .succeeded(message))
            case .skipped(let message): try await transition(stage, "skipped", message, .skipped(message))
            }
            return value
        } catch let failure as StageFailure {
            try await transition(stage, "failed", failure.message, .failed(failure.message))
            throw failure
        } catch {
            let failure = StageFailure(stage, reason: "\(stage.rawValue.capitalized)Failed", String(describing: error))
            try await transition(stage, "failed", failure.message, .failed(failure.message))
            throw failure
        }
    }

    /// A line of output from `stage`.
    func output(_ stage: Stage, _ text: String) {
        progress(RolloutProgress(deployment: deployment, generation: generation, rolloutID: rolloutID, stage: stage, event: .output(text)))
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

    private func transition(_ stage: Stage, _ state: String, _ message: String, _ event: RolloutProgress.Event)
        async throws
    {
        try await flush()
        let (history, transition) = (
            history, StageTransition(rolloutID: rolloutID, stage: stage.rawValue, state: state, message: message)
        )
        try await Task { try await history.record(transition) }.value
        progress(RolloutProgress(deployment: deployment, generation: generation, rolloutID: rolloutID, stage: stage, event: event))
    }
}
