import Foundation
import Logging
import TestSupport
import Testing

@testable import Drivers

/// The load loop against `Tests/Fixtures/text-server.py` on loopback: counts, body changes, failure windows, pacing.
@Suite(.serialized)
struct LoadLoopTests {
    let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test func holds200RequestsPerSecondAndSeesABodyChange() async throws {
        let directory = try TemporaryDirectory(prefix: "berth-load")
        let bodyFile = try directory.write("one", to: "body")
        let server = try TextServer(bodyFile: bodyFile)
        let loop = LoadLoop(
            url: "http://127.0.0.1:\(server.port)/", host: "web.test", rate: 200, limit: .seconds(30), logger: logger)
        loop.start()
        try await Task.sleep(for: .seconds(1))
        try Data("two".utf8).write(to: bodyFile, options: .atomic)  // never an empty file in between
        try await Task.sleep(for: .seconds(1))
        let report = await loop.stop()
        #expect(report.failed == 0, "\(report.firstFailures)")
        #expect(report.bodies == ["one", "two"])
        #expect(report.bodyTransitions == ["one", "two"])
        #expect(report.longestFailureWindowMilliseconds == 0)
        #expect(report.seconds >= 1.9 && report.seconds < 5)
        // Pacing: 200 requests per second on two shared cores, each a fresh connection to a Python server.
        #expect(report.requestsPerSecond >= 180, "\(report)")
        #expect(report.requestsPerSecond <= 205, "\(report)")
        print("load loop: \(report.sent) requests in \(report.seconds) s = \(report.requestsPerSecond) requests/s")
    }

    @Test func countsNon2xxAnswersAsFailures() async throws {
        let server = try TextServer(body: "unavailable", status: 503)
        let loop = LoadLoop(
            url: "http://127.0.0.1:\(server.port)/", host: nil, rate: 50, connections: 2, limit: .seconds(30),
            logger: logger)
        loop.start()
        try await Task.sleep(for: .milliseconds(500))
        let report = await loop.stop()
        #expect(report.sent > 10)
        #expect(report.failed == report.sent)
        #expect(report.bodies.isEmpty)
        #expect(report.firstFailures.count == 10)
        let pattern = /\d\d:\d\d:\d\d\.\d\d\d HTTP 503/
        #expect(report.firstFailures.allSatisfy { $0.wholeMatch(of: pattern) != nil }, "\(report.firstFailures)")
    }

    @Test func measuresTheWindowWhileTheServerIsGone() async throws {
        let server = try TextServer(body: "up")
        let loop = LoadLoop(
            url: "http://127.0.0.1:\(server.port)/", host: nil, rate: 200, limit: .seconds(30), logger: logger)
        loop.start()
        try await Task.sleep(for: .milliseconds(400))
        server.stop()
        let gone = ContinuousClock.now
        try await Task.sleep(for: .milliseconds(600))
        try server.restart()
        let back = ContinuousClock.now - gone
        try await Task.sleep(for: .milliseconds(400))
        let report = await loop.stop()
        let backMilliseconds = Int(back.components.seconds * 1000 + back.components.attoseconds / 1_000_000_000_000_000)
        #expect(report.failed > 50, "\(report)")
        #expect(report.bodyTransitions == ["up"])
        // Failures start once the server is gone and end once it is back (restart waits for its port).
        #expect(report.longestFailureWindowMilliseconds >= 500, "\(report)")
        #expect(report.longestFailureWindowMilliseconds <= backMilliseconds + 50, "\(report) back after \(back)")
        // Requests in flight when it went see a reset; the next ones find nothing listening.
        #expect(report.firstFailures.contains { $0.contains("Couldn't connect") }, "\(report.firstFailures)")
    }

    @Test func stopsByItselfAfterItsLimit() async throws {
        let server = try TextServer(body: "short")
        let loop = LoadLoop(
            url: "http://127.0.0.1:\(server.port)/", host: nil, rate: 50, limit: .milliseconds(300), logger: logger)
        loop.start()
        try await Task.sleep(for: .milliseconds(800))
        let before = ContinuousClock.now
        let report = await loop.stop()
        #expect(ContinuousClock.now - before < .milliseconds(100))
        #expect((14...15).contains(report.sent), "\(report)")
        #expect(report.failed == 0)
    }

    @Test func aFailureRunsWindowGoesFromItsFirstToItsLastFailure() {
        let start = ContinuousClock.now
        func sample(_ milliseconds: Int, _ body: String?) -> LoadLoop.Sample {
            LoadLoop.Sample(
                sentAt: start + .milliseconds(milliseconds), wallTime: Date(), body: body,
                failure: body == nil ? "refused" : nil)
        }
        let samples = [
            sample(0, "a"), sample(10, nil), sample(20, "a"), sample(30, nil), sample(40, nil), sample(95, nil),
            sample(100, "b"), sample(110, "b"), sample(120, "a"),
        ].shuffled()
        let report = LoadLoop.report(samples, seconds: 0.5)
        #expect(report.sent == 9)
        #expect(report.failed == 4)
        #expect(report.longestFailureWindowMilliseconds == 65)
        #expect(report.bodies == ["a", "b"])
        #expect(report.bodyTransitions == ["a", "b", "a"])
        #expect(report.requestsPerSecond == 18)
    }
}
