import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of a scanner: spawned with `posix_spawn` in its own process group (not Foundation's `Process`, whose
/// `run()` on Linux walks /proc/self/fd and crashes intermittently when many descriptors are open,
/// swift-corelibs-foundation#5472), standard output and error sent to files, killed with its whole group when the
/// time limit passes or the task is cancelled.
struct ScannerProcess {
    /// How a run ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    var executable: String
    var arguments: [String]
    var directory: String
    var stdoutPath: String
    var stderrPath: String
    var timeout: Duration

    /// Runs the process to its end, or kills its group at the time limit or when the task is cancelled (which ends
    /// as ``Ending/timedOut`` too: the run was cut short). The wait is a thread of its own, so the limit holds however
    /// busy the tasks of the process are.
    /// - Throws: `POSIXError` when it cannot be started.
    func run() async throws -> Ending {
        let pid = try spawn()
        let cutShort = CutShort()
        let deadline = ContinuousClock.now.advanced(by: timeout)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: Self.wait(for: pid, until: deadline, cutShort: cutShort)) }
                    .start()
            }
        } onCancel: {
            cutShort.set()
        }
    }

    /// Set when the task running a scanner is cancelled; read by the thread that waits for it.
    private final class CutShort: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    /// Waits for `pid` on the calling thread, polling, and kills its group once it exits (whatever it left running),
    /// at `deadline`, or when `cutShort` is set.
    private static func wait(for pid: pid_t, until deadline: ContinuousClock.Instant, cutShort: CutShort) -> Ending {
        var pause: useconds_t = 5_000
        while true {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                kill(-pid, SIGKILL)  // whatever the scanner left running in its group
                let signal = status & 0x7f
                return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
            }
            if reaped < 0 && errno != EINTR {
                kill(-pid, SIGKILL)
                return .signalled(SIGKILL)
            }
            if ContinuousClock.now >= deadline || cutShort.isSet {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
    }

    private func spawn() throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // Swift's Glibc does not expose posix_spawn_file_actions_addchdir_np: a shell changes directory and execs.
        let shell = ["/bin/sh", "-c", #"cd "$0" && exec "$@""#, directory, executable] + arguments
        let argv = shell.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        return pid
    }
}
