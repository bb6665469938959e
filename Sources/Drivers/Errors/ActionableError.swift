#if canImport(Glibc)
import Glibc
#endif

/// An error written for the person who must act on it: what failed and where (``field``, ``path``, ``url``), the
/// cause in words (``summary``) and what to do (``hint``).
///
/// Boundaries (the engine, git, SQLite, the file system, the network) translate what they are given into one of
/// these, so the CLI can print it as one line of text or as a JSON error object without knowing its origin.
package protocol ActionableError: Error, CustomStringConvertible {
    /// What failed, where and why, in words: `spec.ports[0].host: host port 18080 on 127.0.0.1 is already in use`.
    var summary: String { get }
    /// The manifest field or controller config key the problem is about, when there is one.
    var field: String? { get }
    /// The file or directory the problem is about, when there is one.
    var path: String? { get }
    /// The URL the problem is about (user info removed), when there is one.
    var url: String? { get }
    /// What to do about it: `free it or choose another port`.
    var hint: String? { get }
}

extension ActionableError {
    package var field: String? { nil }
    package var path: String? { nil }
    package var url: String? { nil }
    package var hint: String? { nil }

    /// `summary; hint`.
    package var description: String { hint.map { "\(summary); \($0)" } ?? summary }
}

/// The words for a POSIX `errno`, as the person fixing the problem would say them.
package enum SystemErrorText {
    /// `permission denied`, `not a directory`, `read-only file system`, ...; `strerror` for the rest.
    package static func words(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or directory"
        case ENOTDIR: "not a directory"
        case EISDIR: "is a directory"
        case EEXIST: "already exists"
        case EROFS: "read-only file system"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "disk quota exceeded"
        case EADDRINUSE: "already in use"
        case EADDRNOTAVAIL: "not an address of this machine"
        case ECONNREFUSED: "connection refused"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
