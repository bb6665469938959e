import Foundation
import Reconciler
import TestSupport
import Testing

@Suite struct StateDirectoryLockTests {
    @Test func secondProcessIsRefusedWithTheHoldersPID() throws {
        let dir = try TemporaryDirectory()
        let state = dir.url.appendingPathComponent("state").path
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        let lockFile = state + "/lock"
        // The shell takes the lock on fd 9, writes a stand-in pid, and becomes `sleep`, which keeps holding it.
        holder.arguments = ["-c", "exec 9>\(lockFile); flock -x 9; echo 4242 >&9; exec sleep 30"]
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        try holder.run()
        defer {
            holder.terminate()
            holder.waitUntilExit()
        }
        // Wait (bounded) until flock(1) holds the lock and has written its stand-in pid.
        for _ in 0..<250 where (try? String(contentsOfFile: lockFile, encoding: .utf8)) != "4242\n" {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect {
            try StateDirectoryLock(stateDirectory: state)
        } throws: { error in
            String(describing: error).contains("in use by pid 4242")
        }
    }

    @Test func lockIsReleasedWithItsOwner() throws {
        let dir = try TemporaryDirectory()
        let state = dir.url.appendingPathComponent("state").path
        do {
            let lock = try StateDirectoryLock(stateDirectory: state)
            _ = withExtendedLifetime(lock) {
                #expect(throws: StateDirectoryLock.Error.self) { try StateDirectoryLock(stateDirectory: state) }
            }
        }
        _ = try StateDirectoryLock(stateDirectory: state)
    }
}
