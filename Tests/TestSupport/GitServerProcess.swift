import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stops the servers tests start. SIGKILL, because children spawned from a test's worker thread inherit
/// its blocked signal mask and never see SIGTERM.
enum GitServerProcess {
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
