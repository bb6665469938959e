import Foundation
import Reconciler
import Synchronization

/// Prints rollout progress as it happens, one line per event, each under its deployment's prefix padded to the
/// widest name so that parallel rollouts stay readable:
/// ```
/// web    │ #2 build   | Step 1/3 : FROM …
/// worker │ #5 health  started
/// web    │ #2 build   done in 12.3s: built berth/web:3f2a…
/// ```
/// Goes to stdout for text output and to stderr when stdout carries JSON (then without colour).
final class ProgressPrinter: Sendable {
    let toStandardError: Bool
    let style: TerminalStyle
    private let nameWidth = Mutex(0)

    /// - Parameter style: colours; by default those of the stream written to (``TerminalStyle``).
    init(toStandardError: Bool, style: TerminalStyle? = nil) {
        self.toStandardError = toStandardError
        self.style = style ?? (toStandardError ? .standardError(json: false) : .standardOutput(json: false))
    }

    /// Pads every prefix to the widest of `names` (the deployments about to roll out).
    func align(to names: some Sequence<String>) {
        let widest = names.map(\.count).max() ?? 0
        nameWidth.withLock { $0 = max($0, widest) }
    }

    func print(_ progress: RolloutProgress) {
        let handle = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data((line(progress) + "\n").utf8))
    }

    /// `web │ #2 build   done in 12.3s: built …`.
    func line(_ progress: RolloutProgress) -> String {
        let stage = progress.stage.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        let took = progress.duration.map(DurationText.stage)
        let text: String
        switch progress.event {
        case .started:
            text = "started"
        case .succeeded(let message):
            text = style.paint(took.map { "done in \($0)" } ?? "done", .ok) + ": \(message)"
        case .skipped(let message):
            text = style.paint("skipped: \(message)", .dim)
        case .failed(let message):
            text = style.paint(took.map { "FAILED after \($0)" } ?? "FAILED", .failed) + ": \(message)"
        case .interrupted(let message):
            text = style.paint(took.map { "interrupted after \($0)" } ?? "interrupted", .warning) + ": \(message)"
        case .output(let line):
            text = style.paint("| ", .dim) + (line.hasPrefix("warning: ") ? style.paint(line, .warning) : line)
        }
        return "\(prefix(progress.deployment)) #\(progress.generation) \(stage) \(text)"
    }

    /// `web    │`: the deployment's name padded to the widest name, then a bar.
    func prefix(_ name: String) -> String {
        let width = nameWidth.withLock { $0 }
        return name + String(repeating: " ", count: max(0, width - name.count)) + " " + style.paint("│", .dim)
    }
}
