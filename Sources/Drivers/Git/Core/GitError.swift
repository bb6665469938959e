internal import CGit2
import Foundation

/// A git operation that failed: what berth was doing (naming the remote's URL or the path), the kind of failure in
/// words, what libgit2 (or berth) said, and what to check. libgit2's numeric codes are translated, never shown.
///
/// Messages never carry a credential: remote URLs are printed with their user info removed and tokens
/// are only ever handed to libgit2's credential callback.
package struct GitError: ActionableError, Sendable {
    /// The kind of failure; compare against the static members.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        package var description: String { name }

        /// An object, reference or path does not exist.
        package static let notFound = Code(name: "not found")
        /// The remote refused the credentials, or none were configured when it asked for some.
        package static let authentication = Code(name: "authentication failed")
        /// The remote's host key or certificate is not trusted.
        package static let certificate = Code(name: "untrusted host")
        /// A push was refused by the remote.
        package static let pushRejected = Code(name: "push rejected")
        /// A path or reference given by the caller is not valid for the operation.
        package static let invalidArgument = Code(name: "invalid argument")
        /// Credentials could not be read from disk.
        package static let credentialsUnreadable = Code(name: "credentials unreadable")
        /// The operation was cancelled.
        package static let cancelled = Code(name: "cancelled")
        /// The remote's host cannot be reached: no route, connection refused, name not resolved, a timeout.
        package static let network = Code(name: "network unreachable")
        /// The remote answered with a server error.
        package static let serverError = Code(name: "server error")
        /// Any other libgit2 failure.
        package static let libgit2 = Code(name: "git error")
    }

    /// The kind of failure.
    package let code: Code
    /// What berth was doing, e.g. `fetch https://git.example.com/acme/web.git`.
    package let operation: String
    /// libgit2's own message (`git_error_last()`) or berth's explanation.
    package let message: String
    /// The negative code the libgit2 call returned; nil when berth itself found the problem. Kept for callers
    /// that react to it; never printed.
    package let libgit2Code: Int32?
    /// The remote's URL (user info removed), when the operation talked to one.
    package let url: String?

    /// An error berth reports itself (not from a libgit2 return code).
    package init(_ code: Code, operation: String, message: String, url: String? = nil) {
        self.init(code, operation: operation, message: message, libgit2Code: nil, url: url)
    }

    init(_ code: Code, operation: String, message: String, libgit2Code: Int32?, url: String? = nil) {
        self.code = code
        self.operation = operation
        self.message = message
        self.libgit2Code = libgit2Code
        self.url = url
    }

    /// This error with `url` as the remote it concerns, when it names none yet: reads from a mirror say which
    /// repository they read.
    package func naming(url: String) -> GitError {
        guard self.url == nil else { return self }
        return GitError(code, operation: operation, message: message, libgit2Code: libgit2Code, url: url)
    }

    /// `operation [in URL]: kind: what libgit2 said`, e.g. `connect to https://git.example.com/web.git: network
    /// unreachable: failed to connect to git.example.com: Connection refused`.
    package var summary: String {
        let place = url.map { operation.contains($0) ? "" : " in \($0)" } ?? ""
        let kind = code == .libgit2 || code == .cancelled ? "" : "\(code): "
        return "\(operation)\(place): \(kind)\(message)"
    }

    /// What to check, by kind of failure.
    package var hint: String? {
        let remote = url.map { " \($0)" } ?? ""
        switch code {
        case .notFound where url != nil:
            return "check the URL\(remote), that the repository exists there and that the branch or ref is right"
        case .notFound: return "check the name, ref or path"
        case .authentication:
            return "check the credentials for\(remote.isEmpty ? " the remote" : remote) (credentials.<name> in the "
                + "controller config: username with tokenFile, or sshKeyFile) and that they may read the repository"
        case .certificate: return "check the host key in knownHostsFile, or the server's TLS certificate"
        case .credentialsUnreadable: return "check the file's path and that this user may read it"
        case .network:
            return "check that\(remote.isEmpty ? " the remote" : remote) is reachable from this machine: host name, "
                + "port, proxy, firewall"
        case .serverError: return "the git server failed; try again later or check its logs"
        case .pushRejected: return "someone pushed first: fetch and try again"
        default: return nil
        }
    }
}


extension GitError {
    /// The single choke point for libgit2 return codes: negative results become a ``GitError`` with
    /// `git_error_last()`'s message, classified in words; an error carried out of a callback takes precedence.
    /// - Parameter url: the remote the call talks to, for the error to name.
    @discardableResult
    static func check(
        _ result: Int32,
        _ operation: @autoclosure () -> String,
        url: String? = nil,
        carried: CallbackErrorCarrier? = nil
    ) throws -> Int32 {
        guard result < 0 else { return result }
        if let carriedError = carried?.take() { throw carriedError }
        throw lastError(code: result, operation: operation(), url: url)
    }

    /// The error libgit2 recorded for its last failure on this thread.
    static func lastError(code result: Int32, operation: String, url: String? = nil) -> GitError {
        var message = "libgit2 gave no message"
        var errorClass: Int32 = -1
        if let last = git_error_last(), let text = last.pointee.message {
            message = String(cString: text).trimmingSuffix("\n")
            errorClass = last.pointee.klass
        }
        return GitError(
            Code(libgit2Code: result, errorClass: errorClass, message: message), operation: operation,
            message: message, libgit2Code: result, url: url)
    }
}

extension GitError.Code {
    /// The kind of failure from libgit2's return code, the class of its last error (`GIT_ERROR_NET`, ...) and,
    /// for the generic `-1`, what its message says (an HTTP status, a missing path).
    package init(libgit2Code: Int32, errorClass: Int32 = -1, message: String = "") {
        switch libgit2Code {
        case GIT_ENOTFOUND.rawValue: self = .notFound
        case GIT_EAUTH.rawValue: self = .authentication
        case GIT_ECERTIFICATE.rawValue: self = .certificate
        case GIT_ENONFASTFORWARD.rawValue: self = .pushRejected
        case GIT_EUSER.rawValue: self = .cancelled
        default: self = Self(errorClass: errorClass, message: message)
        }
    }

    private init(errorClass: Int32, message: String) {
        let lowered = message.lowercased()
        if let status = Self.httpStatus(in: lowered) {
            switch status {
            case 401, 403: self = .authentication
            case 404: self = .notFound
            case 500...: self = .serverError
            default: self = .libgit2
            }
        } else if lowered.contains("no such file or directory") || lowered.contains("could not find repository") {
            self = .notFound
        } else if Self.networkPhrases.contains(where: lowered.contains) {
            self = .network
        } else if [GIT_ERROR_NET, GIT_ERROR_SSH, GIT_ERROR_SSL].map({ Int32($0.rawValue) }).contains(errorClass) {
            self = lowered.contains("certificate") ? .certificate : .network
        } else if errorClass == Int32(GIT_ERROR_HTTP.rawValue) {
            self = .network
        } else {
            self = .libgit2
        }
    }

    /// What libgit2's transports say when the host cannot be reached.
    private static let networkPhrases = [
        "failed to connect", "failed to resolve address", "connection refused", "timed out", "network is unreachable",
        "no route to host", "could not resolve",
    ]

    /// `unexpected http status code: 404` → 404.
    private static func httpStatus(in message: String) -> Int? {
        guard let range = message.range(of: "status code: ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
