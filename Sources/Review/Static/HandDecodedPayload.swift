import Manifest

/// A JWT's payload decoded by hand: the token split on `.` and its second segment base64-decoded, in any of the
/// languages static reads:
///
/// - inline: `Buffer.from(token.split('.')[1], 'base64url')`, `atob(jwt.split('.')[1])`,
///   `base64.urlsafe_b64decode(token.split(".")[1] + "==")`, `Base64.urlsafe_decode64(token.split('.')[1])`;
/// - through the split's array: `String[] parts = token.split("\\.")` then `Base64.getUrlDecoder().decode(parts[1])`,
///   `parts := strings.Split(raw, ".")` then `base64.RawURLEncoding.DecodeString(parts[1])`, `token.Split('.')` then
///   `Base64UrlEncoder.Decode(parts[1])`, `explode('.', $jwt)` then `base64_decode($parts[1])`;
/// - through a name given the second segment: `payload = parts[1]`, `String payload = token.split("\\.")[1]`,
///   `const [, payload] = token.split('.')`,
///   `header, payload, sig = token.split(".")`, `[_, payload, _] = String.split(token, ".")`.
///
/// Segment `[0]` (the header, read to pick a key) and a split on anything but a dot (Basic credentials,
/// `auth.split(' ')[1]`) are not the payload. ``DecodedTokenClaims`` decides whether the file verifies the token.
enum HandDecodedPayload {
    /// The indices in `lines` of added lines that base64-decode a token's payload.
    static func decodingLines(in lines: [ChangedFile.Line]) -> [Int] {
        let calls = lines.indices.compactMap { index -> (index: Int, argument: Substring)? in
            let text = lines[index].text
            guard lines[index].isAdded, decodeWords.contains(where: text.hasBytesIgnoringCase),
                let call = base64Decode.firstMatch(in: text)?[0]
            else { return nil }
            return (index, CodeFlow.argumentText(call.base[call.endIndex...]))
        }
        guard !calls.isEmpty else { return [] }
        let names = SegmentNames(lines)
        return calls.filter { names.isPayload($0.argument) }.map(\.index)
    }

    /// The names a file gives a token's segments: arrays a token is split into on `.`, and names given the second
    /// segment.
    private struct SegmentNames {
        var arrays = Set<String>()
        var payloads = Set<String>()

        init(_ lines: [ChangedFile.Line]) {
            for line in lines where splitWords.contains(where: line.text.hasBytesIgnoringCase) {
                guard dotSplit.matches(line.text) else { continue }
                if let name = destructuredSecond.firstMatch(in: line.text)?[1] {
                    payloads.insert(String(name))
                } else if let name = assignment.firstMatch(in: line.text)?[1] {
                    // `String payload = token.split("\\.")[1];` names the second segment; without `[1]`, the array.
                    if secondSegment.matches(line.text) {
                        payloads.insert(String(name))
                    } else {
                        arrays.insert(String(name))
                    }
                }
            }
            guard !arrays.isEmpty else { return }
            for line in lines where line.text.hasBytes("1") {
                guard let groups = assignment.firstMatch(in: line.text), let name = groups[1], let whole = groups[0],
                    indexedNames(in: whole.base[whole.endIndex...]).contains(where: arrays.contains)
                else { continue }
                payloads.insert(String(name))
            }
        }

        /// Whether a decoding call's `argument` is a token's second segment.
        func isPayload(_ argument: Substring) -> Bool {
            if dotSplit.matches(argument) && secondSegment.matches(argument) { return true }
            if indexedNames(in: argument).contains(where: arrays.contains) { return true }
            var words = Set<Substring>()
            argument.collectWords(into: &words)
            return words.contains { payloads.contains(String($0)) }
        }

        /// The names indexed at `[1]` in `text` (`parts` in `parts[1]`, `$parts[1]`, `parts.get(1)`).
        private func indexedNames(in text: Substring) -> [String] {
            guard text.hasBytes("1") else { return [] }
            return indexed.matches(in: text).compactMap { $0[1].map(String.init) }
        }
    }

    private static let decodeWords = ["decode", "atob", "buffer.from", "frombase64", "base64url", "base64encoded"]
    private static let splitWords = ["split", "explode", "components"]

    /// A base64-decoding call, through its opening bracket: Python's `b64decode`/`urlsafe_b64decode`, JavaScript's
    /// `atob` and `Buffer.from`, Java's `Base64.getUrlDecoder().decode`, Go's `DecodeString` and `jwt.DecodeSegment`,
    /// .NET's `Convert.FromBase64String` and `Base64UrlEncoder.Decode`, Ruby's `decode64`, PHP's `base64_decode` and
    /// `JWT::urlsafeB64Decode`, Elixir's `Base.url_decode64!`, Rust's `URL_SAFE_NO_PAD.decode`, Swift's
    /// `Data(base64Encoded:`.
    private static let base64Decode = LinePattern(
        #"(?i)(?:\b(?:urlsafe_b64decode|b64decode|b64url_?decode|base64_?url_?decode|base64url|decodebytes|atob|"#
            + #"base64_decode|urlsafeB64Decode|urlsafe_decode64|strict_decode64|url_decode64|decode64|"#
            + #"FromBase64String|FromBase64Url\w{0,20}|DecodeString|DecodeSegment)|\bBuffer\.from|"#
            + #"\bData(?=\(\s*base64Encoded:)|"#
            + #"\b\w{0,40}(?:base64|b64|decoder|url_safe|standard)\w{0,40}(?:\(\))?\.decode\w{0,20})!?\s*\("#)
    /// A split on a dot: `split('.')`, Java's `split("\\.")`, `split(/\./)`, `strings.Split(raw, ".")`,
    /// `splitn(3, '.')`, `String.split(token, ".")`, `explode('.', $jwt)`, Swift's `split(separator: ".")` and
    /// `components(separatedBy: ".")`.
    private static let dotSplit = LinePattern(
        #"(?i)\bsplit\w*\s*\(\s*(?:[^,()]{1,80},\s*)?(?:(?:separator|sep|by)\s*[:=]\s*)?"#
            + #"(?:["'`](?:\\\\|\\)?\.["'`]|/\\\./)|\bexplode\s*\(\s*["']\.["']|"#
            + #"\bcomponents\s*\(\s*separatedBy:\s*"\.""#
    )
    /// Index 1: `[1]`, `.get(1)`, `.nth(1)`.
    private static let secondSegment = LinePattern(#"\[\s*1\s*\]|\.(?:get|nth)\(\s*1\s*\)"#)
    /// A name indexed at 1 (group 1).
    private static let indexed = LinePattern(#"(?<![\w$])\$?(\w+)\s*(?:\[\s*1\s*\]|\.(?:get|nth)\(\s*1\s*\))"#)
    /// `name = …` at the start of a line (`String[] parts = …`, `parts := …`, `let parts: Vec<&str> = …`,
    /// `$parts = …`; group 1 the name).
    private static let assignment = LinePattern(
        #"^\s*(?:(?:const|let|var|val|final|auto|my)\s+)?(?:[\w<>\[\]]+\s+)?\$?(\w+)\s*(?::\s*[^=\n]{1,40})?"#
            + #"(?::=|=(?![=>]))"#)
    /// The second name of a destructuring assignment (`[header, payload] = …`, `h, payload, s = …`,
    /// `list($h, $payload) = …`, Kotlin's `val (h, payload, s) = …`; group 1).
    private static let destructuredSecond = LinePattern(
        #"^\s*(?:(?:const|let|var|val|list)\s*)?[\[(]?\s*\$?\w*\s*,\s*\$?(\w+)\s*(?:,[^=\n]*)?[\])]?\s*"#
            + #"(?::=|=(?![=>]))"#)
}
