/// Docker image references: `[registry[:port]/]path[:tag][@sha256:digest]`, path components lower-case.
package enum ImageReference {
    /// A valid reference taken apart the way Docker takes it apart: where it is pulled from, and what
    /// `POST /images/create` asks for.
    package struct Parts: Sendable, Hashable {
        /// Docker Hub's name: the registry of a reference that names none.
        package static let defaultRegistry = "docker.io"

        /// The registry host, with its port when one is given (`127.0.0.1:5000`); ``defaultRegistry`` when the
        /// reference names none.
        package let registry: String
        /// The reference without its tag or digest, as Docker's `fromImage` takes it (`127.0.0.1:5000/team/app`).
        package let repository: String
        /// The digest (`sha256:...`) when given, else the tag; `latest` when neither is.
        package let tagOrDigest: String
    }

    /// `text` taken apart, or nil when it is not a valid reference.
    package static func parts(of text: String) -> Parts? {
        guard isValid(text) else { return nil }
        var name = Substring(text)
        var digest: Substring?
        if let at = name.firstIndex(of: "@") {
            digest = name[name.index(after: at)...]
            name = name[..<at]
        }
        var tag: Substring?
        if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
            tag = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        let components = name.split(separator: "/")
        let registry = components.count > 1 && isRegistry(components[0]) ? String(components[0]) : nil
        return Parts(
            registry: registry ?? Parts.defaultRegistry, repository: String(name),
            tagOrDigest: String(digest ?? tag ?? "latest"))
    }

    /// Whether `text` names a registry host the way a reference's first component does: `host[:port]` where the
    /// host holds a dot or a port, or is `localhost`.
    package static func isRegistryHost(_ text: String) -> Bool {
        isRegistry(Substring(text))
    }

    /// What a valid reference looks like, for error messages.
    package static let help = "[registry/]name[:tag][@sha256:digest], e.g. registry.example.com/redis:7.2"

    /// Whether `text` is a syntactically valid reference.
    package static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 512 else { return false }
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            let digest = rest[rest.index(after: at)...]
            guard digest.hasPrefix("sha256:"), digest.utf8.count == 71,
                digest.dropFirst(7).utf8.allSatisfy({ Names.isDigit($0) || ($0 >= 0x61 && $0 <= 0x66) })
            else { return false }
            rest = rest[..<at]
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard var last = components.popLast() else { return false }
        if let colon = last.firstIndex(of: ":") {
            let tag = last[last.index(after: colon)...]
            guard isTag(tag) else { return false }
            last = last[..<colon]
        }
        components.append(last)
        if components.count > 1, isRegistry(components[0]) { components.removeFirst() }
        return components.allSatisfy(isPathComponent)
    }

    private static func isTag(_ tag: Substring) -> Bool {
        guard (1...128).contains(tag.utf8.count), let first = tag.utf8.first,
            Names.isLetter(first) || Names.isDigit(first) || first == UInt8(ascii: "_")
        else { return false }
        return tag.utf8.allSatisfy {
            Names.isLetter($0) || Names.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
                || $0 == UInt8(ascii: "-")
        }
    }

    private static func isRegistry(_ part: Substring) -> Bool {
        guard part.contains(".") || part.contains(":") || part == "localhost" else { return false }
        let host = part.split(separator: ":", maxSplits: 1)
        if host.count == 2 && Int(host[1]).map({ (1...65535).contains($0) }) != true { return false }
        return !host.isEmpty
            && host[0].utf8.allSatisfy {
                Names.isLetter($0) || Names.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            }
    }

    /// Lower-case alphanumerics separated by `.`, `_`, `__` or runs of `-`.
    private static func isPathComponent(_ part: Substring) -> Bool {
        let bytes = Array(part.utf8)
        guard let first = bytes.first, let last = bytes.last, isLowerAlnum(first), isLowerAlnum(last) else {
            return false
        }
        var index = 0
        while index < bytes.count {
            if isLowerAlnum(bytes[index]) {
                index += 1
                continue
            }
            var run = index
            while run < bytes.count && !isLowerAlnum(bytes[run]) { run += 1 }
            let separator = String(decoding: bytes[index..<run], as: UTF8.self)
            guard separator == "." || separator == "_" || separator == "__" || separator.allSatisfy({ $0 == "-" })
            else { return false }
            index = run
        }
        return true
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || Names.isDigit(byte)
    }
}
