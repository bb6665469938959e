import Foundation

/// A git remote URL — `https://`, `http://`, `ssh://`, `git://`, `file://`, or scp-like `[user@]host:path` — read
/// into the canonical form that `policy.allowRepos` compares (DESIGN §9).
///
/// Canonical form: `scheme://host[:port]/path`.
/// - Scheme and host are lower-cased and a host's trailing dot is dropped (`GIT.Example.com.` → `git.example.com`).
/// - A default port is dropped: https 443, http 80, ssh 22, git 9418.
/// - User info is dropped (`ssh://git@host/x` → `ssh://host/x`); only SSH takes a user name, and a password or
///   an `http(s)://user@` is refused as credentials in a URL.
/// - Duplicate slashes are collapsed and a trailing slash is dropped (the root path stays `/`).
/// - scp-like `host:path` is SSH: `host:/srv/x` → `ssh://host/srv/x`; a path not starting with `/` or `~` is
///   relative to the login's home, as git has it: `host:acme/web` → `ssh://host/~/acme/web`.
/// - A trailing `.git` is kept: `acme/web` and `acme/web.git` are different URLs here (a forge may serve both, a
///   directory is one or the other), so a pattern that means both ends in `*` or is written twice.
/// - Percent-escapes are compared as written, never decoded: an escape can only make a URL miss a pattern.
///
/// Refused outright, never normalised, because the servers and libgit2 resolve them in ways a pattern cannot see:
/// dot segments (`.` and `..`, plain or percent-encoded in any case mix: `%2e%2E`, `.%2E`), an encoded slash
/// `%2F`, an encoded `%` (`%25`, decoded twice by some servers), backslashes (`\`, `%5C`), a query or fragment
/// (`?`, `#`), a stray `%`, and white space or control characters, plain or encoded.
struct RepositoryURL: Sendable, Hashable {
    /// Why a text is not an acceptable repository URL (or `allowRepos` pattern).
    enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case controlCharacters
        case unsupportedScheme
        case notAURL
        case relativeFilePath
        case noHost
        case badHost(String)
        case badPort(String)
        case credentials
        case userInfo(scheme: String)
        case badUser(String)
        case queryOrFragment
        case backslash
        case strayPercent
        case encodedSeparator(String)
        case dotSegment(String)

        var description: String {
            switch self {
            case .controlCharacters: "contains white space or control characters"
            case .unsupportedScheme: "uses an unsupported scheme"
            case .notAURL: "is not a repository URL"
            case .relativeFilePath: "is not a file:// URL with an absolute path"
            case .noHost: "has no host"
            case .badHost(let host):
                "has a bad host \(Shown.quoted(host)) (letters, digits, '-', '.' and '_', not starting with '-'; "
                    + "or [IPv6])"
            case .badPort(let port): "has a bad port \(Shown.quoted(port)) (1-65535)"
            case .credentials: "carries credentials; tokens never belong in URLs"
            case .userInfo(let scheme): "has user info, which \(scheme):// does not take"
            case .badUser(let user):
                "has a bad user name \(Shown.quoted(user)) (letters, digits, '.', '_', '-', '~', not starting with '-')"
            case .queryOrFragment: "has a query or fragment ('?' or '#'); a git remote has neither"
            case .backslash: "contains a backslash (plain or %5C); separate path segments with '/'"
            case .strayPercent: "has a '%' that does not start a %XX escape"
            case .encodedSeparator(let escape):
                "contains \(escape), which servers may decode into a path separator or escape; "
                    + "write the character itself"
            case .dotSegment(let segment):
                "has the dot segment \(Shown.quoted(segment)) in its path; name the repository by a path without "
                    + "\".\" or \"..\" segments, plain or percent-encoded"
            }
        }
    }

    /// What a valid URL looks like, for error messages.
    static let help = "https://, http://, ssh://, git:// or file:// URL, or user@host:path"

    private static let defaultPorts = ["https": 443, "http": 80, "ssh": 22, "git": 9418]

    /// `https`, `http`, `ssh`, `git` or `file` (scp-like URLs are `ssh`).
    let scheme: String
    /// Lower-cased, without a trailing dot; empty for `file`.
    let host: String
    /// The port, unless it is the scheme's default.
    let port: Int?
    /// Starts with `/`; no duplicate or trailing slash, percent-escapes as written.
    let path: String

    /// `scheme://host[:port]/path`, the text ``Policy/allowsRepo(_:)`` matches patterns against.
    var canonical: String {
        "\(scheme)://\(host)\(port.map { ":\($0)" } ?? "")\(path)"
    }

    /// Why `text` is not an acceptable repository URL, or `nil` when it is.
    static func problem(_ text: String) -> Problem? {
        do {
            _ = try RepositoryURL(text)
            return nil
        } catch {
            return error
        }
    }

    /// Reads `text` as a repository URL.
    /// - Throws: the ``Problem`` that makes it unacceptable.
    init(_ text: String) throws(Problem) {
        try self.init(text, wildcards: false)
    }

    /// Reads `text` as an `allowRepos` pattern: a URL whose host and path may hold `*` and `?`
    /// (so `?` is a wildcard here, never a query).
    /// - Throws: the ``Problem`` that makes it unacceptable.
    init(pattern text: String) throws(Problem) {
        try self.init(text, wildcards: true)
    }

    private init(_ text: String, wildcards: Bool) throws(Problem) {
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            throw .controlCharacters
        }
        if text.contains("\\") { throw .backslash }
        if text.contains("#") || (!wildcards && text.contains("?")) { throw .queryOrFragment }
        let authority: Substring
        let rawPath: Substring
        if let separator = text.range(of: "://") {
            let scheme = text[..<separator.lowerBound].lowercased()
            guard Self.defaultPorts[scheme] != nil || scheme == "file" else { throw .unsupportedScheme }
            self.scheme = scheme
            let rest = text[separator.upperBound...]
            if scheme == "file" {
                guard rest.hasPrefix("/") else { throw .relativeFilePath }
                authority = ""
                rawPath = rest
            } else {
                authority = rest.prefix { $0 != "/" }
                rawPath = rest[authority.endIndex...]
            }
        } else {
            // scp-like, as git reads it: `[user@]host:path`, the host possibly a bracketed IPv6 address, and no
            // '/' before the ':' that ends it.
            var hostStart = text.startIndex
            if let open = text.firstIndex(of: "["), !text[..<open].contains(where: { $0 == ":" || $0 == "/" }),
                let close = text[open...].firstIndex(of: "]")
            {
                hostStart = close
            }
            guard let colon = text[hostStart...].firstIndex(of: ":"), !text[..<colon].contains("/"),
                colon != text.startIndex, text.index(after: colon) != text.endIndex
            else { throw .notAURL }
            scheme = "ssh"
            authority = text[..<colon]
            let scpPath = text[text.index(after: colon)...]
            rawPath = scpPath.hasPrefix("/") ? scpPath : scpPath.hasPrefix("~") ? "/" + scpPath : "/~/" + scpPath
        }
        (host, port) = try Self.readAuthority(authority, scheme: scheme, wildcards: wildcards)
        path = try Self.canonicalPath(rawPath)
    }

    /// Host and non-default port of `authority` (`[user@]host[:port]`), user info checked and dropped.
    private static func readAuthority(_ authority: Substring, scheme: String, wildcards: Bool) throws(Problem)
        -> (host: String, port: Int?)
    {
        guard scheme != "file" else { return ("", nil) }
        var hostAndPort = authority
        if let at = authority.lastIndex(of: "@") {
            let user = authority[..<at]
            switch scheme {
            case "http", "https": throw .credentials
            case "ssh": break
            default: throw .userInfo(scheme: scheme)
            }
            if user.contains(":") { throw .credentials }
            guard !user.isEmpty, !user.hasPrefix("-"), user.unicodeScalars.allSatisfy(Self.isUserCharacter) else {
                throw .badUser(String(user))
            }
            hostAndPort = authority[authority.index(after: at)...]
        }
        var host = hostAndPort
        var portText: Substring?
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { throw .badHost(String(hostAndPort)) }
            host = hostAndPort[...close]
            let after = hostAndPort[hostAndPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .badHost(String(hostAndPort)) }
                portText = after.dropFirst()
            }
            let inside = host.dropFirst().dropLast().unicodeScalars
            guard !inside.isEmpty, inside.allSatisfy({ $0 == ":" || $0 == "." || $0.properties.isASCIIHexDigit }) else {
                throw .badHost(String(host))
            }
        } else if let colon = hostAndPort.firstIndex(of: ":") {
            host = hostAndPort[..<colon]
            portText = hostAndPort[hostAndPort.index(after: colon)...]
        }
        var name = host.lowercased()
        if name.hasSuffix("."), name.count > 1 { name.removeLast() }
        if name.isEmpty { throw .noHost }
        let allowed: (Unicode.Scalar) -> Bool = { scalar in
            Self.isHostCharacter(scalar) || (wildcards && (scalar == "*" || scalar == "?"))
        }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = name.unicodeScalars.allSatisfy(allowed) && !labels.contains("") && !name.hasPrefix("-")
        guard host.hasPrefix("[") || valid else {
            throw .badHost(String(host))
        }
        guard let portText else { return (name, nil) }
        guard portText.unicodeScalars.allSatisfy(Self.isDigit), let port = Int(portText), (1...65535).contains(port)
        else {
            throw .badPort(String(portText))
        }
        return (name, port == defaultPorts[scheme] ? nil : port)
    }

    /// `raw` with duplicate and trailing slashes removed, after refusing what could change its segments.
    private static func canonicalPath(_ raw: Substring) throws(Problem) -> String {
        let segments = raw.split(separator: "/")
        for segment in segments {
            // The segment with its encoded dots decoded (and other escapes left as '%'): "." or ".." is a dot segment.
            var dotsDecoded = ""
            var rest = segment.unicodeScalars[...]
            while let first = rest.first {
                guard first == "%" else {
                    dotsDecoded.unicodeScalars.append(first)
                    rest = rest.dropFirst()
                    continue
                }
                let hex = String(String.UnicodeScalarView(rest.dropFirst().prefix(2)))
                guard hex.unicodeScalars.count == 2, hex.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit),
                    let byte = UInt8(hex, radix: 16)
                else { throw .strayPercent }
                switch byte {
                case 0x2E: dotsDecoded += "."
                case 0x2F, 0x25: throw .encodedSeparator("%" + hex)
                case 0x5C: throw .backslash
                case 0...0x20, 0x7F: throw .controlCharacters
                default: dotsDecoded += "%"
                }
                rest = rest.dropFirst(3)
            }
            if dotsDecoded == "." || dotsDecoded == ".." { throw .dotSegment(String(segment)) }
        }
        return "/" + segments.joined(separator: "/")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || isDigit(scalar) || "-._".unicodeScalars.contains(scalar)
    }

    private static func isUserCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || isDigit(scalar)
            || "._-~".unicodeScalars.contains(scalar)
    }

    /// The `owner/name` path of a forge URL (`https://host/acme/deploy.git` → `acme/deploy`), if it has one.
    static func forgeRepository(_ text: String) -> String? {
        var path: Substring
        if let range = text.range(of: "://") {
            let rest = text[range.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            path = rest[rest.index(after: slash)...]
        } else if let colon = text.firstIndex(of: ":") {
            path = text[text.index(after: colon)...]
        } else {
            return nil
        }
        while path.hasSuffix("/") { path = path.dropLast() }
        if path.hasSuffix(".git") { path = path.dropLast(4) }
        return path.split(separator: "/").count >= 2 ? String(path) : nil
    }
}
