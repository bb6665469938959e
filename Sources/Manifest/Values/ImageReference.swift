/// Docker image references: `[registry[:port]/]path[:tag][@sha256:digest]`, path components lower-case.
enum ImageReference {
    /// What a valid reference looks like, for error messages.
    static let help = "[registry/]name[:tag][@sha256:digest], e.g. registry.example.com/redis:7.2"

    /// Whether `text` is a syntactically valid reference.
    static func isValid(_ text: String) -> Bool {
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
