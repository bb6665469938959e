#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Why the engine does not answer, in words: for a unix socket berth looks at the socket file itself (libcurl
/// only says it could not connect to "localhost port 80").
enum EngineReachability {
    /// `no socket at /var/run/docker.sock: the engine is not running`, `permission denied on ...`, or, for TCP,
    /// `nothing answers at tcp://host:port` with the transport's message.
    static func diagnose(_ endpoint: HTTPEndpoint, transportMessage: String) -> String {
        guard let path = endpoint.unixSocketPath else {
            return "nothing answers at \(endpoint) (\(transportMessage))"
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            return "no socket at \(path): the Docker engine is not running there"
        }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            return "\(path) is not a socket"
        }
        guard access(path, R_OK | W_OK) == 0 else {
            let mode = String(status.st_mode & 0o777, radix: 8)
            return "permission denied on \(path) (owner \(owner(of: status)), mode \(mode))"
        }
        return "nothing answers on \(path): the Docker engine stopped or left a stale socket"
    }

    /// `root:docker`.
    private static func owner(of status: stat) -> String {
        let user = getpwuid(status.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "\(status.st_uid)"
        let group = getgrgid(status.st_gid).map { String(cString: $0.pointee.gr_name) } ?? "\(status.st_gid)"
        return "\(user):\(group)"
    }
}
