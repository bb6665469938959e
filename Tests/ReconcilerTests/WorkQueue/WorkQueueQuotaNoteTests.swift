import Reconciler
import Testing

/// What happened, in order; a waiter resumes as soon as what it waits for is in the log (no timing).
private actor EventLog {
    private(set) var events: [String] = []
    private var waiters: [(until: @Sendable ([String]) -> Bool, continuation: CheckedContinuation<Void, Never>)] = []

    func append(_ event: String) {
        events.append(event)
        let ready = waiters.filter { $0.until(events) }
        waiters.removeAll { $0.until(events) }
        for waiter in ready { waiter.continuation.resume() }
    }

    func wait(until condition: @escaping @Sendable ([String]) -> Bool) async {
        if condition(events) { return }
        await withCheckedContinuation { waiters.append((condition, $0)) }
    }
}

/// Holds a job until the test lets it end, normally or with an error.
private actor Gate {
    private var continuation: CheckedContinuation<Void, any Error>?
    private var outcome: Result<Void, any Error>?

    func pass() async throws {
        if let outcome { return try outcome.get() }
        try await withCheckedThrowingContinuation { continuation = $0 }
    }

    func open(_ outcome: Result<Void, any Error>) {
        self.outcome = outcome
        continuation?.resume(with: outcome)
        continuation = nil
    }
}

/// The work queue's shell with a team rollout quota: the `QuotaWait` notes and the job order, against real tasks.
@Suite struct WorkQueueQuotaNoteTests {
    private static func queue(log: EventLog, gates: [String: Gate]) -> WorkQueue {
        WorkQueue(
            workers: 4, rollouts: ["a": 1], team: { $0.hasPrefix("a") ? "a" : "b" },
            notify: { note in
                switch note {
                case .waiting(let name, let team, let limit, let running):
                    await log.append("\(name) waits for \(team) (\(limit): \(running.joined(separator: ",")))")
                case .admitted(let name, let team):
                    await log.append("\(name) admitted to \(team)")
                case .dropped(let name, let team):
                    await log.append("\(name) dropped from \(team)")
                case .cancelled(let name, let team):
                    await log.append("\(name) cancelled in \(team)")
                }
            },
            job: { name in
                await log.append("start \(name)")
                var failure: (any Error)?
                do { try await gates[name]?.pass() } catch { failure = error }
                await log.append("end \(name)")
                if let failure { throw failure }
            })
    }

    @Test(arguments: [
        ("succeeds", Result<Void, any Error>.success(())),
        ("fails", .failure(RolloutFailed())),
        ("is cancelled", .failure(CancellationError())),
    ])
    func aWaiterIsToldItWaitsAndStartsWhenTheRunningJobOfItsTeamEnds(
        _ ending: String, _ outcome: Result<Void, any Error>
    ) async {
        let log = EventLog()
        let gates = ["a1": Gate(), "b1": Gate()]
        let queue = Self.queue(log: log, gates: gates)
        await queue.trigger("a1")
        await queue.trigger("a2")
        await queue.trigger("b1")
        await log.wait { $0.contains("start b1") && $0.contains("a2 waits for a (1: a1)") }
        #expect(await queue.running == 2, "a1 and b1 run beside each other; a2 holds no worker")
        await gates["b1"]!.open(.success(()))
        await log.wait { $0.contains("end b1") }
        #expect(!(await log.events).contains("start a2"), "b1's end frees no slot of team a")
        await gates["a1"]!.open(outcome)
        await log.wait { $0.contains("start a2") }
        let events = await log.events
        let admitted = events.firstIndex(of: "a2 admitted to a")
        #expect(admitted != nil && admitted! < events.firstIndex(of: "start a2")!, "\(events)")
        // a1's job logs its start on a task of its own, so only the end is ordered against a2's note: a2 was told
        // it waits while a1 still ran.
        #expect(events.firstIndex(of: "a2 waits for a (1: a1)")! < events.firstIndex(of: "end a1")!, "\(events)")
        await queue.shutdown()
    }

    /// A queue running `a1` (held by its gate) with `waiters` of team `a` waiting for its slot.
    private static func holdingA1(log: EventLog, gates: [String: Gate], waiters: [String]) async -> WorkQueue {
        let queue = queue(log: log, gates: gates)
        await queue.trigger("a1")
        for waiter in waiters { await queue.trigger(waiter) }
        await log.wait { events in waiters.allSatisfy { events.contains("\($0) waits for a (1: a1)") } }
        return queue
    }

    @Test func aSyncAskedForAWaiterRunsItOnceInItsTurn() async {
        let log = EventLog()
        let gates = ["a1": Gate()]
        let queue = await Self.holdingA1(log: log, gates: gates, waiters: ["a2"])
        await queue.trigger("a2", overridingBackoff: true)
        #expect(await queue.queued == 1)
        await gates["a1"]!.open(.success(()))
        await log.wait { $0.contains("end a2") }
        await queue.shutdown()
        #expect((await log.events).filter { $0 == "start a2" }.count == 1)
    }

    @Test func aWaiterDroppedAtShutdownHearsSoAndNeverStarts() async {
        let log = EventLog()
        let gates = ["a1": Gate()]
        let queue = await Self.holdingA1(log: log, gates: gates, waiters: ["a2"])
        async let stopped: Void = queue.shutdown()
        await log.wait { $0.contains("a2 dropped from a") }
        await gates["a1"]!.open(.success(()))
        await stopped
        #expect(!(await log.events).contains("start a2"))
    }

    @Test func aWaiterDroppedByCancelHearsSoNeverStartsAndLeavesTheSlotToTheNext() async {
        let log = EventLog()
        let gates = ["a1": Gate()]
        let queue = await Self.holdingA1(log: log, gates: gates, waiters: ["a2", "a3"])
        #expect(await queue.drop("a2"), "a waiting run is the queue's to drop")
        #expect(await log.events.contains("a2 cancelled in a"))
        #expect(await queue.drop("a2") == false, "nothing of a2 is left to drop")
        await gates["a1"]!.open(.success(()))
        await log.wait { $0.contains("end a3") }
        await queue.shutdown()
        let events = await log.events
        #expect(!events.contains("start a2"), "\(events)")
        #expect(events.contains("a3 admitted to a"), "\(events)")
    }

    private struct RolloutFailed: Error {}
}
