#if canImport(Glibc)
import Glibc
#endif
import Drivers
import Foundation

/// berth's state dir (mirrors, `berth.sqlite`, the lock): commands that change what runs create it, commands that
/// read never do.
package struct StateDirectory: Sendable, Hashable {
    /// The directory.
    package let path: String
    /// Where the path came from, for messages: `--state-dir`, `stateDir in /etc/berth/berth.yaml`, ...
    package let origin: String

    package init(path: String, origin: String) {
        self.path = path
        self.origin = origin
    }

    /// `<path>/berth.sqlite`.
    package var databasePath: String { path + "/berth.sqlite" }

    /// Whether a history database exists here: the state of a berth that has run.
    package var hasDatabase: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// Whether the directory exists (as a directory).
    package var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Creates the directory and its parents when missing, and checks that this user may write in it.
    /// - Throws: ``StateDirectoryError`` naming the directory (or the parent that failed) and the cause in words.
    package func create() throws(StateDirectoryError) {
        try Self.makeDirectories(path, for: self)
        guard access(path, W_OK | X_OK) == 0 else { throw StateDirectoryError(self, at: path, errno: errno) }
    }

    /// `mkdir -p`, reporting the first component that could not be made.
    private static func makeDirectories(_ target: String, for directory: StateDirectory) throws(StateDirectoryError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StateDirectoryError(directory, at: target, errno: ENOTDIR) }
            return
        }
        let parent = (target as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != target { try makeDirectories(parent, for: directory) }
        guard mkdir(target, 0o755) == 0 || errno == EEXIST else {
            let code = errno
            // mkdir reports EACCES for a parent it may not write: name that parent.
            throw StateDirectoryError(directory, at: code == EACCES ? parent : target, errno: code)
        }
    }
}

/// The state dir cannot be created or written: which directory, why in words, and how to choose another.
package struct StateDirectoryError: ActionableError, Sendable {
    package let directory: StateDirectory
    /// The path that failed: the state dir itself or one of its parents.
    package let failedPath: String
    /// The `errno` of the failure.
    package let code: Int32

    package init(_ directory: StateDirectory, at failedPath: String, errno code: Int32) {
        self.directory = directory
        self.failedPath = failedPath
        self.code = code
    }

    package var field: String? { "stateDir" }
    package var path: String? { directory.path }

    package var summary: String {
        let place = failedPath == directory.path ? "" : " (at \(failedPath))"
        let problem: String =
            switch code {
            case ENOTDIR where failedPath == directory.path: "exists but is not a directory"
            case ENOTDIR: "a parent is not a directory"
            case EACCES, EPERM: "permission denied"
            default: SystemErrorText.words(code)
            }
        return "state dir \(directory.path) (\(directory.origin)) cannot be used: \(problem)\(place)"
    }

    package var hint: String? {
        let fix: String =
            switch code {
            case EACCES, EPERM: "run berth as a user that may write there (root for /var/lib/berth), or "
            case EROFS: "use a directory on a writable file system: "
            case ENOSPC, EDQUOT: "free space there, or "
            default: ""
            }
        return fix + "choose another directory with stateDir in the controller config or --state-dir"
    }
}
