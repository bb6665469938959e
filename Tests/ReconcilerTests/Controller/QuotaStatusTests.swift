import Drivers
import Foundation
import Testing

@testable import Reconciler

/// `berth status` and the dashboard's headline show a team quota's conditions (DESIGN §14): a wait for the team's
/// rollout slot and a refusal by its cpu or memory quota.
@Suite struct QuotaStatusTests {
    private static let waiting = Condition(
        .reconciling, .false, reason: Condition.quotaWait,
        message: "waits for a rollout slot of team a: quotas.a.rollouts is 1 and api runs", observedConfigCommit: "c0")

    private static let active = ActualContainer(
        id: "id3", name: "web-3", deployment: "web", generation: 3, specHash: "h", port: 21034, state: .running)

    private static func headline(_ conditions: [Condition], containers: [ActualContainer] = []) -> String? {
        DeploymentStatus.all(containers: containers, conditions: ["web": conditions], pins: [:]).first?.message
    }

    @Test func aNewDeploymentThatWaitsSaysForWhat() {
        #expect(Self.headline([Self.waiting]) == "QuotaWait: \(Self.waiting.message)")
    }

    @Test func aServingDeploymentWhoseUpdateWaitsSaysSoBeforeItsReadiness() {
        let ready = Condition(
            .ready, .true, reason: "RolloutSucceeded", message: "generation 3 serves", observedConfigCommit: "c0")
        #expect(
            Self.headline([ready, Self.waiting], containers: [Self.active]) == "QuotaWait: \(Self.waiting.message)")
    }

    @Test func aRefusalByTheQuotaIsTheHeadline() {
        let stalled = Condition(
            .stalled, .true, reason: Condition.quotaExceeded, message: "team a: memory 768Mi of 512Mi quota",
            observedConfigCommit: "c0")
        #expect(Self.headline([Self.waiting, stalled]) == "QuotaExceeded: team a: memory 768Mi of 512Mi quota")
    }

    @Test func theDashboardShowsAWaiterAsProgressingAndARefusalAsStalled() throws {
        let stalled = Condition(
            .stalled, .true, reason: Condition.quotaExceeded, message: "team a: memory 768Mi of 512Mi quota",
            observedConfigCommit: "c0")
        func summary(_ conditions: [Condition]) throws -> DeploymentSummary {
            DeploymentSummary(
                status: try #require(
                    DeploymentStatus.all(containers: [], conditions: ["web": conditions], pins: [:]).first))
        }
        #expect(OverviewCondition(try summary([Self.waiting])) == .progressing)
        let refused = try summary([stalled])
        #expect(OverviewCondition(refused) == .stalled)
        #expect(OverviewFilter(query: "", condition: "stalled").admits(refused, shownAs: OverviewCondition(refused)))
    }
}
