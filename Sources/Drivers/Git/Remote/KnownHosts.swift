import Crypto
import Foundation
import Manifest

/// An OpenSSH `known_hosts` file, parsed by berth because libgit2 hands over the raw host key and leaves
/// the check to us. Plain, wildcard (`*`, `?`), negated (`!`) and hashed (`|1|salt|hash`) host fields are
/// understood; `@revoked` keys are refused; `@cert-authority` lines are ignored (no certificates).
struct KnownHosts: Sendable {
    /// What the file says about a host and the key it presented.
    enum Verdict: Equatable, Sendable {
        case trusted
        case revoked
        case keyMismatch
        case unknownHost
    }

    private struct Entry: Sendable {
        enum Marker: Sendable { case none, certificateAuthority, revoked }
        let marker: Marker
        let hosts: HostField
        let key: [UInt8]
    }

    private enum HostField: Sendable {
        case hashed(salt: [UInt8], hash: [UInt8])
        case patterns([String])

        func matches(_ name: String) -> Bool {
            switch self {
            case .hashed(let salt, let hash):
                let code = HMAC<Insecure.SHA1>.authenticationCode(for: Data(name.utf8), using: SymmetricKey(data: salt))
                return Array(code) == hash
            case .patterns(let patterns):
                var matched = false
                for pattern in patterns {
                    if pattern.hasPrefix("!") {
                        if Glob(String(pattern.dropFirst()).lowercased()).matches(name) { return false }
                    } else if Glob(pattern.lowercased()).matches(name) {
                        matched = true
                    }
                }
                return matched
            }
        }
    }

    private let entries: [Entry]

    /// Parses the text of a `known_hosts` file; lines it cannot read are skipped, as ssh does.
    init(contents: String) {
        entries = contents.split(whereSeparator: \.isNewline).compactMap(Self.parse)
    }

    /// Reads and parses the file at `path`.
    static func load(path: String) throws -> KnownHosts {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GitError(.credentialsUnreadable, operation: "read known hosts \(path)", message: "cannot be read")
        }
        return KnownHosts(contents: String(decoding: data, as: UTF8.self))
    }

    /// Checks `key` (the SSH wire-format public key blob) for `host`; a port other than 22 is looked up
    /// as `[host]:port`, as OpenSSH writes it.
    func verify(host: String, port: Int?, key: [UInt8]) -> Verdict {
        let name = (port == nil || port == 22) ? host.lowercased() : "[\(host.lowercased())]:\(port!)"
        let applicable = entries.filter { $0.hosts.matches(name) }
        if applicable.contains(where: { $0.marker == .revoked && $0.key == key }) { return .revoked }
        let plain = applicable.filter { $0.marker == .none }
        if plain.contains(where: { $0.key == key }) { return .trusted }
        return plain.isEmpty ? .unknownHost : .keyMismatch
    }

    private static func parse(_ line: Substring) -> Entry? {
        var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = fields.first, !first.hasPrefix("#") else { return nil }
        var marker = Entry.Marker.none
        if first.hasPrefix("@") {
            switch first {
            case "@cert-authority": marker = .certificateAuthority
            case "@revoked": marker = .revoked
            default: return nil
            }
            fields.removeFirst()
        }
        guard fields.count >= 3, let key = Data(base64Encoded: fields[2]) else { return nil }
        return Entry(marker: marker, hosts: hostField(fields[0]), key: Array(key))
    }

    private static func hostField(_ text: String) -> HostField {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        if parts.count == 4, parts[0].isEmpty, parts[1] == "1",
            let salt = Data(base64Encoded: String(parts[2])), let hash = Data(base64Encoded: String(parts[3]))
        {
            return .hashed(salt: Array(salt), hash: Array(hash))
        }
        return .patterns(text.split(separator: ",").map(String.init))
    }
}
