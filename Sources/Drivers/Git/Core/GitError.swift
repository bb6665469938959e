internal import CGit2

/// A git operation that failed: what berth was doing, and what libgit2 (or berth) said about it.
///
/// Messages never carry a credential: remote URLs are printed with their user info removed and tokens
/// are only ever handed to libgit2's credential callback.
package struct GitError: Error, Sendable, CustomStringConvertible {
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
        /// Any other libgit2 failure.
        package static let libgit2 = Code(name: "libgit2 error")
    }

    /// The kind of failure.
    package let code: Code
    /// What berth was doing, e.g. `fetch https://git.example.com/acme/web.git`.
    package let operation: String
    /// libgit2's own message (`git_error_last()`) or berth's explanation.
    package let message: String
    /// The negative code the libgit2 call returned; nil when berth itself found the problem.
    package let libgit2Code: Int32?

    /// An error berth reports itself (not from a libgit2 return code).
    package init(_ code: Code, operation: String, message: String) {
        self.init(code, operation: operation, message: message, libgit2Code: nil)
    }

    init(_ code: Code, operation: String, message: String, libgit2Code: Int32?) {
        self.code = code
        self.operation = operation
        self.message = message
        self.libgit2Code = libgit2Code
    }

    /// `operation: message`, with libgit2's code when it has one.
    package var description: String {
        "\(operation): \(message)" + (libgit2Code.map { " (libgit2 error \($0))" } ?? "")
    }
}

extension GitError {
    /// The single choke point for libgit2 return codes: negative results become a ``GitError`` with
    /// `git_error_last()`'s message; an error carried out of a callback takes precedence.
    @discardableResult
    static func check(
        _ result: Int32,
        _ operation: @autoclosure () -> String,
        carried: CallbackErrorCarrier? = nil
    ) throws -> Int32 {
        guard result < 0 else { return result }
        if let carriedError = carried?.take() { throw carriedError }
        throw lastError(code: result, operation: operation())
    }

    /// The error libgit2 recorded for its last failure on this thread.
    static func lastError(code result: Int32, operation: String) -> GitError {
        var message = "libgit2 returned \(result)"
        if let last = git_error_last(), let text = last.pointee.message {
            message = String(cString: text).trimmingSuffix("\n")
        }
        return GitError(Code(libgit2Code: result), operation: operation, message: message, libgit2Code: result)
    }
}

extension GitError.Code {
    init(libgit2Code: Int32) {
        switch libgit2Code {
        case GIT_ENOTFOUND.rawValue: self = .notFound
        case GIT_EAUTH.rawValue: self = .authentication
        case GIT_ECERTIFICATE.rawValue: self = .certificate
        case GIT_ENONFASTFORWARD.rawValue: self = .pushRejected
        case GIT_EUSER.rawValue: self = .cancelled
        default: self = .libgit2
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
