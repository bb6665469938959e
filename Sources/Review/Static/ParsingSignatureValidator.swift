import Manifest

/// `code.jwt-unverified` for a .NET `SignatureValidator` that can hand back a token it only parsed: `var parsed = new
/// JsonWebToken(token); if (…) { return parsed; }`. Whatever the condition reads (the issuer, a header) comes from the
/// unverified token, so anyone can mint one that takes that path. The one-line form (`(token, _) => new
/// JsonWebToken(token)`) is ``CodeRules/tokenUnverified``'s.
struct ParsingSignatureValidator: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.csharp]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && Self.validatorSet.matches($0.text) }) else { return [] }
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytes("new "),
                let name = Self.parsedToken.firstMatch(in: line.text, capture: 1),
                lines[(index + 1)..<min(index + 10, lines.count)].contains(where: {
                    $0.text.trimmedLine == "return \(name);"
                })
            else { return nil }
            return file.finding(
                "code.jwt-unverified", .high, on: line,
                message: "the signature validator can return a token it only parsed: its signature is never checked "
                    + "on that path; validate every token with the issuer's key", content: line.text)
        }
    }

    /// A signature validator set to something other than nothing.
    private static let validatorSet = LinePattern(#"\bSignatureValidator\s*=(?!=)\s*(?!null\b)"#)
    /// A token parsed, not validated, into a name (group 1): `var parsed = new JsonWebToken(token);`.
    private static let parsedToken = LinePattern(
        #"^\s*(?:var|JsonWebToken|JwtSecurityToken)\s+(\w+)\s*=\s*"#
            + #"new\s+(?:JsonWebToken|JwtSecurityToken)\s*\(\s*\w+\s*\)"#
    )
}
