import Foundation

/// The OpenAI-compatible API and review webhook of `Tests/Fixtures/review-fake-server.py` on 127.0.0.1: checks
/// each request as a real server would and answers the scenario named in the URL (see the script).
package final class ReviewFakeServer: @unchecked Sendable {
    package let port: Int
    /// The bearer key the chat completions API accepts.
    package let apiKey: String
    /// The key webhook requests must be signed with.
    package let webhookSecret: String
    /// The model name the API accepts.
    package let model: String
    private let process: Process
    private let records: TemporaryDirectory

    /// Starts the server; `timeout` scenarios sleep `sleepSeconds` before answering.
    package init(model: String = "test-model", sleepSeconds: Double = 5) throws {
        apiKey = "sk-test-\(UUID().uuidString)"
        webhookSecret = "whsec-\(UUID().uuidString)"
        self.model = model
        records = try TemporaryDirectory(prefix: "berth-review-fake")
        (process, port) = try FixtureServerProcess.launch(
            "review-fake-server.py", ["--model", model, "--record", records.url.path, "--sleep", "\(sleepSeconds)"],
            environment: ["BERTH_TEST_API_KEY": apiKey, "BERTH_TEST_WEBHOOK_SECRET": webhookSecret])
    }

    /// The API base for a scenario: `http://127.0.0.1:<port>/<scenario>/v1`.
    package func baseURL(_ scenario: String) -> String {
        "http://127.0.0.1:\(port)/\(scenario)/v1"
    }

    /// The webhook URL for a scenario.
    package func webhookURL(_ scenario: String) -> String {
        "http://127.0.0.1:\(port)/webhook/\(scenario)"
    }

    /// The body of the last request made in `scenario`, parsed as JSON.
    package func lastRequest(_ scenario: String) throws -> [String: Any] {
        let data = try Data(contentsOf: records.url.appendingPathComponent("\(scenario).json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// How many requests `scenario` has received.
    package func requestCount(_ scenario: String) throws -> Int {
        let text = try String(contentsOf: records.url.appendingPathComponent("\(scenario).count"), encoding: .utf8)
        return Int(text) ?? 0
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
