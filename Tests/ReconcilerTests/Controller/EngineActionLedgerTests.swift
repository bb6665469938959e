import Drivers
import Foundation
import Reconciler
import Testing

/// The events berth's own stops and removes cause are recognised and ignored; everything else is drift.
@Suite struct EngineActionLedgerTests {
    private func event(_ action: String, id: String = "0123456789abcdef0123", name: String = "web-3") -> EngineEvent {
        EngineEvent(
            type: "container", action: action, actorID: id, attributes: ["name": name, "berth.deployment": "web"],
            time: Date()
        )
    }

    /// What an ``ObservedEngine`` reports is what the ledger expects.
    @Test func engineCallsBecomeExpectations() {
        let ledger = EngineActionLedger()
        ledger.record(EngineCall(method: .stopContainer, target: "0123456789abcdef0123"))
        ledger.record(EngineCall(method: .listContainers, target: nil))
        #expect(ledger.consume(event("stop")))
        ledger.record(EngineCall(method: .startContainer, target: "0123456789abcdef0123"))
        #expect(!ledger.consume(event("die")), "started again: its death is drift")
    }

    @Test func aStopByBerthExplainsItsDieAndStopOnce() {
        let ledger = EngineActionLedger()
        ledger.expect(["die", "stop"], from: "0123456789abcdef0123")
        #expect(ledger.consume(event("die")))
        #expect(ledger.consume(event("stop")))
        #expect(!ledger.consume(event("die")), "a second die is not berth's doing")
    }

    @Test func aRemoveByNameExplainsTheDestroyOfThatName() {
        let ledger = EngineActionLedger()
        ledger.expect(["die", "destroy"], from: "web-4-candidate")
        #expect(!ledger.consume(event("destroy", id: "ffffffffffffffffffff", name: "web-3")))
        #expect(ledger.consume(event("destroy", id: "ffffffffffffffffffff", name: "web-4-candidate")))
    }

    @Test func aShortIdMatchesTheFullIdTheEngineReports() {
        let ledger = EngineActionLedger()
        ledger.expect(["stop"], from: "0123456789ab")
        #expect(ledger.consume(event("stop")))
    }

    @Test func eventsOfOtherContainersAndOtherActionsAreDrift() {
        let ledger = EngineActionLedger()
        ledger.expect(["die", "stop"], from: "0123456789abcdef0123")
        #expect(!ledger.consume(event("oom")))
        #expect(!ledger.consume(event("die", id: "aaaaaaaaaaaaaaaaaaaa", name: "api-1")))
    }

    /// Once berth starts a container again, its next death is news, even if an earlier stop's die never came.
    @Test func startingAContainerAgainForgetsWhatWasExpectedOfIt() {
        let ledger = EngineActionLedger()
        ledger.expect(["die", "stop"], from: "0123456789abcdef0123")
        ledger.forget("0123456789abcdef0123")
        #expect(!ledger.consume(event("die")))
    }
}
