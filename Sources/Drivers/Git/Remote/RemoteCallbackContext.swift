internal import CGit2
import Foundation

/// What libgit2's remote callbacks need (credentials, host key policy) and what they hand back (an error
/// to rethrow, refused push updates). Lives on the one thread that runs the libgit2 call.
final class RemoteCallbackContext {
    let remote: GitRemote
    let cancellation: CancellationFlag
    let carrier = CallbackErrorCarrier()
    /// `refname: reason` for each reference the remote refused during a push.
    private(set) var pushRejections: [String] = []
    private var credentialAttempts = 0

    init(remote: GitRemote, cancellation: CancellationFlag) {
        self.remote = remote
        self.cancellation = cancellation
    }

    /// Points `callbacks` at this context; the context must outlive every libgit2 call using them.
    func install(into callbacks: inout git_remote_callbacks) {
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.credentials = { out, _, usernameFromURL, allowedTypes, payload in
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            let username = usernameFromURL.map { String(cString: $0) }
            return context.acquireCredential(out!, usernameFromURL: username, allowed: allowedTypes)
        }
        callbacks.certificate_check = { certificate, _, host, payload in
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            return context.checkCertificate(certificate!, host: host.map { String(cString: $0) } ?? "")
        }
        callbacks.transfer_progress = { _, payload in
            Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue().continueUnlessCancelled()
        }
        callbacks.sideband_progress = { _, _, payload in
            Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue().continueUnlessCancelled()
        }
        callbacks.push_update_reference = { refname, status, payload in
            guard let status else { return 0 }
            let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload!).takeUnretainedValue()
            context.pushRejections.append("\(String(cString: refname!)): \(String(cString: status))")
            return 0
        }
    }

    /// 0 to go on; once the waiting task is cancelled, an error that stops the transfer.
    private func continueUnlessCancelled() -> Int32 {
        guard cancellation.isCancelled else { return 0 }
        carrier.carry(GitError(
                .cancelled, operation: "transfer with \(remote)", message: "the task was cancelled",
                url: remote.description))
        return GIT_EUSER.rawValue
    }

    private func fail(_ code: GitError.Code, _ message: String) -> Int32 {
        carrier.carry(
            GitError(code, operation: "authenticate to \(remote)", message: message, url: remote.description))
        return GIT_EUSER.rawValue
    }

    private func acquireCredential(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>,
        usernameFromURL: String?,
        allowed: UInt32
    ) -> Int32 {
        switch remote.credentials {
        case .none:
            return fail(.authentication, "the remote asks for credentials and none are configured")
        case .token(let username, let tokenFile):
            guard allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0 else {
                return fail(.authentication, "the remote does not accept a username and token")
            }
            credentialAttempts += 1
            guard credentialAttempts == 1 else {
                return fail(.authentication, "the remote refused user '\(username)' with the token from \(tokenFile)")
            }
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                carrier.carry(
                    GitError(
                        .credentialsUnreadable, operation: "authenticate to \(remote)",
                        message: "token file \(tokenFile) cannot be read", url: remote.description))
                return GIT_EUSER.rawValue
            }
            let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return git_credential_userpass_plaintext_new(out, username, token)
        case .sshKey(let username, let privateKeyFile, let publicKeyFile, _):
            let name = username ?? usernameFromURL ?? "git"
            if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
                return git_credential_username_new(out, name)
            }
            guard allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 else {
                return fail(.authentication, "the remote does not accept an SSH key")
            }
            credentialAttempts += 1
            guard credentialAttempts == 1 else {
                return fail(.authentication, "the remote refused user '\(name)' with the key \(privateKeyFile)")
            }
            return git_credential_ssh_key_new(out, name, publicKeyFile, privateKeyFile, nil)
        }
    }

    private func checkCertificate(_ certificate: UnsafeMutablePointer<git_cert>, host: String) -> Int32 {
        guard certificate.pointee.cert_type == GIT_CERT_HOSTKEY_LIBSSH2 else {
            return GIT_PASSTHROUGH.rawValue  // TLS: libgit2's own verification against the system CAs stands
        }
        guard case .sshKey(_, _, _, let knownHostsFile) = remote.credentials else {
            return fail(.certificate, "ssh remotes need credentials with a knownHostsFile to check the host key")
        }
        let hostKey = UnsafeMutableRawPointer(certificate).assumingMemoryBound(to: git_cert_hostkey.self).pointee
        guard hostKey.type.rawValue & GIT_CERT_SSH_RAW.rawValue != 0, let raw = hostKey.hostkey else {
            return fail(.certificate, "the SSH transport did not provide the raw host key")
        }
        let key = [UInt8](UnsafeRawBufferPointer(start: raw, count: hostKey.hostkey_len))
        let knownHosts: KnownHosts
        do {
            knownHosts = try KnownHosts.load(path: knownHostsFile)
        } catch {
            carrier.carry(error)
            return GIT_EUSER.rawValue
        }
        switch knownHosts.verify(host: host, port: SSHRemoteURL.port(of: remote.url), key: key) {
        case .trusted: return 0
        case .revoked: return fail(.certificate, "the host key of \(host) is revoked in \(knownHostsFile)")
        case .keyMismatch:
            return fail(
                .certificate, "the host key of \(host) does not match \(knownHostsFile): possible impersonation")
        case .unknownHost: return fail(.certificate, "\(host) is not listed in \(knownHostsFile)")
        }
    }
}
