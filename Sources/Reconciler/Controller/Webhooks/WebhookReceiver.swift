import Drivers
import Foundation

/// Verifies and parses webhooks, without a server: the HTTP layer hands over the provider (from the path), the
/// headers and the body, and answers with the ``WebhookOutcome``'s status and message.
///
/// ```swift
/// let receiver = WebhookReceiver(secret: try String(contentsOfFile: "/etc/berth/webhook-secret", encoding: .utf8))
/// switch receiver.receive(.github, headers: headers, body: body) {
/// case .accepted(.push(let push)): queue(deploymentsBuilt(from: push))
/// case let outcome: respond(outcome.httpStatus, outcome.message)
/// }
/// ```
package struct WebhookReceiver: Sendable {
    /// The largest body taken (1 MiB).
    package static let defaultMaximumBodySize = 1 << 20

    /// Bodies larger than this are refused with 413.
    package let maximumBodySize: Int
    private let secret: [UInt8]

    /// - Parameter secret: the shared secret as read from `webhook.secretFile`; surrounding white space (the file's
    ///   final newline) is not part of it. An empty secret refuses every request.
    package init(secret: String, maximumBodySize: Int = defaultMaximumBodySize) {
        self.secret = Array(secret.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        self.maximumBodySize = maximumBodySize
    }

    /// Checks size and signature, then reads the event.
    package func receive(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) -> WebhookOutcome {
        guard body.count <= maximumBodySize else { return .tooLarge(limit: maximumBodySize) }
        guard !secret.isEmpty else { return .unauthorized("no webhook secret is configured") }
        if let problem = WebhookSignature.problem(provider, headers: headers, body: body, secret: secret) {
            return .unauthorized(problem)
        }
        do {
            switch provider {
            case .github: return try Self.github(headers: headers, body: body)
            case .gitea: return try Self.gitea(headers: headers, body: body)
            case .gitlab: return try Self.gitlab(headers: headers, body: body)
            case .generic: return try Self.generic(body: body)
            }
        } catch let error as DecodingError {
            return .malformed(Self.reason(error))
        } catch {
            return .malformed("\(error)")
        }
    }

    // MARK: Shared by the providers' extensions

    /// Decodes a snake_case JSON payload.
    static func decode<Payload: Decodable>(_ type: Payload.Type, from body: [UInt8]) throws -> Payload {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(body))
    }

    /// A push to `ref` at `after`, or why it is ignored (a tag, a deleted branch) or malformed.
    static func push(repository: RepositoryURLs, ref: String, after: String?) -> WebhookOutcome {
        guard ref.hasPrefix("refs/heads/") else { return .ignored("\(ref) is not a branch") }
        let branch = String(ref.dropFirst("refs/heads/".count))
        guard let after else {
            return .accepted(.push(PushEvent(repository: repository, branch: branch, after: nil)))
        }
        if after.allSatisfy({ $0 == "0" }) { return .ignored("branch \(branch) was deleted") }
        guard let commit = CommitID(hex: after.lowercased()) else {
            return .malformed("after: \(after) is not a commit id")
        }
        return .accepted(.push(PushEvent(repository: repository, branch: branch, after: commit)))
    }

    /// `sha` as a commit id, or a malformed outcome naming `field`.
    static func commit(_ sha: String, field: String) throws(Malformed) -> CommitID {
        guard let commit = CommitID(hex: sha.lowercased()) else {
            throw Malformed("\(field): \(sha) is not a commit id")
        }
        return commit
    }

    /// A payload field whose value is unusable.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// A decoding error in a sentence: which field is missing or of the wrong type.
    private static func reason(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let names = (keys + (last.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \(path(context.codingPath, key))"
        case .valueNotFound(_, let context): return "field \(path(context.codingPath)) is null"
        case .typeMismatch(let type, let context):
            return "field \(path(context.codingPath)) has the wrong type (expected \(type))"
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return "the body is not JSON"
        case .dataCorrupted(let context): return "field \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
