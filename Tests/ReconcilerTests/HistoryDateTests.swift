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
        let ours = try #require(HistoryDate.date(text))
        #expect(abs(ours.timeIntervalSince1970 - read.timeIntervalSince1970) < 0.000_001)
    }

    @Test func readsGRDBsOtherTextFormsAndRefusesGarbage() throws {
        #expect(HistoryDate.date("2023-11-14 22:13:20") == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(HistoryDate.date("2023-11-14T22:13:20.5") == Date(timeIntervalSince1970: 1_700_000_000.5))
        for bad in ["", "2023-11-14", "2023-11-14 22:13", "2023-11-14 22:13:20.", "2023-1x-14 22:13:20", "yesterday",
            "2023-11-14 22:13:20.12345678901234567890123"] {
            #expect(HistoryDate.date(bad) == nil, "\(bad)")
        }
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
