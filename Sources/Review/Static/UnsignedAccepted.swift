import Manifest

/// `code.signature-optional` for a signature check that answers yes when there is no signature: in a function that
/// verifies one (`IsValidSignature`, `_valid_signature`, `verify_webhook`; its body computes or compares an HMAC), an
/// added `return true` right under a test that the signature is missing (`if (string.IsNullOrEmpty(header))`, `if not
/// header:`, `if sig == nil`). Anyone can then send an unsigned request and have it handled as a signed one. A missing
/// signature answered `false` is the check.
struct UnsignedAccepted: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytesIgnoringCase("true"), Self.acceptance.matches(line.text),
                let test = lines[max(0, index - 4)..<index].last(where: { $0.text.isCodeLine }),
                Self.absence.matches(test.text),
                let definition = file.layout.scopes.definition(enclosing: index),
                let name = file.layout.scopes.name(definedAt: definition), Self.verifierName.matches(name[...]),
                HelperFunctions.body(at: definition, in: lines).contains(where: {
                    Self.verification.matches(lines[$0].text)
                })
            else { return nil }
            return file.finding(
                "code.signature-optional", .high, on: line,
                message: "the signature check answers yes when the request carries no signature: anyone can send an "
                    + "unsigned request; refuse a missing signature", content: line.text)
        }
    }

    private static let acceptance = LinePattern(#"^\s*return\s+(?:true|True)\b\s*;?\s*$"#)
    /// A test that a value is missing or empty.
    private static let absence = LinePattern(
        #"(?i)\bIsNullOrEmpty\s*\(|\bIsNullOrWhiteSpace\s*\(|\bif\s+not\s+[\w.]+\s*:|"#
            + #"(?:==|===)\s*(?:nil|null|None|""|'')\s*\)?\s*(?:\{|:|then)?\s*$|\.(?:empty\?|blank\?|nil\?|isEmpty)\b|"#
            + #"\bif\s*\(?\s*!\s*\$?\w+\s*\)|\bis\s+None\s*:|\bunless\s+\w+\s*$"#)
    private static let verifierName = LinePattern(#"(?i)sig|hmac|verif|valid|authentic|webhook"#)
    private static let verification = LinePattern(
        #"(?i)hmac|compare_digest|timingsafe|FixedTimeEquals|hash_equals|secure_compare|ConstantTimeCompare"#)
}
