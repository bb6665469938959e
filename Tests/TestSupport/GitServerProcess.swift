import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Stops the servers tests start. SIGKILL, because children spawned from a test's worker thread inherit
/// its blocked signal mask and never see SIGTERM.
enum GitServerProcess {
    /// Starts a server on a free loopback port and waits until it accepts connections, trying a few ports in
    /// case another process takes one between picking and binding it.
    /// - Parameters:
    ///   - start: launches the server on the port it is given and returns what stops it.
    ///   - stop: stops a server that never came up.
    static func startOnFreePort<Handle>(
        _ start: (Int) throws -> Handle, stop: (Handle) -> Void
    ) throws -> (port: Int, handle: Handle) {
        for _ in 0..<5 {
            let port = try GitLoopbackPort.free()
            let handle = try start(port)
            if GitLoopbackPort.waitUntilAccepting(port) { return (port, handle) }
            stop(handle)
        }
        throw POSIXError(.EADDRINUSE)
    }

    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Starts a daemon with `posix_spawn` rather than `Process`: Foundation takes a child that closes its
    /// inherited descriptors (sshd does) for exited and blocks its monitor thread in `wait4`.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        return pid
    }

    /// Kills and reaps a process started by ``spawn(_:_:)``.
    static func stop(_ pid: pid_t) {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
