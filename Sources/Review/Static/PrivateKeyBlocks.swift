import Foundation
import Manifest

/// `secret.private-key`: a PEM private key block. Whoever reads the repository can impersonate the key's owner (TLS
/// server, SSH host or user, signing key). A block whose body is no key (`<contents of server.key>`, `...`, `xxxx`, or
/// nothing base64-shaped) is a placeholder and `low`, as is a key in test fixtures, where test TLS keys are common.
struct PrivateKeyBlocks: FileCheck {
    let kinds = ReviewedFile.code.union([.dockerfile, .shell, .ci, .config, .prose, .other])

    static let rule = "secret.private-key"

    private static let header = LinePattern(#"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----"#)
    /// A run of base64 long enough to be key material.
    private static let keyMaterial = LinePattern(#"[A-Za-z0-9+/]{40,}"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        // The binary holds no PEM header as a literal (ProductTests greps it for key material): the regex finds it.
        for (index, line) in file.visible.enumerated() where line.isAdded && line.text.hasBytes("-----BEGIN ") {
            guard let header = Self.header.firstMatch(in: line.text, capture: 0),
                let end = line.text.range(of: header)?.upperBound
            else { continue }
            let body = Self.body(from: line.text[end...], after: index, in: file.visible)
            let lower = body.lowercased()
            let isPlaceholder =
                !Self.keyMaterial.matches(body) || Self.placeholderMarks.contains(where: lower.contains)
            findings.append(
                file.finding(
                    Self.rule, isPlaceholder ? .low : .critical, on: line,
                    message: "a private key is committed; remove it, rotate it, and mount it as a secret at run time",
                    content: header))
        }
        return findings
    }

    /// What marks a block's body as a stand-in (base64 itself holds none of these; real OpenSSH keys do hold long
    /// runs of `A`, so the generic placeholder check does not fit).
    private static let placeholderMarks = [
        "<", "...", "…", "xxxx", "contents", "example", "redacted", "replace", "your", "placeholder", "insert", "paste",
    ]

    /// The text between the header and the `-----END` line: `rest` (the header line's tail, for a key inside a string
    /// literal) and the visible lines after line `index`, at most 60.
    private static func body(from rest: Substring, after index: Int, in lines: [ChangedFile.Line]) -> String {
        var body = String(rest)
        if let end = body.range(of: "-----END") { return String(body[..<end.lowerBound]) }
        for line in lines[(index + 1)...].prefix(60) {
            if let end = line.text.range(of: "-----END") {
                body += line.text[..<end.lowerBound]
                break
            }
            body += line.text + "\n"
        }
        return body
    }
}
