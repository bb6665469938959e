package import Foundation

/// A webhook and Slack incoming-webhook receiver played by `Tests/Fixtures/notify-receiver.py` on 127.0.0.1: it
/// records every POST with whether its `X-Berth-Signature-256` verified under ``secret``, and answers 503 to the first
/// `failFirst` requests.
///
/// ```swift
/// let receiver = try NotificationReceiver()
/// // configure berth with receiver.url("/hook") and the secret ...
/// let posts = try receiver.received()
/// ```
package final class NotificationReceiver: @unchecked Sendable {
    /// One POST as the receiver saw it.
    package struct Post: Decodable, Sendable {
        package let path: String
        package let headers: [String: String]
        package let body: String
        /// Whether the signature header is the HMAC-SHA256 of the body under ``NotificationReceiver/secret``.
        package let verified: Bool
        package let answered: Int

        /// The body parsed as a JSON object; empty when it is none.
        package var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
    }

    package let port: Int
    /// The key signatures are checked with.
    package let secret: String
    private let process: Process
    private let directory: TemporaryDirectory

    package init(failFirst: Int = 0) throws {
        secret = "notify-\(UUID().uuidString)"
        directory = try TemporaryDirectory(prefix: "berth-notify-receiver")
        (process, port) = try FixtureServerProcess.launch(
            "notify-receiver.py",
            ["--log", directory.url.appendingPathComponent("log").path, "--fail-first", "\(failFirst)"],
            environment: ["BERTH_TEST_NOTIFY_SECRET": secret])
    }

    /// `http://127.0.0.1:<port><path>`.
    package func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every POST so far, in order.
    package func received() throws -> [Post] {
        let log = directory.url.appendingPathComponent("log")
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Post.self, from: Data($0.utf8))
        }
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
