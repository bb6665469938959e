import Foundation
import GRDB
import Testing

@testable import Reconciler

@Suite struct HistoryDateTests {
    @Test(arguments: [0, 1_700_000_000.123, 1_234_567_890.999, 4_102_444_799.5])
    func storedTextIsGRDBsOwnAndReadsBackToTheMillisecond(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let text = HistoryDate.text(date)
        #expect(text == String.fromDatabaseValue(date.databaseValue))
        let read = try #require(Date.fromDatabaseValue(text.databaseValue))
        #expect(abs(read.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test func aRolloutsTimesSurviveTheDatabase() async throws {
        let history = try History()
        let started = Date(timeIntervalSince1970: 1_700_000_000.250)
        let rollout = try await history.begin(
            Rollout(
                deployment: "web", generation: 1, configCommit: "c", appCommit: "a", image: "i", specHash: "h",
                strategy: "start-first", startedAt: started
            )
        )
        try await history.finish(rollout.id!, result: .succeeded, at: started.addingTimeInterval(1.5))
        let stored = try #require(try await history.rollout(rollout.id!))
        #expect(stored.startedAt == started)
        #expect(stored.durationMilliseconds == 1500)
    }
}
