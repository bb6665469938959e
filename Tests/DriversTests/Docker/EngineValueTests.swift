import Drivers
import Foundation
import Testing

@Suite struct EngineValueTests {
    @Test func engineStreamWrapsAnyAsyncSequenceForTestDoubles() async throws {
        let (events, continuation) = AsyncThrowingStream<EngineEvent, any Error>.makeStream()
        let stream = EngineStream(events)
        let stop = EngineEvent(
            type: "container", action: "stop", actorID: "abc", attributes: ["berth.deployment": "web"], time: Date())
        continuation.yield(stop)
        continuation.finish()
        var seen: [EngineEvent] = []
        for try await event in stream { seen.append(event) }
        #expect(seen == [stop])
    }

    @Test(
        arguments: [
            ("Up 3 minutes (healthy)", HealthStatus.healthy), ("Up 2 seconds (health: starting)", .starting),
            ("Up 1 hour (unhealthy)", .unhealthy), ("Up 5 minutes", nil), ("Exited (0) 2 minutes ago", nil),
        ] as [(String, HealthStatus?)])
    func summaryHealthComesFromTheStatusText(status: String, health: HealthStatus?) {
        let summary = ContainerSummary(
            id: "abc", names: ["web-1"], image: "berth/web:1", imageID: "sha256:1", labels: [:], state: .running,
            status: status, ports: [], created: Date())
        #expect(summary.health == health)
    }

    @Test func unknownEngineStatesAreKeptVerbatim() {
        #expect(ContainerState(engineValue: "running") == .running)
        #expect(ContainerState(engineValue: "hibernating") == .other("hibernating"))
        #expect(ContainerState(engineValue: "hibernating").description == "hibernating")
    }

    /// `since` keeps its fraction of a second: `--since 1s` reads one second of output, not up to two.
    @Test func timestampsKeepTheirNanoseconds() {
        #expect(LogOptions.engineTimestamp(Date(timeIntervalSince1970: 1_733_140_000.25)) == "1733140000.250000000")
        #expect(LogOptions.engineTimestamp(Date(timeIntervalSince1970: 7)) == "7.000000000")
    }
}
