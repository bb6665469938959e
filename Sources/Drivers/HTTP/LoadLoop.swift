import CCurl
import Foundation
package import Logging
import Synchronization

/// Sends paced GET requests to one URL on a few threads of its own and counts what failed: how tests and
/// `berth bench router` see a cutover from outside.
///
/// Every request is a fresh exchange (a new connection, closed afterwards), so a keep-alive connection the server
/// closed cannot fail one spuriously, and has a 2 s limit. Request *k* is due at `k / rate` seconds after
/// ``start()``; a sender that falls behind sends at once, so the rate holds while answers come quickly.
/// ```swift
/// let loop = LoadLoop(url: "http://127.0.0.1:8080/", host: "web.test", rate: 200, limit: .seconds(30), logger: logger)
/// loop.start()
/// try await router.switchUpstreams(of: "web", to: ["127.0.0.1:20002"])
/// let report = await loop.stop()   // report.failed == 0, report.bodyTransitions == ["v1", "v2"]
/// ```
package final class LoadLoop: Sendable {
    /// What the loop saw.
    package struct Report: Sendable, Hashable, Codable {
        package var sent: Int
        /// Connection errors + non-2xx.
        package var failed: Int
        /// Up to 10, each "HH:MM:SS.mmm <what>".
        package var firstFailures: [String]
        /// Distinct response bodies (trimmed, ≤ 200 chars) in order of first appearance.
        package var bodies: [String]
        /// The sequence of bodies with consecutive repeats collapsed.
        package var bodyTransitions: [String]
        /// From first to last failure of the longest run of consecutive failures (0 when none): the gap a
        /// stop-first rollout causes.
        package var longestFailureWindowMilliseconds: Int
        package var seconds: Double
        package var requestsPerSecond: Double
    }

    /// How long one request may take, connecting included.
    package static let requestTimeout: Duration = .seconds(2)
    /// How much of a body is kept (the rest is read and dropped).
    static let bodyLimit = 200

    /// One answered (or failed) request.
    struct Sample: Sendable {
        /// When it was sent, for ordering and windows.
        let sentAt: ContinuousClock.Instant
        /// When it was sent, for messages.
        let wallTime: Date
        /// The trimmed body of a 2xx answer; nil when it failed.
        let body: String?
        /// What went wrong, when it failed.
        let failure: String?
    }

    private struct State {
        var started: ContinuousClock.Instant?
        var stoppedAt: ContinuousClock.Instant?
        var samples: [Sample] = []
        var running = 0
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    let url: String
    let host: String?
    let rate: Int
    let connections: Int
    let limit: Duration
    private let logger: Logger
    private let next = Atomic<Int>(0)
    private let stopping = Atomic<Bool>(false)
    private let state = Mutex(State())

    /// - Parameters:
    ///   - url: like "http://127.0.0.1:8080/".
    ///   - host: the Host header (the router matches on it); nil sends the URL's.
    ///   - rate: requests per second, spread over `connections` concurrent senders.
    ///   - limit: the loop stops by itself after this long.
    package init(url: String, host: String?, rate: Int, connections: Int = 4, limit: Duration, logger: Logger) {
        precondition(rate > 0 && connections > 0, "LoadLoop needs a positive rate and at least one connection")
        self.url = url
        self.host = host
        self.rate = rate
        self.connections = connections
        self.limit = limit
        self.logger = logger
    }

    /// Starts the senders (once; later calls do nothing).
    package func start() {
        let now = ContinuousClock.now
        let first = state.withLock { state -> Bool in
            guard state.started == nil else { return false }
            state.started = now
            state.running = connections
            return true
        }
        guard first else { return }
        logger.debug(
            "load loop started", metadata: ["load.url": "\(url)", "load.rate": "\(rate)", "load.limit": "\(limit)"])
        for index in 0..<connections {
            let thread = Thread { [self] in send(from: now) }
            thread.name = "berth.load.\(index)"
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    /// Stops sending, waits for requests in flight (at most ``requestTimeout``) and reports.
    package func stop() async -> Report {
        stopping.store(true, ordering: .releasing)
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state -> Bool in
                guard state.running > 0 else { return true }
                state.waiters.append(waiter)
                return false
            }
            if done { waiter.resume() }
        }
        let (samples, started, stoppedAt) = state.withLock { ($0.samples, $0.started, $0.stoppedAt) }
        let elapsed = started.map { (stoppedAt ?? .now) - $0 } ?? .zero
        let report = Self.report(samples, seconds: Self.seconds(elapsed))
        logger.debug(
            "load loop stopped",
            metadata: [
                "load.sent": "\(report.sent)", "load.failed": "\(report.failed)",
                "load.rps": "\(report.requestsPerSecond)",
            ])
        return report
    }

    // MARK: Sender threads

    private func send(from start: ContinuousClock.Instant) {
        let sender = LoadSender(url: url, host: host)
        let interval = Duration.seconds(1) / rate
        while !stopping.load(ordering: .acquiring) {
            let index = next.add(1, ordering: .relaxed).oldValue
            let due = start + interval * index
            guard due - start < limit else { break }
            guard Self.sleep(until: due, unless: stopping) else { break }
            let sample = sender.exchange()
            state.withLock { $0.samples.append(sample) }
        }
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.running -= 1
            guard state.running == 0 else { return [] }
            state.stoppedAt = .now
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Sleeps in short slices until `due`; false when `stop` was set meanwhile.
    private static func sleep(until due: ContinuousClock.Instant, unless stop: borrowing Atomic<Bool>) -> Bool {
        while true {
            if stop.load(ordering: .acquiring) { return false }
            let left = due - .now
            guard left > .zero else { return true }
            let slice = min(left, .milliseconds(50))
            let (seconds, attoseconds) = slice.components
            var time = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
            nanosleep(&time, nil)
        }
    }

    // MARK: Report

    static func report(_ unordered: [Sample], seconds: Double) -> Report {
        let samples = unordered.sorted { $0.sentAt < $1.sentAt }
        let failures = samples.filter { $0.failure != nil }
        var bodies: [String] = []
        var transitions: [String] = []
        var longest: Duration = .zero
        var runStart: ContinuousClock.Instant?
        var runEnd: ContinuousClock.Instant?
        for sample in samples {
            if let body = sample.body {
                if !bodies.contains(body) { bodies.append(body) }
                if transitions.last != body { transitions.append(body) }
                if let first = runStart, let last = runEnd { longest = max(longest, last - first) }
                runStart = nil
                runEnd = nil
            } else {
                if runStart == nil { runStart = sample.sentAt }
                runEnd = sample.sentAt
            }
        }
        if let first = runStart, let last = runEnd { longest = max(longest, last - first) }
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss.SSS"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return Report(
            sent: samples.count, failed: failures.count,
            firstFailures: failures.prefix(10).map { "\(formatter.string(from: $0.wallTime)) \($0.failure ?? "")" },
            bodies: bodies, bodyTransitions: transitions,
            longestFailureWindowMilliseconds: Int((Self.seconds(longest) * 1000).rounded()),
            seconds: seconds, requestsPerSecond: seconds > 0 ? Double(samples.count) / seconds : 0)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

/// One sender's libcurl handle, reused for every request it sends but never its connection: each exchange opens
/// a fresh one (`CURLOPT_FRESH_CONNECT`) and closes it afterwards (`CURLOPT_FORBID_REUSE`). Used by one thread.
private final class LoadSender {
    private let url: String
    private let host: String?
    private var easy: CurlEasy?
    private var setupFailure: String?
    private var body: [UInt8] = []

    init(url: String, host: String?) {
        self.url = url
        self.host = host
        do {
            easy = try configured()
        } catch {
            setupFailure = "\(error)"
        }
    }

    private func configured() throws(HTTPTransportError) -> CurlEasy {
        let easy = try CurlEasy(method: "GET", url: url)
        try easy.set(CURLOPT_URL, url)
        try easy.set(CURLOPT_NOSIGNAL, 1)
        try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        try easy.set(CURLOPT_FRESH_CONNECT, 1)
        try easy.set(CURLOPT_FORBID_REUSE, 1)
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, 2000)
        try easy.set(CURLOPT_TIMEOUT_MS, 2000)
        try easy.setHeaders(host.map { ["Host: \($0)"] } ?? [])
        try easy.set(CURLOPT_WRITEFUNCTION, Self.writeCallback)
        try easy.set(CURLOPT_WRITEDATA, Unmanaged.passUnretained(self).toOpaque())
        return easy
    }

    /// Sends one request and says how it went.
    func exchange() -> LoadLoop.Sample {
        let sentAt = ContinuousClock.now
        let wallTime = Date()
        guard let easy else {
            return LoadLoop.Sample(sentAt: sentAt, wallTime: wallTime, body: nil, failure: setupFailure)
        }
        body.removeAll(keepingCapacity: true)
        do {
            try easy.perform()
        } catch {
            return LoadLoop.Sample(sentAt: sentAt, wallTime: wallTime, body: nil, failure: error.message)
        }
        let status = easy.responseCode
        guard (200..<300).contains(status) else {
            return LoadLoop.Sample(sentAt: sentAt, wallTime: wallTime, body: nil, failure: "HTTP \(status)")
        }
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return LoadLoop.Sample(
            sentAt: sentAt, wallTime: wallTime, body: String(text.prefix(LoadLoop.bodyLimit)), failure: nil)
    }

    private func received(_ bytes: UnsafeRawBufferPointer) {
        let room = LoadLoop.bodyLimit * 4 - body.count
        if room > 0 { body.append(contentsOf: bytes.prefix(room)) }
    }

    private static let writeCallback: berth_curl_data_callback = { buffer, size, count, context in
        let sender = Unmanaged<LoadSender>.fromOpaque(context!).takeUnretainedValue()
        sender.received(UnsafeRawBufferPointer(start: buffer, count: size * count))
        return size * count
    }
}
