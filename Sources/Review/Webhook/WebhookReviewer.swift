import Drivers
import Foundation
package import Logging

/// A reviewer behind a URL of the team's own (`type: webhook`): berth POSTs the ``ReviewRequest`` as JSON and
/// reads back a ``ReviewReport``-shaped object, `{"findings": [{severity, rule, file, line?, message,
/// fingerprint?}]}` (a `reviewer` key is allowed and ignored: the config's name is what counts).
///
/// With a signing secret, the body is signed like GitHub's webhooks: `X-Berth-Signature-256: sha256=<hex of
/// HMAC-SHA256(secret, body)>`; receivers should check it in constant time. The reply is read strictly; 5xx,
/// timeouts and refused connections are retried within the timeout.
///
/// ```swift
/// let reviewer = try WebhookReviewer(name: "sec", url: "https://review.example.com/berth", secret: key,
///                                    timeout: .seconds(30), logger: logger)
/// ```
package struct WebhookReviewer: Reviewer, CustomStringConvertible {
    package let name: String
    private let endpoint: ReviewEndpoint
    private let secret: RedactedText?

    /// - Throws: ``ReviewerError`` (`misconfigured`) when `url` is not an http(s) URL.
    package init(name: String, url: String, secret: String?, timeout: Duration, logger: Logger) throws {
        self.name = name
        self.endpoint = try ReviewEndpoint(url: url, reviewer: name, timeout: timeout, retry: .standard, logger: logger)
        self.secret = secret.map(RedactedText.init)
    }

    package var description: String { "webhook reviewer \(name) (\(endpoint.displayURL))" }

    package func review(_ request: ReviewRequest) async throws -> ReviewReport {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = Array(try encoder.encode(request))
        var headers: [(name: String, value: String)] = []
        if let secret { headers.append((BodySignature.header, BodySignature.sign(body, secret: secret.value))) }
        let reply = try await endpoint.postJSON("", body: body, headers: headers)
        return try report(from: reply)
    }

    /// Reads the reply strictly; fingerprints the reply leaves out are computed from rule, file and message.
    func report(from reply: [UInt8]) throws(ReviewerError) -> ReviewReport {
        let strict = StrictReply(reviewer: name)
        let object = try strict.object(reply, required: ["findings"], optional: ["reviewer"], what: "the report")
        let findings = try strict.findings(object["findings"], extraKeys: ["fingerprint"], lineRequired: false)
        return ReviewReport(
            reviewer: name,
            findings: try findings.map { raw throws(ReviewerError) in
                let fingerprint =
                    raw.object["fingerprint"] == nil
                    ? ReviewFinding.fingerprint(rule: raw.rule, file: raw.file, content: raw.message)
                    : try strict.string(raw.object, "fingerprint", what: "a finding", maxLength: 128)
                return ReviewFinding(
                    severity: raw.severity, rule: raw.rule, file: raw.file, line: raw.line, message: raw.message,
                    fingerprint: fingerprint)
            })
    }
}
