import Foundation
import Reconciler

/// Prints rollout progress as it happens, one line per event: `web  #2 build    | Step 1/3 : FROM …`.
/// Goes to stdout for text output and to stderr when stdout carries JSON.
struct ProgressPrinter: Sendable {
    let toStandardError: Bool

    func print(_ progress: RolloutProgress) {
        let head = "\(progress.deployment) #\(progress.generation) \(progress.stage.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))"
        let text: String
        switch progress.event {
        case .started: text = "started"
        case .succeeded(let message): text = "done: \(message)"
        case .skipped(let message): text = "skipped: \(message)"
        case .failed(let message): text = "FAILED: \(message)"
        case .interrupted(let message): text = "interrupted: \(message)"
        case .output(let line): text = "| \(line)"
        }
        let handle = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data("\(head) \(text)\n".utf8))
    }
}
