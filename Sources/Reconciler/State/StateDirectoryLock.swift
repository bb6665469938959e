#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The exclusive lock that makes one berth process the owner of a state dir (DESIGN §6): `apply` and `run` take
/// it; a second one fails at once with the holder's pid. The lock is `flock` on `<stateDir>/lock`, released by the
/// kernel when the process dies, however it dies.
package final class StateDirectoryLock: Sendable {
    /// Another process holds the lock, or it could not be taken.
    package struct Error: Swift.Error, Sendable, CustomStringConvertible {
        package let description: String
    }

    private let descriptor: Int32

    /// Creates `stateDirectory` if needed and takes its lock without waiting.
    /// - Throws: ``Error`` naming the holder's pid when another process holds it.
    package init(stateDirectory: String) throws(Error) {
        do {
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw Error(description: "cannot create state dir \(stateDirectory): \(error.localizedDescription)")
        }
        let path = stateDirectory + "/lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Error(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readPID(descriptor).map { "pid \($0)" } ?? "another process"
            close(descriptor)
            throw Error(
                description: "state dir \(stateDirectory) is in use by \(holder) (berth apply or berth run); "
                    + "wait for it to finish or stop it"
            )
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.utf8.count, 0)
        self.descriptor = descriptor
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }

    private static func readPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
