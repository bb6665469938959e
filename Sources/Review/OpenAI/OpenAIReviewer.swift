import Foundation
import Manifest
package import Logging

/// A reviewer backed by any OpenAI-compatible chat completions API (`type: openai`): OpenAI, Ollama, vLLM, the
/// llama.cpp server.
///
/// It POSTs `{baseURL}/chat/completions` with the system prompt, the change as data in a fenced block (trimmed
/// to ``diffBudget`` bytes) and `response_format` set to the verdict's JSON schema (see ``ResponseFormat``), then reads the reply
/// strictly: anything but a verdict of exactly that shape is a ``ReviewerError``, never an approval. 5xx replies,
/// timeouts and refused connections are retried within the timeout. The API key goes only into the
/// `Authorization` header.
///
/// ```swift
/// let reviewer = try OpenAIReviewer(name: "llm", baseURL: "http://127.0.0.1:8080/v1", model: "gemma-3-270m",
///                                   apiKey: nil, timeout: .seconds(60), logger: logger)
/// let report = try await reviewer.review(request)
/// ```
package struct OpenAIReviewer: Reviewer, CustomStringConvertible {
    /// Changes whenever the prompt or the verdict schema changes, so cached verdicts of older prompts are not reused.
    package static let promptVersion = "openai-1"

    package let name: String
    /// The model the server is asked for.
    package let model: String
    /// The most diff bytes sent; larger diffs are trimmed with a note of what was left out.
    package let diffBudget: Int
    private let endpoint: ReviewEndpoint
    private let apiKey: RedactedText?

    /// - Throws: ``ReviewerError`` (`misconfigured`) when `baseURL` is not an http(s) URL.
    package init(
        name: String, baseURL: String, model: String, apiKey: String?, timeout: Duration, diffBudget: Int = 48_000,
        logger: Logger
    ) throws {
        self.name = name
        self.model = model
        self.diffBudget = diffBudget
        self.endpoint = try ReviewEndpoint(
            url: baseURL, reviewer: name, timeout: timeout, retry: .standard, logger: logger)
        self.apiKey = apiKey.map(RedactedText.init)
    }

    package var description: String { "openai reviewer \(name) (\(model) at \(endpoint.displayURL))" }

    package func review(_ request: ReviewRequest) async throws -> ReviewReport {
        let headers = apiKey.map { [("Authorization", "Bearer \($0.value)")] } ?? []
        let reply: [UInt8]
        do {
            reply = try await endpoint.postJSON("/chat/completions", body: try body(for: request, format: .jsonSchema), headers: headers)
        } catch let error as ReviewerError where error.refusesResponseFormat {
            reply = try await endpoint.postJSON("/chat/completions", body: try body(for: request, format: .jsonObject), headers: headers)
        }
        return try verdict(fromCompletion: reply)
    }

    /// Enough for a verdict with dozens of findings; a model that rambles past it stops with `finish_reason`
    /// `length`, which reads as an invalid reply rather than running on until the timeout.
    static let maxReplyTokens = 2048

    /// How the verdict's schema is asked for. Servers differ: OpenAI, vLLM and llama.cpp's `llama-server` take
    /// `json_schema`; llama-cpp-python's server takes only `json_object` with a `schema` beside it, and refuses
    /// the other with an error that names `response_format` (then the request is sent again in its form).
    enum ResponseFormat {
        case jsonSchema, jsonObject
    }

    /// The chat completions request: model, the two messages, temperature 0 and the verdict schema.
    func body(for request: ReviewRequest, format: ResponseFormat) throws -> [UInt8] {
        let schema = try JSONSerialization.jsonObject(with: Data(OpenAIPrompt.verdictSchema.utf8))
        let responseFormat: [String: Any] =
            switch format {
            case .jsonSchema: ["type": "json_schema", "json_schema": ["name": "berth_review_verdict", "strict": true, "schema": schema]]
            case .jsonObject: ["type": "json_object", "schema": schema]
            }
        let body: [String: Any] = [
            "model": model,
            "temperature": 0,
            "max_tokens": Self.maxReplyTokens,
            "messages": [
                ["role": "system", "content": OpenAIPrompt.system],
                ["role": "user", "content": OpenAIPrompt.user(for: request, budget: diffBudget)],
            ],
            "response_format": responseFormat,
        ]
        return Array(try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]))
    }

    /// Reads a chat completion whose message content must be a verdict.
    func verdict(fromCompletion reply: [UInt8]) throws(ReviewerError) -> ReviewReport {
        let strict = StrictReply(reviewer: name)
        guard let completion = try? JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any],
            let choices = completion["choices"] as? [Any], let choice = choices.first as? [String: Any],
            let message = choice["message"] as? [String: Any], let content = message["content"] as? String
        else { throw strict.invalid("the completion has no choices[0].message.content") }
        if let reason = choice["finish_reason"] as? String, reason != "stop" {
            throw strict.invalid("the completion stopped early (finish_reason \(reason))")
        }
        let verdict = try strict.object(
            Array(content.utf8), required: ["verdict", "summary", "findings"], what: "the verdict")
        let decision = try strict.string(verdict, "verdict", what: "the verdict", maxLength: 10)
        guard ["approve", "block"].contains(decision) else { throw strict.invalid("verdict is not approve or block") }
        let summary = try strict.string(verdict, "summary", what: "the verdict")
        var findings = try strict.findings(verdict["findings"], lineRequired: true).map { raw in
            let rule = "\(name).\(raw.rule)"
            // Model wording varies from run to run: the fingerprint is the rule and the file.
            return ReviewFinding(
                severity: raw.severity, rule: rule, file: raw.file, line: raw.line, message: raw.message,
                fingerprint: ReviewFinding.fingerprint(rule: rule, file: raw.file, content: ""))
        }
        if decision == "block", !findings.contains(where: { $0.severity >= .high }) {
            let rule = "\(name).verdict"
            findings.append(
                ReviewFinding(
                    severity: .high, rule: rule, file: "", line: nil,
                    message: "the model blocked the change: \(summary.prefix(300))",
                    fingerprint: ReviewFinding.fingerprint(rule: rule, file: "", content: "")))
        }
        return ReviewReport(reviewer: name, findings: findings)
    }
}
